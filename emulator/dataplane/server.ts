import { createServer, type Server } from 'node:https';
import { createSecureContext, TLSSocket, type SecureContext } from 'node:tls';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EmulatorState } from '../core/state';
import type { EmulatorResponse } from '../core/types';
import type { VpcEndpointRecord } from '../services/ec2/state';
import { endpointAddresses, endpointDnsNames, type DataPlaneEndpoint } from './endpoints';
import { certificateNamesFor } from './certificates';
import { FRONT_DOOR_ADDRESS, frontDoorAnswer, frontDoorCertificateNames } from './front-door';
import { invoke } from './invoke';
import { openLocalCa, type LocalCa } from './pki';
import { resolveName, type ResolveFrom, type Resolution } from './resolve';

export interface DataPlaneOptions {
  /** 0 = one free port, chosen once and then used on every endpoint address. */
  port: number;
  caDir: string;
  state(): EmulatorState;
  now(): Date;
  /** Warnings (a port taken, an address that cannot be bound) go here; the data plane keeps serving the rest. */
  warn(message: string): void;
}

export interface DataPlaneInfo {
  port: number | undefined;
  caPath: string;
  /** Where public DNS sends `{api-id}.execute-api…` (see front-door.ts); not listening when the address was taken. */
  frontDoor: { address: string; listening: boolean };
  endpoints: Array<{
    vpcEndpointId: string;
    accountId: string;
    region: string;
    vpcId: string;
    address: string;
    privateDnsEnabled: boolean;
    dnsNames: string[];
    /** False when the address could not be bound (see the start-up warning). */
    listening: boolean;
  }>;
}

