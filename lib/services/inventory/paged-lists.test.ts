import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { CONSUMER, PROVIDER } from '@/emulator/seed/demo-ids';
import { listQuery } from '@/lib/inventory/paging';
import { accountSession, startDemoEmulator } from '@/lib/services/testing/demo-emulator';
import { loadApiOptions, loadApiPage } from './apis';
import { loadShareOptions } from './sharing';
import { loadEndpointOptions } from './vpc-endpoints';

/** The server-side pages behind /apis and the options routes, against the emulator's demo provider. */

const P = PROVIDER['us-east-1'];
let emulator: RunningEmulator;
const provider = accountSession(PROVIDER.account, 'paged-lists-test');

beforeAll(async () => {
  emulator = await startDemoEmulator();
});
afterAll(() => emulator.close());

describe('private API list pages', () => {
  it.each([
    { query: {}, pageSize: 20, names: ['inventory-api', 'orders-api', 'partner-catalog-api', 'payments-api'] },
    {
      query: { desc: 'true' },
      pageSize: 20,
      names: ['payments-api', 'partner-catalog-api', 'orders-api', 'inventory-api'],
    },
    { query: { q: 'PAY' }, pageSize: 20, names: ['payments-api'] },
    { query: { q: P.vpceId }, pageSize: 20, names: ['orders-api'] },
    { query: { page: '2' }, pageSize: 3, names: ['payments-api'] },
    { query: { page: '9' }, pageSize: 3, names: ['payments-api'] },
    { query: { q: 'no-such-api' }, pageSize: 20, names: [] },
  ])('$query (page size $pageSize): $names', async ({ query, pageSize, names }) => {
    const page = await loadApiPage(provider, listQuery(query), pageSize);
    expect(page.items.map((a) => a.name)).toEqual(names);
    expect(page.total).toBe(4);
  });

  it('sends what the list shows of an API, not its policy document', async () => {
    const { items } = await loadApiPage(provider, listQuery({ q: 'orders' }));
    expect(items).toEqual([expect.objectContaining({ id: P.apis.orders.id, hasPolicy: true })]);
    expect(items[0]).not.toHaveProperty('policy');
  });

  it('offers private APIs by name and id only', async () => {
    const { items, matching } = await loadApiOptions(provider, listQuery({ q: 'api' }), 2);
    expect(items).toEqual([
      { id: P.apis.inventory.id, name: 'inventory-api' },
      { id: P.apis.orders.id, name: 'orders-api' },
    ]);
    expect(matching).toBe(4);
  });
});

describe('endpoint and share options', () => {
  it.each([
    { what: 'every endpoint', query: {}, ids: [P.vpceId] },
    { what: 'found by its name', query: { filter: 'shared-services' }, ids: [P.vpceId] },
    { what: 'already associated ones left out', query: { exclude: [P.vpceId] }, ids: [] },
    {
      what: 'which of some ids are this account’s',
      query: { only: [P.vpceId, CONSUMER['us-east-1'].appVpceId] },
      ids: [P.vpceId],
    },
  ])('endpoints: $what', async ({ query, ids }) => {
    const { items } = await loadEndpointOptions(provider, { ...listQuery({}), ...query }, 50);
    expect(items.map((e) => e.id)).toEqual(ids);
  });

  it('offers a consumer its own endpoints (the associate-by-ARN form), with private DNS', async () => {
    const consumer = accountSession(CONSUMER.account, 'paged-lists-test-consumer');
    const { items } = await loadEndpointOptions(consumer, listQuery({}), 50);
    const C = CONSUMER['us-east-1'];
    const privateDns = Object.fromEntries(items.map((e) => [e.id, e.privateDnsEnabled]));
    expect(privateDns).toEqual({ [C.appVpceId]: true, [C.analyticsVpceId]: false });
  });

  it('labels an endpoint with its VPC’s name', async () => {
    const { items } = await loadEndpointOptions(provider, listQuery({}), 50);
    expect(items[0]).toMatchObject({ id: P.vpceId, name: 'shared-services-execute-api' });
    expect(items[0]?.vpcName).toMatch(/\S/);
  });

  it.each([
    { q: '', names: ['internal-apis-consumer-share', 'partner-apis-share'] },
    { q: 'partner', names: ['partner-apis-share'] },
  ])('shares matching "$q": $names', async ({ q, names }) => {
    const { items } = await loadShareOptions(provider, listQuery({ q }), 50);
    expect(items.map((s) => s.name)).toEqual(names);
  });
});
