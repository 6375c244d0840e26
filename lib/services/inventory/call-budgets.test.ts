import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APIGatewayClient, GetBasePathMappingsCommand, GetDomainNamesCommand } from '@aws-sdk/client-api-gateway';
import { DEFAULT_SCALE_SIZES } from '@/emulator/core/seedSpec';
import type { RunningEmulator } from '@/emulator/server';
import { clientConfig } from '@/emulator/testing/harness';
import { getDomain } from '@/lib/aws/read/domains';
import { listExecuteApiEndpoints } from '@/lib/aws/read/vpc-endpoints';
import type { Session } from '@/lib/aws/session';
import { listQuery, OPTIONS_PAGE_SIZE } from '@/lib/inventory/paging';
import { accountSession, startDemoEmulator } from '@/lib/services/testing/demo-emulator';
import { loadDomainsMappingTo, loadApiDetailSections } from './api-detail';
import { loadDomainIndex } from './domain-index';
import { loadApiOptions, loadApiPage } from './apis';
import { loadOwnedDomainSections } from './domain-detail';
import { loadDomainListSections } from './domains';
import { loadAttention, loadOverviewSections } from './overview';
import { loadSharingSections } from './sharing';
import { loadEndpointDetailSections, loadEndpointOptions, loadEndpointPage } from './vpc-endpoints';
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
const freshSession = (): Session => accountSession(ACCOUNT, `budget-${String((contextCount += 1))}`);

/** Every section a page (or a form's options route) starts, awaited: the loaders the pages themselves call. */
const all = (sections: Record<string, Promise<unknown>>) => Promise.all(Object.values(sections));
const FIRST_PAGE = listQuery({});

/**
 * Budgets: ⌈rows/500⌉ per account-wide list plus calls for the rows shown (VPC names of a page of endpoints, the
 * stages of one API, …); `index` marks pages that also read the shared domain index in the background.
 */
const PAGES: { page: string; load: (s: Session) => Promise<unknown>; cold: number; index?: boolean }[] = [
  { page: '/', load: (s) => all(loadOverviewSections(s)), cold: 9, index: true },
  { page: '/apis', load: (s) => loadApiPage(s, FIRST_PAGE), cold: 1 },
  { page: '/apis/{id}', load: (s) => all(loadApiDetailSections(s, ids.api)), cold: 6, index: true },
  { page: '/apis/options', load: (s) => loadApiOptions(s, listQuery({ q: 'scale' }), OPTIONS_PAGE_SIZE), cold: 1 },
  { page: '/vpc-endpoints', load: (s) => loadEndpointPage(s, FIRST_PAGE), cold: 2 },
  {
    page: '/vpc-endpoints/options',
    load: (s) => loadEndpointOptions(s, { ...FIRST_PAGE, exclude: [ids.endpoint] }, OPTIONS_PAGE_SIZE),
    cold: 2,
  },
  { page: '/vpc-endpoints/{id}', load: (s) => all(loadEndpointDetailSections(s, ids.endpoint)), cold: 8 },
  { page: '/domains', load: (s) => all(loadDomainListSections(s)), cold: 2 },
  {
    page: '/domains/{name}/{id}',
    load: async (s) => {
      const domain = await getDomain(s, ids.domainName, ids.domainNameId);
      return all(loadOwnedDomainSections(s, { ...domain, domainNameId: ids.domainNameId }));
    },
    cold: 12,
  },
  { page: '/sharing', load: (s) => all(loadSharingSections(s)), cold: 6 },
];

beforeAll(async () => {
  // The whole quota (10 req/s) for the test's own calls: the budgets count calls, they do not time them.
  process.env.CONSOLE_APIGATEWAY_QUOTA_SHARE = '1';
  emulator = await startDemoEmulator({ seed: { kind: 'scale', accounts: 1, sizes: DEFAULT_SCALE_SIZES } });
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
      await new Promise((resolve) => setTimeout(resolve, 200));
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

  it('gives the first reader of a large index what is known at once instead of waiting for it', async () => {
    const session = freshSession();
    // 50 domains and their mapped APIs take longer than 2 s at background pace (10 req/s here): no wait at all.
    const started = Date.now();
    const index = await loadDomainIndex(session, { waitMs: 2000 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(index.pending.domains).toBeGreaterThan(0);
    expect(index.domains).toHaveLength(50);
  });

  it('/: at most 15 calls until the page is sent, the domain index included; the index reads start after', async () => {
    const session = freshSession();
    const calls = countCalls(session);
    const later: (() => void)[] = [];
    const sections = loadOverviewSections(session, { startLater: (start) => later.push(start) });
    await all(sections);
    const sent = calls.take();
    expect(total(sent.interactive) + total(sent.background), describeCalls(sent)).toBeLessThanOrEqual(15);
    expect((await sections.attention).pending.domains).toBe(50);

    for (const start of later) start();
    const deadline = Date.now() + 10_000;
    while (total(calls.take().background) === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(Date.now()).toBeLessThan(deadline);
  });

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