export interface DataPlane {
  caPath: string;
  caPem: string;
  port(): number | undefined;
  info(): DataPlaneInfo;
  resolve(name: string, from: ResolveFrom): Resolution;
  /** The state changed: open listeners for new endpoints, close those of deleted ones. Resolves once done. */
  changed(): Promise<void>;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 10 * 1024 * 1024;

/**
 * HTTPS on each execute-api endpoint's own loopback address (docs in emulator/README.md "Data plane"). One listener
 * per address: the address a connection arrived on tells which endpoint it came through, as the endpoint's network
 * interface tells AWS.
 */
export async function startDataPlane(options: DataPlaneOptions): Promise<DataPlane> {
  const ca: LocalCa = await openLocalCa(options.caDir);
  let port = options.port === 0 ? undefined : options.port;
  const listeners = new Map<string, { vpcEndpointId: string; server: Server }>();
  const failed = new Set<string>();
  let endpoints: DataPlaneEndpoint[] = [];
  let reconciling: Promise<void> = Promise.resolve();

  function endpointAt(vpcEndpointId: string): DataPlaneEndpoint | undefined {
    return endpoints.find((e) => e.record.vpcEndpointId === vpcEndpointId);
  }

  async function contextFor(record: VpcEndpointRecord, servername: string): Promise<SecureContext> {
    const names = certificateNamesFor(options.state(), record, servername, options.now());
    if (!names) throw new Error(`no certificate for ${servername} on ${record.vpcEndpointId}`);
    const { cert, key } = await ca.serverCertificate(names);
    return createSecureContext({ cert, key });
  }

  /**
   * An HTTPS listener on `address` and the data plane's port (the first one picks it when none was given), presenting
   * the certificate `contextFor` chooses by SNI. A failure to listen is a warning; the listener is then undefined.
   */
  function listenOn(
    address: string,
    what: string,
    contextFor: (servername: string) => Promise<SecureContext>,
    onRequest: (req: IncomingMessage, res: ServerResponse) => void,
  ): Promise<Server | undefined> {
    const server = createServer(
      {
        SNICallback: (servername, cb) => {
          contextFor(servername.toLowerCase()).then(
            (context) => cb(null, context),
            (err: unknown) => cb(err as Error, undefined),
          );
        },
        minVersion: 'TLSv1.2',
      },
      onRequest,
    );
    server.keepAliveTimeout = 65_000;
    return new Promise((resolve) => {
      server.once('error', (err: NodeJS.ErrnoException) => {
        if (!failed.has(address)) {
          failed.add(address);
          options.warn(
            `data plane: cannot listen on ${address}:${port ?? 0} for ${what} (${err.code ?? err.message}); ` +
              'calls to it will not connect',
          );
        }
        resolve(undefined);
      });
      server.listen(port ?? 0, address, () => {
        port ??= (server.address() as AddressInfo).port;
        failed.delete(address);
        server.removeAllListeners('error');
        server.on('error', (err) => options.warn(`data plane: ${address}: ${err.message}`));
        resolve(server);
      });
    });
  }

  async function listen(endpoint: DataPlaneEndpoint): Promise<void> {
    const id = endpoint.record.vpcEndpointId;
    const server = await listenOn(
      endpoint.address,
      id,
      async (servername) => {
        const record = endpointAt(id)?.record;
        if (!record) throw new Error('endpoint deleted');
        return contextFor(record, servername);
      },
      (req, res) => handle(id, req, res),
    );
    if (server) listeners.set(endpoint.address, { vpcEndpointId: id, server });
  }

  async function listenFrontDoor(): Promise<Server | undefined> {
    return listenOn(
      FRONT_DOOR_ADDRESS,
      "API Gateway's public front door",
      async (servername) => {
        const names = frontDoorCertificateNames(servername);
        if (!names) throw new Error(`no certificate for ${servername} at the public front door`);
        const { cert, key } = await ca.serverCertificate(names);
        return createSecureContext({ cert, key });
      },
      (req, res) => {
        req.resume();
        req.on('end', () => {
          res.setHeader('date', options.now().toUTCString());
          send(res, frontDoorAnswer());
        });
      },
    );
  }

  function handle(vpcEndpointId: string, req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      const endpoint = endpointAt(vpcEndpointId);
      const now = options.now();
      res.setHeader('date', now.toUTCString());
      if (!endpoint) {
        send(res, { status: 503, body: '' });
        return;
      }
      if (size > MAX_BODY_BYTES) {
        send(res, {
          status: 413,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ message: 'Request Too Long' }),
        });
        return;
      }
      const url = req.url ?? '/';
      const q = url.indexOf('?');
      try {
        send(
          res,
          invoke(options.state(), now, {
            endpoint,
            sni: serverNameOf(req),
            method: req.method ?? 'GET',
            rawPath: q < 0 ? url : url.slice(0, q),
            rawQuery: q < 0 ? '' : url.slice(q + 1),
            headers: req.headers,
            body: Buffer.concat(chunks),
          }),
        );
      } catch (err) {
        options.warn(`data plane: ${req.method} ${url} failed: ${(err as Error).message}`);
        send(res, {
          status: 500,
          headers: { 'content-type': 'application/json', 'x-amzn-errortype': 'InternalServerErrorException' },
          body: JSON.stringify({ message: 'Internal server error' }),
        });
      }
    });
  }

  async function reconcile(): Promise<void> {
    endpoints = endpointAddresses(options.state());
    const wanted = new Map(endpoints.map((e) => [e.address, e]));
    const closing: Promise<void>[] = [];
    for (const [address, listener] of listeners) {
      if (wanted.get(address)?.record.vpcEndpointId === listener.vpcEndpointId) continue;
      listeners.delete(address);
      closing.push(closeServer(listener.server));
    }
    await Promise.all(closing);
    // The first listener picks the port when none was given; the others follow it, so listen one by one until then.
    const pending: Promise<void>[] = [];
    for (const endpoint of endpoints) {
      if (listeners.has(endpoint.address)) continue;
      if (port === undefined) await listen(endpoint);
      else pending.push(listen(endpoint));
    }
    await Promise.all(pending);
  }

  function changed(): Promise<void> {
    reconciling = reconciling.then(reconcile, reconcile);
    return reconciling;
  }

  await changed();
  const frontDoor = await listenFrontDoor();

  return {
    caPath: ca.caPath,
    caPem: ca.caPem,
    port: () => port,
    info: () => ({
      port,
      caPath: ca.caPath,
      frontDoor: { address: FRONT_DOOR_ADDRESS, listening: frontDoor !== undefined },
      endpoints: endpoints.map(({ record, address }) => ({
        vpcEndpointId: record.vpcEndpointId,
        accountId: record.ownerId,
        region: record.region,
        vpcId: record.vpcId,
        address,
        privateDnsEnabled: record.privateDnsEnabled,
        dnsNames: endpointDnsNames(options.state(), record),
        listening: listeners.has(address),
      })),
    }),
    resolve: (name, from) =>
      resolveName(options.state(), endpoints, name, from, frontDoor ? FRONT_DOOR_ADDRESS : undefined),
    changed,
    close: async () => {
      await reconciling;
      await Promise.all([...listeners.values()].map((l) => closeServer(l.server)));
      listeners.clear();
      if (frontDoor) await closeServer(frontDoor);
    },
  };
}

/** The TLS server name the client sent, lowercase; undefined without SNI. */
function serverNameOf(req: IncomingMessage): string | undefined {
  const name = req.socket instanceof TLSSocket ? req.socket.servername : undefined;
  return typeof name === 'string' && name !== '' ? name.toLowerCase() : undefined;
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

function send(res: ServerResponse, response: EmulatorResponse): void {
  const body = response.body ?? '';
  res.writeHead(response.status, { ...response.headers, 'content-length': String(Buffer.byteLength(body)) });
  res.end(body);
}
