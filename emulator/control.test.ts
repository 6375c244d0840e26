import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateRestApiCommand,
  GetDomainNamesCommand,
  GetRestApisCommand,
  paginateGetRestApis,
} from '@aws-sdk/client-api-gateway';
import { DescribeVpcEndpointsCommand, EC2Client, paginateDescribeVpcEndpoints } from '@aws-sdk/client-ec2';
import type { RunningEmulator } from './server';
import type { StatsSnapshot } from './core/stats';
import { parseLatency, parseScaleSizes, parseSeedSpec } from './core/seedSpec';
import { seedAccounts, seedAccountsOf } from './seed/accounts';
import { apiGateway, clientConfig, startTestEmulator } from './testing/harness';

async function statsOf(emulator: RunningEmulator): Promise<StatsSnapshot> {
  return (await (await fetch(`${emulator.url}/_emulator/stats`)).json()) as StatsSnapshot;
}

describe('request counter (GET /_emulator/stats)', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator({ quotas: 'aws' });
  });
  afterAll(() => emulator.close());

  it('counts calls per account and operation, throttled answers separately, and resets', async () => {
    const provider = apiGateway(emulator);
    await provider.send(new CreateRestApiCommand({ name: 'counted' }));
    await provider.send(new GetRestApisCommand({}));
    await provider.send(new GetRestApisCommand({}));
    // CreateRestApi allows one call per 3 s: the second is throttled.
    await expect(provider.send(new CreateRestApiCommand({ name: 'too-fast' }))).rejects.toMatchObject({
      name: 'TooManyRequestsException',
    });
    await apiGateway(emulator, { account: '222222222222' }).send(new GetDomainNamesCommand({}));

    const stats = await statsOf(emulator);
    expect(stats.accounts['111111111111']).toEqual({
      'apigateway:CreateRestApi': { calls: 2, throttled: 1, errors: 0 },
      'apigateway:GetRestApis': { calls: 2, throttled: 0, errors: 0 },
    });
    expect(stats.accounts['222222222222']).toEqual({
      'apigateway:GetDomainNames': { calls: 1, throttled: 0, errors: 0 },
    });
    expect(stats.totals).toEqual({ calls: 5, throttled: 1, errors: 0 });

    expect((await fetch(`${emulator.url}/_emulator/stats`, { method: 'DELETE' })).status).toBe(200);
    expect((await statsOf(emulator)).totals.calls).toBe(0);
    await provider.send(new GetRestApisCommand({}));
    const reset = await fetch(`${emulator.url}/_emulator/stats/reset`, { method: 'POST' });
    expect(((await reset.json()) as StatsSnapshot).accounts).toEqual({});
  });
});

describe('EMULATOR_LATENCY_MS', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator({ latencyMs: parseLatency('150') });
  });
  afterAll(() => emulator.close());

  it('delays every AWS call but not the control endpoints', async () => {
    const started = performance.now();
    await apiGateway(emulator).send(new GetRestApisCommand({}));
    expect(performance.now() - started).toBeGreaterThanOrEqual(145);
    expect(() => parseLatency('-1')).toThrow(/EMULATOR_LATENCY_MS/);
    expect(parseLatency(undefined)).toBe(0);
  });
});

describe('request bodies over 10 MB', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.close());

  it('answer 413 in the service envelope instead of resetting the connection', async () => {
    const client = apiGateway(emulator);
    await expect(
      client.send(new CreateRestApiCommand({ name: 'huge', description: 'x'.repeat(11 * 1024 * 1024) })),
    ).rejects.toMatchObject({
      name: 'RequestEntityTooLarge',
      $metadata: { httpStatusCode: 413 },
      message: expect.stringContaining('10 MB') as unknown,
    });
    // The connection stays usable.
    await expect(client.send(new GetRestApisCommand({}))).resolves.toBeDefined();
  });
});

describe('scale seed sizes', () => {
  let emulator: RunningEmulator;
  const sizes = parseScaleSizes({
    EMULATOR_SCALE_APIS: '30',
    EMULATOR_SCALE_ENDPOINTS: '45',
    EMULATOR_SCALE_DOMAINS: '7',
  });
  beforeAll(async () => {
    emulator = await startTestEmulator({ seed: parseSeedSpec('scale:2', sizes) });
  }, 60_000);
  afterAll(() => emulator.close());

  it('builds the configured number of APIs, endpoints and domains per account', async () => {
    const [first, second] = seedAccounts(parseSeedSpec('scale:2'));
    expect([first, second]).toEqual(['100000000001', '100000000002']);
    const apis = [];
    for await (const page of paginateGetRestApis({ client: apiGateway(emulator, { account: second }) }, {})) {
      apis.push(...(page.items ?? []));
    }
    expect(apis).toHaveLength(30);
    expect(apis.filter((a) => a.endpointConfiguration?.types?.includes('REGIONAL'))).toHaveLength(10);
    const ec2 = new EC2Client(clientConfig(emulator, { account: first }));
    const endpoints = [];
    for await (const page of paginateDescribeVpcEndpoints({ client: ec2 }, { MaxResults: 1000 })) {
      endpoints.push(...(page.VpcEndpoints ?? []));
    }
    expect(endpoints).toHaveLength(45);
    const { VpcEndpoints } = await ec2.send(
      new DescribeVpcEndpointsCommand({ Filters: [{ Name: 'vpc-id', Values: [endpoints[44].VpcId ?? ''] }] }),
    );
    expect(VpcEndpoints).toHaveLength(5);
    const domains = await apiGateway(emulator, { account: first }).send(new GetDomainNamesCommand({ limit: 500 }));
    expect(domains.items).toHaveLength(7);
  });

  it('lists the accounts of a seed for the console and refuses bad sizes', () => {
    expect(seedAccountsOf(undefined)).toEqual(['111111111111', '222222222222', '333333333333']);
    expect(seedAccountsOf('scale:3')).toEqual(['100000000001', '100000000002', '100000000003']);
    expect(seedAccountsOf('none')).toEqual([]);
    expect(parseScaleSizes({})).toEqual({ apis: 260, endpoints: 200, domains: 50 });
    expect(() => parseScaleSizes({ EMULATOR_SCALE_APIS: '0' })).toThrow(/EMULATOR_SCALE_APIS/);
    expect(() => parseScaleSizes({ EMULATOR_SCALE_DOMAINS: 'many' })).toThrow(/EMULATOR_SCALE_DOMAINS/);
  });
});
