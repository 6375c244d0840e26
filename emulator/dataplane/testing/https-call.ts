import { request } from 'node:https';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingHttpHeaders } from 'node:http';
import type { RunningEmulator } from '../../server';
import type { EmulatorOptions } from '../../server';
import { startEmulator } from '../../server';

/** Test helpers: an emulator with its data plane on a free port, and raw HTTPS calls to an endpoint's address. */

/** One CA for every test run of this machine (created once, atomically), so tests do not each pay for openssl. */
export const TEST_CA_DIR = join(tmpdir(), 'emulator-dataplane-test-ca');

export function startDataPlaneEmulator(options: Partial<EmulatorOptions> = {}): Promise<RunningEmulator> {
  mkdirSync(tmpdir(), { recursive: true });
  return startEmulator({
    port: 0,
    statePath: 'memory',
    seed: { kind: 'none' },
    dataplanePort: 0,
    caDir: TEST_CA_DIR,
    ...options,
  });
}

export interface CallOptions {
  /** The loopback address of the endpoint the call goes through. */
  address: string;
  port: number;
  ca: string;
  /** URL host: the Host header and, unless `sni` says otherwise, the TLS server name. */
  host: string;
  sni?: string | false;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface CallResult {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What a client connecting to `address` sends: TLS with SNI `sni ?? host`, then an HTTP/1.1 request with `Host`. */
export function callEndpoint(o: CallOptions): Promise<CallResult> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: o.address,
        port: o.port,
        method: o.method ?? 'GET',
        path: o.path,
        ca: o.ca,
        servername: o.sni === false ? undefined : (o.sni ?? o.host),
        headers: { host: o.host, ...o.headers },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(o.body);
  });
}

export interface EndpointAddress {
  vpcEndpointId: string;
  address: string;
  dnsNames: string[];
}

/** The data plane's port, CA and the address of each endpoint, from `GET /_emulator/dataplane`. */
export async function dataPlaneOf(emulator: RunningEmulator) {
  const info = (await (await fetch(`${emulator.url}/_emulator/dataplane`)).json()) as {
    port: number;
    caPath: string;
    endpoints: EndpointAddress[];
  };
  const ca = await (await fetch(`${emulator.url}/_emulator/dataplane/ca.pem`)).text();
  const endpoint = (id: string): EndpointAddress => {
    const found = info.endpoints.find((e) => e.vpcEndpointId === id);
    if (!found) throw new Error(`the data plane does not serve ${id}`);
    return found;
  };
  return { ...info, ca, endpoint };
}
