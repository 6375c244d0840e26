import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateBasePathMappingCommand,
  CreateDeploymentCommand,
  CreateDomainNameCommand,
  CreateRestApiCommand,
  GetResourcesCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  type APIGatewayClient,
} from '@aws-sdk/client-api-gateway';
import type { RunningEmulator } from '@/emulator/server';
import { ALLOW_ALL_POLICY, apiGateway, issuedCertificate, PROVIDER } from '@/emulator/testing/harness';
import { invalidateReads } from '@/lib/aws/read-cache';
import { accountSession, startDemoEmulator } from '@/lib/services/testing/demo-emulator';
import { loadDomainsMappingTo } from './api-detail';
import { loadMappingRows } from './domain-detail';
import { loadDomainIndex } from './domain-index';
import { loadAttention, loadOverviewCounts } from './overview';
import { countCalls, total } from './testing/call-counter';

/**
 * The inventory services against the emulator: what the overview, the API page and the domain page show, and how
 * many AWS calls they make the first time, the second time and after a mutation.
 */

let emulator: RunningEmulator;
let client: APIGatewayClient;
const session = (id: string) => accountSession(PROVIDER, id);
const provider = session('inventory-services');

const DENY_ALL = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' }],
});
let orders: string;
let billing: string;
const domains: { domainName: string; domainNameId: string }[] = [];

async function deployedApi(name: string, stages: string[]) {
  const { id } = await client.send(
    new CreateRestApiCommand({ name, endpointConfiguration: { types: ['PRIVATE'] }, policy: ALLOW_ALL_POLICY }),
  );
  const restApiId = id ?? '';
  const { items } = await client.send(new GetResourcesCommand({ restApiId }));
  const resourceId = items?.[0]?.id ?? '';
  await client.send(new PutMethodCommand({ restApiId, resourceId, httpMethod: 'GET', authorizationType: 'NONE' }));
  await client.send(new PutIntegrationCommand({ restApiId, resourceId, httpMethod: 'GET', type: 'MOCK' }));
  for (const stageName of stages) await client.send(new CreateDeploymentCommand({ restApiId, stageName }));
  return restApiId;
}

beforeAll(async () => {
  emulator = await startDemoEmulator({ seed: { kind: 'none' } });
  client = apiGateway(emulator);
  orders = await deployedApi('orders', ['prod', 'beta']);
  billing = await deployedApi('billing', ['prod']);
  const certificateArn = await issuedCertificate(emulator, '*.internal.example.com');
  for (const [name, policy] of [
    ['open', ALLOW_ALL_POLICY],
    ['closed', DENY_ALL],
  ]) {
    const d = await client.send(
      new CreateDomainNameCommand({
        domainName: `${name}.internal.example.com`,
        certificateArn,
        endpointConfiguration: { types: ['PRIVATE'] },
        securityPolicy: 'TLS_1_2',
        policy,
      }),
    );
    domains.push({ domainName: d.domainName ?? '', domainNameId: d.domainNameId ?? '' });
  }
  const [open, closed] = domains;
  const mappings = [
    { domain: open, basePath: 'orders', restApiId: orders, stage: 'prod' },
    { domain: open, basePath: 'billing', restApiId: billing, stage: 'prod' },
    { domain: closed, basePath: 'orders-beta', restApiId: orders, stage: 'beta' },
  ];
  for (const m of mappings)
    await client.send(
      new CreateBasePathMappingCommand({ ...m.domain, basePath: m.basePath, restApiId: m.restApiId, stage: m.stage }),
    );
}, 30_000);
afterAll(() => emulator.close());

describe('overview', () => {
  it('counts each list and flags the deny-all domain, reading mappings and stages once', async () => {
    const calls = countCalls(provider);
    const [counts, attention] = await Promise.all([loadOverviewCounts(provider), loadAttention(provider)]);
    expect(counts.apis).toEqual({ ok: true, data: 2 });
    expect(counts['owned-domains']).toEqual({ ok: true, data: 2 });
    expect(attention.items.map((i) => i.kind)).toEqual(['deny-all-domain']);
    expect(attention.items[0].summary).toContain('closed.internal.example.com');
    expect(attention.skipped).toEqual([]);
    expect(attention.pending).toEqual({ domains: 0, apis: 0 });

    const first = calls.take();
    // The index's reads (one per domain, one per mapped API) run with background priority.
    expect(first.background).toEqual({ 'apigateway:GetBasePathMappings': 2, 'apigateway:GetStages': 2 });
    expect(first.interactive['apigateway:GetDomainNames']).toBe(2);
    expect(first.interactive['apigateway:GetRestApis']).toBe(1);

    await Promise.all([loadOverviewCounts(provider), loadAttention(provider)]);
    const again = calls.take();
    expect(total(again.interactive) + total(again.background)).toBe(0);
  });
});

describe('domains mapping to an API', () => {
  it.each([
    {
      api: () => orders,
      expected: ['closed.internal.example.com orders-beta beta', 'open.internal.example.com orders prod'],
    },
    { api: () => billing, expected: ['open.internal.example.com billing prod'] },
    { api: () => 'nosuchapi1', expected: [] },
  ])('lists the mappings of every private domain to the API', async ({ api, expected }) => {
    const { domains: mapped, pendingDomains } = await loadDomainsMappingTo(provider, api());
    expect(pendingDomains).toBe(0);
    expect(mapped.map((m) => `${m.domainName} ${m.basePath} ${m.stage ?? ''}`).sort()).toEqual(expected);
  });
});

describe('cache lifetime', () => {
  it('reads a domain’s mappings again after a mutation, and shows whether each stage exists', async () => {
    const [open] = domains;
    const calls = countCalls(provider);
    await loadMappingRows(provider, open.domainName, open.domainNameId);
    calls.take();
    await loadMappingRows(provider, open.domainName, open.domainNameId);
    expect(total(calls.take().interactive)).toBe(0);

    invalidateReads();
    const rows = await loadMappingRows(provider, open.domainName, open.domainNameId);
    expect(calls.take().interactive).toEqual({
      'apigateway:GetBasePathMappings': 1,
      'apigateway:GetRestApis': 1,
      'apigateway:GetStages': 2,
    });
    expect(rows.map((r) => `${r.basePath} ${r.apiName ?? ''} ${String(r.stageExists)}`).sort()).toEqual([
      'billing billing true',
      'orders orders true',
    ]);
  });

  it('gives a page what is known when it stops waiting, and keeps filling the index in', async () => {
    const fresh = session('inventory-services-progressive');
    const first = await loadDomainIndex(fresh, { waitMs: 0 });
    expect(first.pending.domains).toBe(2);
    expect(first.domains.every((d) => d.mappings === undefined)).toBe(true);

    // Background reads only use tokens the pages leave; poll until they are done.
    const deadline = Date.now() + 10_000;
    while ((await loadDomainIndex(fresh, { waitMs: 0 })).pending.domains > 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const calls = countCalls(fresh);
    const later = await loadDomainIndex(fresh, { waitMs: 1000 });
    expect(later.pending).toEqual({ domains: 0, apis: 0 });
    expect(Object.keys(later.stagesByApi).sort()).toEqual([billing, orders].sort());
    const made = calls.take();
    expect(total(made.interactive) + total(made.background)).toBe(0);
  });
});
