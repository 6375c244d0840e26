import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { startTestEmulator } from '@/emulator/testing/harness';
import { CONSUMER, PROVIDER } from '@/emulator/seed/demo-ids';
import { DEFAULT_SELECTION, type InvokeSelection } from '@/lib/invoke-ui/selection';
import type { InvokeForm } from '@/lib/invoke/types';
import type { Session } from '../session';
import { loadInvokeAnswer, loadInvokeChoices, loadSampleRequest } from './invoke-input';

/** The gatherer against the emulator's demo story: what each account can read becomes met / not met / unknown. */

const P = PROVIDER['us-east-1'];
const C = CONSUMER['us-east-1'];
const shared = P.domains.shared;

let emulator: RunningEmulator;
const session = (account: string, id: string): Session => ({
  context: {
    id: `invoke-input-test-${id}`,
    label: id,
    description: id,
    accountId: account,
    staticAccessKeyId: account,
  },
  region: 'us-east-1',
});
const provider = session(PROVIDER.account, 'provider');
const consumer = session(CONSUMER.account, 'consumer');

const apiSelection: InvokeSelection = {
  ...DEFAULT_SELECTION,
  target: 'api',
  api: P.apis.orders.id,
  stage: 'prod',
  vpce: P.vpceId,
  path: '/orders',
};
const domainSelection = (vpce: string): InvokeSelection => ({
  ...DEFAULT_SELECTION,
  target: 'domain',
  domain: shared.name,
  domainId: shared.id,
  basePath: 'orders',
  vpce,
  path: '/orders',
});

function prerequisite(form: InvokeForm | undefined, id: string) {
  return form?.prerequisites.find((p) => p.id === id)?.status;
}

beforeAll(async () => {
  emulator = await startTestEmulator({ seed: { kind: 'demo' } });
  process.env.AWS_ENDPOINT_URL = emulator.url;
  process.env.CONSOLE_AWS_MAX_ATTEMPTS = '1';
});
afterAll(() => emulator.close());

