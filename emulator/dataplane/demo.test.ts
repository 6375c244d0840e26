import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { RunningEmulator } from '../server';
import { RejectDomainNameAccessAssociationCommand } from '@aws-sdk/client-api-gateway';
import { CONSUMER, OUTSIDER, PROVIDER } from '../seed/demo-ids';
import { apiGateway } from '../testing/harness';
import { FRONT_DOOR_ADDRESS } from './front-door';
import { callEndpoint, dataPlaneOf, startDataPlaneEmulator, type CallOptions } from './testing/https-call';

const P = PROVIDER['us-east-1'];
const C = CONSUMER['us-east-1'];
const ORDERS = P.apis.orders.id;
const SHARED = P.domains.shared.name;
const FRONT_DOOR = 'front-door';

describe('data plane on the demo seed: every URL form reaches the integration', () => {
  let emulator: RunningEmulator;
  let dp: Awaited<ReturnType<typeof dataPlaneOf>>;
  beforeAll(async () => {
    emulator = await startDataPlaneEmulator({ seed: { kind: 'demo' } });
    dp = await dataPlaneOf(emulator);
  });
  afterAll(() => emulator.close());

  const through = (vpceId: string, o: Omit<CallOptions, 'address' | 'port' | 'ca'>) =>
    callEndpoint({ address: dp.endpoint(vpceId).address, port: dp.port, ca: dp.ca, ...o });
  const regionalName = (vpceId: string) =>
    dp.endpoint(vpceId).dnsNames.find((n) => n.startsWith('vpce-') && !/-us-east-1[a-z]\./.test(n)) ?? '';
  const resolve = async (query: string) =>
    (await (await fetch(`${emulator.url}/_emulator/dataplane/resolve?${query}`)).json()) as {
      addresses: string[];
      answeredBy: string;
      reason?: string;
    };

  it('serves every execute-api endpoint of every account on its own stable loopback address', async () => {
    const ids = dp.endpoints.map((e) => e.vpcEndpointId);
    expect(ids).toEqual(
      expect.arrayContaining([P.vpceId, C.appVpceId, C.analyticsVpceId, OUTSIDER['us-east-1'].vpceId]),
    );
    expect(new Set(dp.endpoints.map((e) => e.address)).size).toBe(dp.endpoints.length);
    for (const e of dp.endpoints) expect(e.address).toMatch(/^127\.(?!0\.)\d+\.\d+\.\d+$/);
    const again = await startDataPlaneEmulator({ seed: { kind: 'demo' } });
    try {
      const second = await dataPlaneOf(again);
      expect(second.endpoint(P.vpceId).address).toBe(dp.endpoint(P.vpceId).address);
    } finally {
      await again.close();
    }
  });

  it.each([
    ['A1 private DNS name', { host: `${ORDERS}.execute-api.us-east-1.amazonaws.com` }],
    ['A4 alias', { host: `${ORDERS}-${P.vpceId}.execute-api.us-east-1.amazonaws.com` }],
  ])('%s: 200 with the echo of what arrived', async (_form, { host }) => {
    const res = await through(P.vpceId, { host, path: '/prod/orders/42?expand=items&expand=notes' });
    expect(res.status).toBe(200);
    const echo = JSON.parse(res.body) as Record<string, unknown>;
    expect(echo).toMatchObject({
      method: 'GET',
      path: '/orders/42',
      resourcePath: '/orders/{orderId}',
      pathParameters: { orderId: '42' },
      query: { expand: ['items', 'notes'] },
      apiId: ORDERS,
      stage: 'prod',
      endpoint: { vpcEndpointId: P.vpceId },
    });
  });

  it('A2 endpoint name + Host and A3 endpoint name + x-apigw-api-id reach the API; the bare endpoint name is 403', async () => {
    const name = regionalName(P.vpceId);
    const a2 = await through(P.vpceId, {
      host: `${ORDERS}.execute-api.us-east-1.amazonaws.com`,
      sni: name,
      path: '/prod/health',
    });
    expect(a2.status).toBe(200);
    const a3 = await through(P.vpceId, { host: name, path: '/prod/health', headers: { 'x-apigw-api-id': ORDERS } });
    expect(a3.status).toBe(200);
    const bare = await through(P.vpceId, { host: name, path: '/prod/health' });
    expect([bare.status, JSON.parse(bare.body)]).toEqual([403, { message: 'Forbidden' }]);
    expect(bare.headers['x-amzn-errortype']).toBe('ForbiddenException');
  });

  it("B1: the consumer's app VPC resolves the shared domain to its endpoint and gets the provider's API through it", async () => {
    const dns = await resolve(`name=${SHARED}&vpcId=${C.appVpc.id}`);
    expect(dns).toMatchObject({ addresses: [dp.endpoint(C.appVpceId).address], answeredBy: 'private-hosted-zone' });
    const res = await callEndpoint({
      address: dns.addresses[0],
      port: dp.port,
      ca: dp.ca,
      host: SHARED,
      path: '/orders/orders',
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({
      apiId: ORDERS,
      stage: 'prod',
      path: '/orders',
      endpoint: { vpcEndpointId: C.appVpceId, accountId: CONSUMER.account },
      domain: { domainName: SHARED, domainNameId: P.domains.shared.id, basePath: 'orders' },
    });
  });

  it('B2: endpoint name + Host of the custom domain', async () => {
    const res = await through(C.appVpceId, { host: SHARED, sni: regionalName(C.appVpceId), path: '/orders/orders' });
    expect(res.status).toBe(200);
  });

  it("the analytics endpoint, associated but not in the domain policy, gets the domain policy's AccessDenied", async () => {
    const res = await through(C.analyticsVpceId, {
      host: SHARED,
      sni: regionalName(C.analyticsVpceId),
      path: '/orders/orders',
    });
    expect(res.status).toBe(403);
    expect(res.headers['x-amzn-errortype']).toBe('AccessDeniedException');
    expect((JSON.parse(res.body) as { Message: string }).Message).toBe(
      `User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:********1111:/domainnames/${SHARED}+${P.domains.shared.id} with an explicit deny`,
    );
  });

  it('curl --resolve --cacert reaches the shared domain through the consumer endpoint (the README example)', async () => {
    const address = dp.endpoint(C.appVpceId).address;
    // Asynchronously: the emulator answering curl runs in this process.
    const curl = await promisify(execFile)('curl', [
      '-sS',
      '--cacert',
      dp.caPath,
      '--resolve',
      `${SHARED}:${dp.port}:${address}`,
      '-w',
      '\n%{http_code}',
      `https://${SHARED}:${dp.port}/orders/orders`,
    ]);
    expect(curl.stderr).toBe('');
    const [body, status] = curl.stdout.split(/\n(?=\d{3}$)/);
    expect(status).toBe('200');
    expect(JSON.parse(body)).toMatchObject({
      domain: { domainName: SHARED },
      endpoint: { vpcEndpointId: C.appVpceId },
    });
  });

  it.each([
    [
      'app VPC, private DNS on: the default API name',
      `name=${ORDERS}.execute-api.us-east-1.amazonaws.com&vpcId=${C.appVpc.id}`,
      'private-dns',
      C.appVpceId,
    ],
    [
      'app VPC: the shared domain through its private hosted zone',
      `name=${SHARED}&vpcId=${C.appVpc.id}`,
      'private-hosted-zone',
      C.appVpceId,
    ],
    [
      "analytics VPC (private DNS off): the default API name is public, API Gateway's front door",
      `name=${ORDERS}.execute-api.us-east-1.amazonaws.com&vpcId=${C.analyticsVpc.id}`,
      'public-dns',
      FRONT_DOOR,
    ],
    ['analytics VPC: no zone for the domain', `name=${SHARED}&vpcId=${C.analyticsVpc.id}`, 'none', undefined],
    ['on premises: the endpoint name is public DNS', `name=VPCE&onPremises=1`, 'vpce-public-dns', C.analyticsVpceId],
    [
      'on premises: an associated, deployed {api}-{vpce} alias',
      `name=${ORDERS}-${P.vpceId}.execute-api.us-east-1.amazonaws.com&onPremises=1`,
      'api-alias-public-dns',
      P.vpceId,
    ],
    [
      'on premises: an alias of an endpoint not associated',
      `name=${ORDERS}-${C.appVpceId}.execute-api.us-east-1.amazonaws.com&onPremises=1`,
      'none',
      undefined,
    ],
    ['on premises: the custom domain', `name=${SHARED}&onPremises=1`, 'none', undefined],
    [
      'on premises through a resolver in the app VPC',
      `name=${SHARED}&onPremises=1&vpcId=${C.appVpc.id}`,
      'private-hosted-zone',
      C.appVpceId,
    ],
    ['an unknown VPC', `name=${SHARED}&vpcId=vpc-0123456789abcdef0`, 'none', undefined],
  ])('resolve: %s', async (_case, query, answeredBy, vpceId) => {
    const dns = await resolve(query.replace('VPCE', regionalName(C.analyticsVpceId)));
    expect(dns.answeredBy).toBe(answeredBy);
    const expected = vpceId === FRONT_DOOR ? [FRONT_DOOR_ADDRESS] : vpceId ? [dp.endpoint(vpceId).address] : [];
    expect(dns.addresses).toEqual(expected);
    if (!vpceId || vpceId === FRONT_DOOR) expect(dns.reason).toBeTruthy();
  });

  it('the default API name from a VPC without private DNS reaches the public front door: 403 Forbidden', async () => {
    const info = (await (await fetch(`${emulator.url}/_emulator/dataplane`)).json()) as {
      frontDoor: { address: string; listening: boolean };
    };
    expect(info.frontDoor).toEqual({ address: FRONT_DOOR_ADDRESS, listening: true });
    const res = await callEndpoint({
      address: FRONT_DOOR_ADDRESS,
      port: dp.port,
      ca: dp.ca,
      host: `${ORDERS}.execute-api.us-east-1.amazonaws.com`,
      path: '/prod/orders',
    });
    expect([res.status, res.headers['x-amzn-errortype'], JSON.parse(res.body)]).toEqual([
      403,
      'ForbiddenException',
      { message: 'Forbidden' },
    ]);
    await expect(
      callEndpoint({ address: FRONT_DOOR_ADDRESS, port: dp.port, ca: dp.ca, host: SHARED, path: '/orders/orders' }),
    ).rejects.toThrow();
  });

  it("a consumer's association rejected by the provider: the consumer gets 403 Forbidden", async () => {
    const provider = apiGateway(emulator, { account: PROVIDER.account });
    await provider.send(
      new RejectDomainNameAccessAssociationCommand({
        domainNameAccessAssociationArn: C.appDnaaArn,
        domainNameArn: P.domains.shared.arn,
      }),
    );
    const res = await through(C.appVpceId, { host: SHARED, path: '/orders/orders' });
    expect([res.status, JSON.parse(res.body)]).toEqual([403, { message: 'Forbidden' }]);
  });

  it('an SNI no certificate covers fails the TLS handshake', async () => {
    await expect(through(P.vpceId, { host: 'unknown.example.org', path: '/prod/orders' })).rejects.toThrow();
    await expect(
      through(P.vpceId, { host: `${ORDERS}.execute-api.eu-west-1.amazonaws.com`, path: '/prod/orders' }),
    ).rejects.toThrow();
  });
});
