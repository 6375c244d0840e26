import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateDomainNameCommand,
  CreateRestApiCommand,
  GetDomainNamesCommand,
  GetRestApisCommand,
  type APIGatewayClient,
} from '@aws-sdk/client-api-gateway';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { ListHostedZonesCommand, Route53Client } from '@aws-sdk/client-route-53';
import type { RunningEmulator } from './server';
import { apiGateway, clientConfig, issuedCertificate, startTestEmulator } from './testing/harness';
import { createRestApi } from './services/apigateway/restApis';

const SCOPE =
  'AWS4-HMAC-SHA256 Credential=111111111111/20261125/us-east-1/apigateway/aws4_request, SignedHeaders=host, Signature=0';

describe('control endpoints and request routing', () => {
  let emulator: RunningEmulator;
  let client: APIGatewayClient;
  beforeAll(async () => {
    emulator = await startTestEmulator();
    client = apiGateway(emulator);
  });
  afterAll(() => emulator.close());

  const control = (path: string, body?: unknown) =>
    fetch(
      `${emulator.url}/_emulator/${path}`,
      body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) },
    );

  it('reports health with services and accounts', async () => {
    await client.send(new CreateRestApiCommand({ name: 'x' }));
    const response = await control('health');
    expect(response.status).toBe(200);
    const health = (await response.json()) as { services: string[]; accounts: string[] };
    expect(health.services).toEqual(['apigateway', 'ram', 'ec2', 'acm', 'route53', 'sts']);
    expect(health.accounts).toContain('111111111111');
  });

  it('moves the clock', async () => {
    const before = Date.parse(((await (await control('health')).json()) as { now: string }).now);
    const moved = (await (await control('clock', { advanceSeconds: 3600 })).json()) as { now: string };
    expect(Date.parse(moved.now) - before).toBeGreaterThanOrEqual(3600_000);
    expect((await control('clock', {})).status).toBe(400);
  });

  it('resets the state', async () => {
    await client.send(new CreateRestApiCommand({ name: 'before-reset' }));
    const reset: unknown = await (await control('reset', { seed: 'none' })).json();
    expect(reset).toMatchObject({ status: 'reset', seed: 'none' });
    expect((await client.send(new GetRestApisCommand({}))).items).toEqual([]);
  });

  it('answers unsigned and unknown-service requests with a clear error', async () => {
    const unsigned = await fetch(`${emulator.url}/restapis`);
    expect(unsigned.status).toBe(403);
    expect(unsigned.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
    const unknown = await fetch(`${emulator.url}/`, {
      headers: { authorization: SCOPE.replace('/apigateway/', '/lambda/') },
    });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ __type: 'UnknownServiceException' });
  });

  it('answers malformed JSON and unknown operations with the protocol error, never a crash', async () => {
    const malformed = await fetch(`${emulator.url}/restapis`, {
      method: 'POST',
      headers: { authorization: SCOPE },
      body: '{"name":',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('x-amzn-errortype')).toBe('BadRequestException');
    expect(await malformed.json()).toEqual({ message: expect.stringContaining('malformed JSON') as unknown });
    const unknown = await fetch(`${emulator.url}/nosuchthing`, { headers: { authorization: SCOPE } });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
    const badEncoding = await fetch(`${emulator.url}/restapis/%E0%A4%A`, { headers: { authorization: SCOPE } });
    expect(badEncoding.status).toBe(400);
  });

  it('injects faults at runtime for selected services; reset restores the start-up faults', async () => {
    expect((await control('faults', { spec: 'error-rate=1,services=apigateway,ops=GetDomainNames' })).status).toBe(200);
    await expect(client.send(new GetDomainNamesCommand({}))).rejects.toMatchObject({
      name: 'ServiceUnavailableException',
      $metadata: { httpStatusCode: 503 },
    });
    await expect(client.send(new GetRestApisCommand({}))).resolves.toBeDefined();
    const sts = new STSClient(clientConfig(emulator));
    await expect(sts.send(new GetCallerIdentityCommand({}))).resolves.toMatchObject({ Account: '111111111111' });
    await control('reset', { seed: 'none' });
    await expect(client.send(new GetDomainNamesCommand({}))).resolves.toBeDefined();
    expect((await control('faults', { spec: 'bogus=1' })).status).toBe(400);
    expect((await control('faults', { spec: 'error-rate=1,services=apigw' })).status).toBe(400);
  });

  it('adds injected latency', async () => {
    await control('faults', { spec: 'latency=150ms,services=apigateway' });
    const started = performance.now();
    await client.send(new GetRestApisCommand({}));
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    await control('faults', { spec: '' });
  });

  it('serves a 500-item page in under 20 ms', async () => {
    const state = emulator.state();
    const now = new Date();
    for (let i = 0; i < 600; i++)
      createRestApi(
        state,
        '666666666666',
        'us-east-1',
        { name: `scale-${i}`, endpointConfiguration: { types: ['PRIVATE'] } },
        now,
      );
    const headers = { authorization: SCOPE.replace('111111111111', '666666666666') };
    const timings: number[] = [];
    // Best of 15: the bar is the emulator's own latency, not CPU contention from whatever else runs on the machine.
    for (let i = 0; i < 15; i++) {
      const started = performance.now();
      const response = await fetch(`${emulator.url}/restapis?limit=500`, { headers });
      const page = (await response.json()) as { item: unknown[] };
      timings.push(performance.now() - started);
      expect(page.item).toHaveLength(500);
    }
    expect(Math.min(...timings)).toBeLessThan(20);
  });
});

