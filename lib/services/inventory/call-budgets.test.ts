import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APIGatewayClient, GetBasePathMappingsCommand, GetDomainNamesCommand } from '@aws-sdk/client-api-gateway';
import { DEFAULT_SCALE_SIZES } from '@/emulator/core/seedSpec';
import type { RunningEmulator } from '@/emulator/server';
import { clientConfig, startTestEmulator } from '@/emulator/testing/harness';
import { getCallerIdentity } from '@/lib/aws/identity';
import { getDomain, listOwnDomains, listSharedDomains } from '@/lib/aws/read/domains';
import { getRestApi, isPrivateApi, listDeployments, listRestApis, listStages } from '@/lib/aws/read/rest-apis';
import { listShareInvitations, listSharedResources } from '@/lib/aws/read/sharing';
import { getVpcDnsAttributes, listExecuteApiEndpoints, listSubnets } from '@/lib/aws/read/vpc-endpoints';
import type { Session } from '@/lib/aws/session';
import { loadDomainsMappingTo, ownEndpointIds } from './api-detail';
import { loadAssociationRows, loadDomainShares, loadMappingRows } from './domain-detail';
import { loadAttention, loadOverviewCounts } from './overview';
import { loadOwnedShares } from './sharing';
import { findEndpoint, loadEndpointAssociations, loadEndpointPage, loadListingApis } from './vpc-endpoints';
import { countCalls, total, type CallCounts } from './testing/call-counter';

/**
 * AWS calls per page load at a fixed seed (`scale:1`: 260 APIs, 200 execute-api endpoints, 50 private domains in
 * the first account), counted at the SDK clients: what each page's loaders ask AWS for the first time (cold), the
 * second time (warm: nothing), and what the domain index reads in the background once per cache lifetime. A
 * change that makes a page read per row again fails here, without timing anything.
 */

const ACCOUNT = '100000000001';
let emulator: RunningEmulator;
let ids: { api: string; endpoint: string; domainName: string; domainNameId: string };
let contextCount = 0;
const freshSession = (): Session => {
  contextCount += 1;
  const id = `budget-${contextCount}`;
  return {
    context: { id, label: id, description: id, accountId: ACCOUNT, staticAccessKeyId: ACCOUNT },
    region: 'us-east-1',
  };
};

/** What each page asks for, in the order the page starts it (see app/**\/page.tsx). */
const PAGES: { page: string; load: (s: Session) => Promise<unknown>; cold: number; index?: boolean }[] = [
  {
    page: '/',
    load: (s) => Promise.all([getCallerIdentity(s), loadOverviewCounts(s), loadAttention(s)]),
    cold: 11,
    index: true,
  },
  { page: '/apis', load: async (s) => (await listRestApis(s)).filter(isPrivateApi), cold: 1 },
  {
    page: '/apis/{id}',
    load: async (s) => {
      const api = await getRestApi(s, ids.api);
      return Promise.all([
        listStages(s, ids.api),
        listDeployments(s, ids.api),
        loadDomainsMappingTo(s, ids.api),
        listExecuteApiEndpoints(s),
        ownEndpointIds(s, api.vpcEndpointIds),
      ]);
    },
    cold: 7,
    index: true,
  },
  { page: '/vpc-endpoints', load: (s) => loadEndpointPage(s, {}), cold: 2 },
  {
    page: '/vpc-endpoints/{id}',
    load: async (s) => {
      const endpoint = await findEndpoint(s, ids.endpoint);
      if (!endpoint) throw new Error('endpoint not found');
      return Promise.all([
        getVpcDnsAttributes(s, endpoint.vpcId),
        listSubnets(s, endpoint.subnetIds),
        loadListingApis(s, ids.endpoint),
        loadEndpointAssociations(s, ids.endpoint),
      ]);
    },
    cold: 7,
  },
  {
    page: '/domains',
    load: (s) => Promise.all([listOwnDomains(s), listSharedDomains(s)]),
    cold: 2,
  },
  {
    page: '/domains/{name}/{id}',
    load: async (s) => {
      const domain = await getDomain(s, ids.domainName, ids.domainNameId);
      return Promise.all([
        loadMappingRows(s, ids.domainName, ids.domainNameId),
        loadAssociationRows(s, domain),
        loadDomainShares(s, domain.domainNameArn ?? ''),
      ]);
    },
    cold: 12,
  },
  {
    page: '/sharing',
    load: (s) => Promise.all([loadOwnedShares(s), listShareInvitations(s), listSharedResources(s)]),
    cold: 5,
  },
];

beforeAll(async () => {
  // The whole quota (10 req/s) for the test's own calls: the budgets count calls, they do not time them.
  process.env.CONSOLE_APIGATEWAY_QUOTA_SHARE = '1';
  emulator = await startTestEmulator({ seed: { kind: 'scale', accounts: 1, sizes: DEFAULT_SCALE_SIZES } });
  process.env.AWS_ENDPOINT_URL = emulator.url;
  process.env.CONSOLE_AWS_MAX_ATTEMPTS = '1';
  const apigateway = new APIGatewayClient(clientConfig(emulator, { account: ACCOUNT }));
  const { items = [] } = await apigateway.send(new GetDomainNamesCommand({ resourceOwner: 'SELF', limit: 500 }));
  const domain = items.find((d) => d.domainName === 'api.scale.example.com') ?? items[0];
  const { items: mappings = [] } = await apigateway.send(
    new GetBasePathMappingsCommand({ domainName: domain.domainName, domainNameId: domain.domainNameId }),
  );
  const endpoints = await listExecuteApiEndpoints(freshSession());
  ids = {
    api: mappings[0]?.restApiId ?? '',
    endpoint: endpoints[0]?.id ?? '',
    domainName: domain.domainName ?? '',
    domainNameId: domain.domainNameId ?? '',
  };
  apigateway.destroy();
}, 120_000);
afterAll(() => emulator.close());

const describeCalls = (c: CallCounts) => JSON.stringify(c.interactive);

describe('AWS calls per page load (scale:1, first account)', () => {
  it('reads the domain index once: one GetBasePathMappings per domain and one GetStages per mapped API', async () => {
    const session = freshSession();
    const calls = countCalls(session);
    const deadline = Date.now() + 100_000;
    let attention = await loadAttention(session);
    while (attention.pending.domains + attention.pending.apis > 0) {
      if (Date.now() > deadline) throw new Error('index not built within 100 s');
      attention = await loadAttention(session);
    }
    const built = calls.take();
    expect(built.background['apigateway:GetBasePathMappings']).toBe(50);
    const mappedApis = built.background['apigateway:GetStages'] ?? 0;
    expect(mappedApis).toBeGreaterThan(0);
    expect(mappedApis).toBeLessThanOrEqual(100);
    await loadDomainsMappingTo(session, ids.api);
    await loadAttention(session);
    const again = calls.take();
    expect(total(again.interactive) + total(again.background)).toBe(0);
  }, 120_000);

  it.each(PAGES)('$page: at most $cold calls cold, none warm', async ({ load, cold }) => {
    const session = freshSession();
    const calls = countCalls(session);
    await load(session);
    const first = calls.take();
    expect(total(first.interactive), describeCalls(first)).toBeLessThanOrEqual(cold);
    await load(session);
    // The domain index may still be filling in with background reads; the page itself reads nothing again.
    const again = calls.take();
    expect(total(again.interactive), describeCalls(again)).toBe(0);
  });
});
