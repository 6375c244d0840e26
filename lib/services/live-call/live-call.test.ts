/**
 * The live-call service against the emulator's demo story, with the data plane's control endpoints and HTTPS
 * answered by a small fake (emulator/README.md "Data plane" contract) in front of the emulator: what the console
 * reads comes from the real emulator, where it connects from the fake.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { startTestEmulator } from '@/emulator/testing/harness';
import { PROVIDER } from '@/emulator/seed/demo-ids';
import type { Session } from '@/lib/aws/session';
import { DEFAULT_SELECTION, type InvokeSelection } from '@/lib/invoke-ui/selection';
import type { NameResolution } from '@/lib/snippets/emulator';
import { startFakeDataPlane, type FakeDataPlane } from '@/lib/snippets/emulator/testing/fake-data-plane';
import { callThroughDataPlane, loadEmulatorVariants } from './live-call';

const P = PROVIDER['us-east-1'];
const API_HOST = `${P.apis.orders.id}.execute-api.us-east-1.amazonaws.com`;
const provider: Session = {
  context: {
    id: 'live-call-test',
    label: 'provider',
    description: 'provider',
    accountId: PROVIDER.account,
    staticAccessKeyId: PROVIDER.account,
  },
  region: 'us-east-1',
};
const selection: InvokeSelection = {
  ...DEFAULT_SELECTION,
  target: 'api',
  api: P.apis.orders.id,
  stage: 'prod',
  vpce: P.vpceId,
  method: 'POST',
  path: '/orders',
  body: '{"sku":"a-1"}',
  headers: ['Content-Type: application/json'],
};
const link = { selection, errors: {}, requestGiven: true };

let emulator: RunningEmulator;
let plane: FakeDataPlane;
let front: Server;
const unresolvable = new Set<string>();
const asked: Array<{ name: string; vpcId: string | null }> = [];

/** Answers the data plane's control endpoints itself and passes every AWS call on to the emulator. */
function startFront(): Promise<string> {
  front = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://front');
    if (url.pathname === '/_emulator/dataplane') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ port: plane.port, caPath: plane.caPath, endpoints: [] }));
      return;
    }
    if (url.pathname === '/_emulator/dataplane/resolve') {
      const name = url.searchParams.get('name') ?? '';
      asked.push({ name, vpcId: url.searchParams.get('vpcId') });
      const answer: NameResolution = unresolvable.has(name)
        ? { name, addresses: [], reason: 'No private hosted zone associated with the VPC has this name.' }
        : { name, addresses: [plane.address], answeredBy: 'test' };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer));
      return;
    }
    const target = new URL(emulator.url);
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  return new Promise((resolve) =>
    front.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(front.address() as { port: number }).port}`)),
  );
}

beforeAll(async () => {
  emulator = await startTestEmulator({ seed: { kind: 'demo' } });
  plane = await startFakeDataPlane([API_HOST, `${P.apis.orders.id}-${P.vpceId}.execute-api.us-east-1.amazonaws.com`]);
  process.env.AWS_ENDPOINT_URL = await startFront();
  process.env.CONSOLE_AWS_MAX_ATTEMPTS = '1';
});
afterAll(async () => {
  await new Promise((r) => front.close(r));
  await plane.close();
  await emulator.close();
});

describe('loadEmulatorVariants', () => {
  it('gives the curl, Python and Node variants of a ready form, connected where the name resolves in the VPC', async () => {
    const view = await loadEmulatorVariants(provider, link, 'A1');
    if (view.target !== 'emulator' || view.variants.kind !== 'variants') throw new Error(JSON.stringify(view));
    expect(view.prediction).toEqual({ kind: 'success' });
    expect(view.variants.snippets.map((s) => s.id)).toEqual(['curl', 'python', 'node']);
    expect(view.variants.route).toEqual({
      name: API_HOST,
      address: plane.address,
      port: plane.port,
      caPath: plane.caPath,
    });
    expect(view.variants.snippets[0].code).toContain(`--url 'https://${API_HOST}/prod/orders'`);
    expect(asked.at(-1)).toEqual({ name: API_HOST, vpcId: P.vpc.id });
  });

  it('offers no variant when the name does not resolve from the client VPC', async () => {
    unresolvable.add(API_HOST);
    try {
      const view = await loadEmulatorVariants(provider, link, 'A1');
      expect(view.target === 'emulator' && view.variants).toMatchObject({
        kind: 'unresolvable',
        name: API_HOST,
        vpcId: P.vpc.id,
      });
    } finally {
      unresolvable.delete(API_HOST);
    }
  });
});

describe('callThroughDataPlane', () => {
  it('sends the snippet’s request through the data plane and shows the answer next to the prediction', async () => {
    const before = plane.received.length;
    const result = await callThroughDataPlane(provider, link, 'A1');
    expect(result.outcome).toEqual({ kind: 'response', status: 200, body: '{"ok":true}', truncated: false });
    expect(result.agrees).toBe(true);
    expect(result.connectedTo).toBe(`${plane.address}:${plane.port}`);
    const got = plane.received[before];
    expect(got.sni).toBe(API_HOST);
    expect(got.headers.host).toBe(API_HOST);
    expect(got.method).toBe('POST');
    expect(got.target).toBe('/prod/orders');
    expect(got.body.toString()).toBe('{"sku":"a-1"}');
  });

  it('sends nothing when the name does not resolve, and says so', async () => {
    unresolvable.add(API_HOST);
    const before = plane.received.length;
    try {
      const result = await callThroughDataPlane(provider, link, 'A1');
      expect(result.outcome.kind).toBe('unresolvable');
      expect(result.agrees).toBe(false);
      expect(plane.received.length).toBe(before);
    } finally {
      unresolvable.delete(API_HOST);
    }
  });

  it('refuses a form this client cannot use', async () => {
    await expect(
      callThroughDataPlane(provider, { ...link, selection: { ...selection, target: 'api' } }, 'B1'),
    ).rejects.toThrow(/B1/);
  });
});