describe('loadInvokeAnswer', () => {
  it('answers A1–A4 for the provider calling its own API, with the method read from the API', async () => {
    const r = await loadInvokeAnswer(provider, apiSelection);
    if (!r.ok) throw new Error(r.error.message);
    const { result, authorization } = r.data.answer;
    expect(result.forms.map((f) => [f.id, f.status])).toEqual([
      ['A1', 'ready'],
      ['A2', 'ready'],
      ['A3', 'ready'],
      ['A4', 'ready'],
    ]);
    expect(result.recommended).toBe('A1');
    expect(authorization).toMatchObject({
      source: 'method',
      type: 'NONE',
      method: { resourcePath: '/orders', httpMethod: 'GET' },
    });
    expect(r.data.answer.snippets.A1?.[0].code).toContain(
      `https://${P.apis.orders.id}.execute-api.us-east-1.amazonaws.com/prod/orders`,
    );
  });

  it('says when no method of the API matches the request', async () => {
    const r = await loadInvokeAnswer(provider, { ...apiSelection, path: '/customers' });
    expect(r.ok && r.data.answer.authorization).toEqual({ type: 'NONE', source: 'no-method', apiId: P.apis.orders.id });
  });

  it('leaves what a consumer cannot read unknown and checks what it can (DNS, association)', async () => {
    const r = await loadInvokeAnswer(consumer, domainSelection(C.appVpceId));
    if (!r.ok) throw new Error(r.error.message);
    const b1 = r.data.answer.result.forms.find((f) => f.id === 'B1');
    expect(b1?.status).toBe('unverified');
    expect(prerequisite(b1, 'dns-record')).toBe('met');
    expect(prerequisite(b1, 'access-association')).toBe('met');
    expect(prerequisite(b1, 'domain-policy')).toBe('unknown');
    expect(prerequisite(b1, 'base-path-mapping')).toBe('unknown');
    expect(r.data.answer.authorization).toEqual({ type: 'NONE', source: 'assumed' });
    expect(r.data.answer.aliasRecords.map((a) => [a.name, a.type])).toEqual([[shared.name, 'A']]);
    expect(r.data.vpcId).toBe(C.appVpc.id);
  });

  it('blocks the custom domain name from a VPC without the record and with DNS hostnames off', async () => {
    const r = await loadInvokeAnswer(consumer, domainSelection(C.analyticsVpceId));
    if (!r.ok) throw new Error(r.error.message);
    const b1 = r.data.answer.result.forms.find((f) => f.id === 'B1');
    expect(b1?.status).toBe('blocked');
    expect(prerequisite(b1, 'dns-record')).toBe('not-met');
    expect(prerequisite(b1, 'vpc-dns-attributes')).toBe('not-met');
    expect(r.data.answer.result.recommended).toBe('B2');
  });

  it('reads the provider side of its own domain: policy, mapping and the mapped API', async () => {
    const r = await loadInvokeAnswer(provider, domainSelection(P.vpceId));
    if (!r.ok) throw new Error(r.error.message);
    const b1 = r.data.answer.result.forms.find((f) => f.id === 'B1');
    expect(b1?.status).toBe('ready');
    expect(prerequisite(b1, 'mapped-api-policy')).toBe('met');
    expect(r.data.answer.authorization).toMatchObject({ source: 'method', apiId: P.apis.orders.id });
  });

  it('names the field to correct for an endpoint or domain the account does not have', async () => {
    const badVpce = await loadInvokeAnswer(consumer, domainSelection(P.vpceId));
    expect(badVpce).toMatchObject({ ok: false, error: { kind: 'not-found', field: 'vpce' } });
    const badDomain = await loadInvokeAnswer(consumer, { ...domainSelection(C.appVpceId), domainId: 'zzzz9999' });
    expect(badDomain).toMatchObject({ ok: false, error: { kind: 'not-found', field: 'domainId' } });
    const badApi = await loadInvokeAnswer(consumer, { ...apiSelection, vpce: C.appVpceId });
    expect(badApi).toMatchObject({ ok: false, error: { kind: 'not-found', field: 'api' } });
  });
});

describe('loadInvokeChoices', () => {
  it('offers a consumer the shared domain with its owner and no base paths to pick from', async () => {
    const { choices, errors } = await loadInvokeChoices(consumer, domainSelection(C.appVpceId));
    expect(errors).toEqual({});
    expect(choices.domains).toContainEqual({
      name: shared.name,
      id: shared.id,
      arn: shared.arn,
      ownerAccountId: PROVIDER.account,
      shared: true,
    });
    expect(choices.basePaths).toBeUndefined();
    expect(choices.endpoints?.map((e) => e.id).sort()).toEqual([C.appVpceId, C.analyticsVpceId].sort());
  });

  it('offers the provider the stages of the chosen API and the mappings of its own domain', async () => {
    const api = await loadInvokeChoices(provider, apiSelection);
    expect(api.choices.stages?.sort()).toEqual(['prod', 'staging']);
    expect(api.choices.apis?.map((a) => a.id)).toContain(P.apis.orders.id);
    expect(api.choices.apis?.map((a) => a.id)).not.toContain(P.apis.publicStatus.id);
    const domain = await loadInvokeChoices(provider, domainSelection(P.vpceId));
    expect(domain.choices.basePaths?.map((m) => m.basePath).sort()).toEqual(['orders', 'payments']);
  });
});

describe('loadSampleRequest', () => {
  it('picks a GET the API really has, also behind a domain mapping', async () => {
    expect(await loadSampleRequest(provider, { ...apiSelection, path: '/' })).toEqual({
      method: 'GET',
      path: '/health',
    });
    expect(await loadSampleRequest(provider, domainSelection(P.vpceId))).toEqual({ method: 'GET', path: '/health' });
    expect(await loadSampleRequest(consumer, domainSelection(C.appVpceId))).toBeUndefined();
  });
});