describe('EMULATOR_QUOTAS=aws', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator({ quotas: 'aws' });
  });
  afterAll(() => emulator.close());

  it('throttles CreateDomainName to 1 per 30 s with 429 TooManyRequestsException and Retry-After', async () => {
    const client = apiGateway(emulator, { maxAttempts: 1 });
    const cert = await issuedCertificate(emulator, '*.quota.example.com');
    const create = (name: string) =>
      client.send(
        new CreateDomainNameCommand({
          domainName: name,
          certificateArn: cert,
          endpointConfiguration: { types: ['PRIVATE'] },
        }),
      );
    await create('a.quota.example.com');
    const throttled: unknown = await create('b.quota.example.com').catch((e: unknown) => e);
    expect(throttled).toMatchObject({ name: 'TooManyRequestsException', $metadata: { httpStatusCode: 429 } });
    const { $response } = throttled as { $response?: { headers?: Record<string, string> } };
    expect(Number($response?.headers?.['retry-after'])).toBeGreaterThanOrEqual(29);
    await fetch(`${emulator.url}/_emulator/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds: 30 }) });
    await expect(create('c.quota.example.com')).resolves.toMatchObject({ domainName: 'c.quota.example.com' });
  });

  it('limits all API Gateway calls to a burst of 40 per account and Region', async () => {
    const client = apiGateway(emulator, { account: '777777777777', maxAttempts: 1 });
    const results = await Promise.allSettled(Array.from({ length: 80 }, () => client.send(new GetRestApisCommand({}))));
    const rejected = results.filter((r) => r.status === 'rejected');
    // 40 burst plus 10/s refill while the requests are in flight.
    expect(rejected.length).toBeGreaterThanOrEqual(20);
    expect(rejected[0].reason).toMatchObject({ name: 'TooManyRequestsException' });
    const otherRegion = apiGateway(emulator, { account: '777777777777', region: 'eu-west-1', maxAttempts: 1 });
    await expect(otherRegion.send(new GetRestApisCommand({}))).resolves.toBeDefined();
  });

  it('throttles Route 53 with 400 Throttling', async () => {
    const route53 = new Route53Client(clientConfig(emulator, { account: '999999999999' }));
    const results = await Promise.allSettled(
      Array.from({ length: 70 }, () => route53.send(new ListHostedZonesCommand({}))),
    );
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected.length).toBeGreaterThanOrEqual(5);
    expect(rejected[0].reason).toMatchObject({ name: 'Throttling', $metadata: { httpStatusCode: 400 } });
  });

  it('throttles EC2 with 503 RequestLimitExceeded', async () => {
    const raw = (i: number) =>
      fetch(emulator.url, {
        method: 'POST',
        headers: {
          authorization: SCOPE.replace('/apigateway/', '/ec2/').replace('111111111111', '888888888888'),
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: `Action=CreateVpc&Version=2016-11-15&CidrBlock=10.${i}.0.0/16`,
      });
    // Mutating bucket: burst 50, 5/s refill.
    const responses = await Promise.all(Array.from({ length: 80 }, (_, i) => raw(i)));
    const throttled = responses.filter((r) => r.status === 503);
    expect(responses.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(50);
    expect(throttled.length).toBeGreaterThanOrEqual(10);
    const first = throttled[0];
    expect(await first.text()).toContain('<Code>RequestLimitExceeded</Code>');
    expect(first.headers.get('retry-after')).toBeTruthy();
  });
});
