import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CreateDeploymentCommand, UpdateRestApiCommand } from '@aws-sdk/client-api-gateway';
import type { RunningEmulator } from '@/emulator/server';
import { CONSUMER, PROVIDER } from '@/emulator/seed/demo-ids';
import { DEFAULT_SELECTION, type InvokeSelection } from '@/lib/invoke-ui/selection';
import type { InvokeForm } from '@/lib/invoke/types';
import type { Session } from '@/lib/aws/session';
import { invalidateReads } from '@/lib/aws/read-cache';
import { apiGateway } from '@/emulator/testing/harness';
import { accountSession, resetToDemo, startDemoEmulator, withOnlyContext } from '@/lib/services/testing/demo-emulator';
import type { LoadedAnswer } from '@/lib/invoke-ui/answer';
import { readLink } from '@/lib/invoke-ui/link';
import { loadInvokeAnswer, loadInvokeView } from './answer';

/** The invoke service against the emulator's demo story: what each account can read becomes met / not met / unknown. */

const P = PROVIDER['us-east-1'];
const C = CONSUMER['us-east-1'];
const shared = P.domains.shared;

let emulator: RunningEmulator;
/** The demo's two Regions, so a target in the other one is named as such. */
const session = (account: string, id: string): Session => {
  const base = accountSession(account, `invoke-service-test-${id}`);
  return { ...base, context: { ...base.context, regions: ['us-east-1', 'eu-west-1'] } };
};
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
  emulator = await startDemoEmulator();
});
afterAll(() => emulator.close());

/** The answer for a selection whose request was chosen (as a link with method and path). */
async function answer(as: Session, selection: InvokeSelection): Promise<LoadedAnswer> {
  const view = await loadInvokeView(as, { selection, errors: {}, requestGiven: true });
  if (!view.answer.ok) throw new Error(view.answer.error.message);
  return view.answer.data;
}

async function failure(as: Session, selection: InvokeSelection) {
  const view = await loadInvokeView(as, { selection, errors: {}, requestGiven: true });
  return view.answer.ok ? undefined : view.answer.error;
}

describe('loadInvokeView: the answer', () => {
  it('answers A1–A4 for the provider calling its own API, with the method read from the API', async () => {
    const r = await answer(provider, apiSelection);
    const { result, authorization } = r.answer;
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
    expect(r.answer.snippets.A1?.[0].code).toContain(
      `https://${P.apis.orders.id}.execute-api.us-east-1.amazonaws.com/prod/orders`,
    );
  });

  it('says when no method of the API matches the request', async () => {
    const r = await answer(provider, { ...apiSelection, path: '/customers' });
    expect(r.answer.authorization).toEqual({ type: 'NONE', source: 'no-method', apiId: P.apis.orders.id });
  });

  it('leaves what a consumer cannot read unknown (including a rejection of its association) and checks DNS', async () => {
    const r = await answer(consumer, domainSelection(C.appVpceId));
    const b1 = r.answer.result.forms.find((f) => f.id === 'B1');
    expect(b1?.status).toBe('unverified');
    expect(prerequisite(b1, 'dns-record')).toBe('met');
    expect(prerequisite(b1, 'access-association')).toBe('unknown');
    expect(prerequisite(b1, 'domain-policy')).toBe('unknown');
    expect(prerequisite(b1, 'base-path-mapping')).toBe('unknown');
    expect(r.answer.authorization).toEqual({ type: 'NONE', source: 'unknown' });
    expect(prerequisite(b1, 'method-authorization')).toBe('unknown');
    expect(r.answer.aliasRecords.map((a) => [a.name, a.type])).toEqual([[shared.name, 'A']]);
    expect(r.vpcId).toBe(C.appVpc.id);
  });

  it('blocks the custom domain name from a VPC without the record and with DNS hostnames off', async () => {
    const r = await answer(consumer, domainSelection(C.analyticsVpceId));
    const b1 = r.answer.result.forms.find((f) => f.id === 'B1');
    expect(b1?.status).toBe('blocked');
    expect(prerequisite(b1, 'dns-record')).toBe('not-met');
    expect(prerequisite(b1, 'vpc-dns-attributes')).toBe('not-met');
    expect(r.answer.result.recommended).toBe('B2');
  });

  it('reads the provider side of its own domain: policy, mapping and the mapped API', async () => {
    const r = await answer(provider, domainSelection(P.vpceId));
    const b1 = r.answer.result.forms.find((f) => f.id === 'B1');
    expect(b1?.status).toBe('ready');
    expect(prerequisite(b1, 'mapped-api-policy')).toBe('met');
    expect(r.answer.authorization).toMatchObject({ source: 'method', apiId: P.apis.orders.id });
  });

  it.for([
    ['an endpoint of another account', () => domainSelection(P.vpceId), 'vpce'],
    ['a domain id nobody shares', () => ({ ...domainSelection(C.appVpceId), domainId: 'zzzz9999' }), 'domainId'],
    ['an API id no context holds', () => ({ ...apiSelection, vpce: C.appVpceId, api: 'zz9zz9zz9z' }), 'api'],
  ] as const)('names the field to correct for %s', async ([, selection, field]) => {
    expect(await failure(consumer, selection())).toMatchObject({ kind: 'not-found', field });
  });
  it('says an API of another Region is there, and that AWS requires one Region, instead of "not found"', async () => {
    const eu = PROVIDER['eu-west-1'].apis.ordersEu.id;
    const error = await failure(provider, { ...apiSelection, api: eu });
    expect(error).toMatchObject({ kind: 'invalid-input', field: 'api', title: 'The API is in eu-west-1' });
    expect(error?.message).toMatch(/AWS requires the execute-api VPC endpoint and the private API in one Region/);
  });
});

const SHOP = 'https://shop.example.com';
const JSON_BODY = { headers: ['Content-Type: application/json'], body: '{"q":"late"}' };

function form(r: LoadedAnswer, id: string): InvokeForm {
  const f = r.answer.result.forms.find((x) => x.id === id);
  if (!f) throw new Error(`no form ${id}`);
  return f;
}

describe("loadInvokeView: a consumer calling the provider's API by id through its own endpoint", () => {
  const byId: InvokeSelection = { ...apiSelection, vpce: C.appVpceId };
  const alias = `https://${P.apis.orders.id}-${C.appVpceId}.execute-api.us-east-1.amazonaws.com/prod/orders`;

  it("reads the API with the provider's context: its policy allows the endpoint, the alias is not associated", async () => {
    const r = await answer(consumer, byId);
    const a4 = r.answer.result.forms.find((f) => f.id === 'A4');
    expect(a4?.url).toBe(alias);
    expect(prerequisite(a4, 'api-policy')).toBe('met');
    expect(prerequisite(a4, 'vpce-associated')).toBe('not-met');
    expect(a4?.prerequisites.filter((p) => p.status === 'unknown').map((p) => p.id)).toEqual([]);
    expect(r.answer.result.forms.find((f) => f.id === 'A1')?.status).toBe('ready');
  });

  it('with no context for the owner: the provider-side checks unknown with what to ask, the endpoint side read', async () => {
    await withOnlyContext(CONSUMER.account, async () => {
      expect((await failure(session(CONSUMER.account, 'consumer-alone'), byId))?.message).toContain(
        'add apiAccount={its account id} to the link',
      );
      const r = await answer(session(CONSUMER.account, 'consumer-alone'), { ...byId, apiAccount: PROVIDER.account });
      const a4 = r.answer.result.forms.find((f) => f.id === 'A4');
      expect(a4?.url).toBe(alias);
      expect(a4?.status).toBe('unverified');
      for (const id of ['api-policy', 'vpce-associated', 'stage-deployed', 'method-authorization'])
        expect([id, prerequisite(a4, id)]).toEqual([id, 'unknown']);
      expect(prerequisite(a4, 'endpoint-policy')).toBe('met');
      expect(a4?.prerequisites.find((p) => p.id === 'vpce-associated')?.askProvider).toContain(C.appVpceId);
    });
  });
});

describe('loadInvokeView: method authorization read from the method', () => {
  it.for([
    [
      'a Cognito user pool method: its header as a placeholder in every snippet',
      { method: 'POST', path: '/orders/search', ...JSON_BODY },
      'COGNITO_USER_POOLS',
      { Authorization: '<Cognito user pool ID token>' },
      /orders-users/,
    ],
    [
      'a Lambda REQUEST authorizer with an API key: identity-source header and query, x-api-key',
      { method: 'POST', path: '/orders/bulk', ...JSON_BODY },
      'CUSTOM',
      { 'X-Partner-Id': '<X-Partner-Id for the Lambda authorizer>', 'x-api-key': '<API key>' },
      /partner-gateway/,
    ],
  ] as const)('%s', async ([, request, type, credentials, authorizerName]) => {
    const r = await answer(provider, { ...apiSelection, ...request, headers: [...request.headers] });
    expect(r.answer.authorization).toMatchObject({ source: 'method', type });
    const a1 = form(r, 'A1');
    expect(Object.fromEntries((a1.credentialHeaders ?? []).map((h) => [h.name, h.value]))).toEqual(credentials);
    expect(a1.prerequisites.find((p) => p.id === 'method-authorization')?.reason).toMatch(authorizerName);
    const curl = r.answer.snippets.A1?.find((s) => s.id === 'curl')?.code ?? '';
    for (const [name, value] of Object.entries(credentials)) expect(curl).toContain(`${name}: ${value}`);
  });

  it("puts a REQUEST authorizer's query-string identity source into the URL", async () => {
    const r = await answer(provider, { ...apiSelection, method: 'POST', path: '/orders/bulk' });
    expect(form(r, 'A1').url).toMatch(/\/prod\/orders\/bulk\?partner=%3Cpartner%20for%20the%20Lambda%20authorizer%3E$/);
  });

  it('an AWS_IAM method gets signed snippets', async () => {
    const r = await answer(provider, { ...apiSelection, path: '/orders/export' });
    expect(r.answer.authorization).toMatchObject({ source: 'method', type: 'AWS_IAM' });
    expect(r.answer.snippets.A1?.[0].id).toBe('python-sigv4');
  });

  it('a consumer that chooses the authorization gets its header, and no unknown authorization', async () => {
    const r = await answer(consumer, {
      ...domainSelection(C.appVpceId),
      auth: 'token',
      identity: 'X-Token',
      apiKey: true,
    });
    const b1 = form(r, 'B1');
    expect(r.answer.authorization).toMatchObject({ source: 'operator', type: 'CUSTOM' });
    expect(prerequisite(b1, 'method-authorization')).toBe('met');
    expect(b1.credentialHeaders).toEqual([
      { name: 'X-Token', value: '<token for the Lambda authorizer>' },
      { name: 'x-api-key', value: '<API key>' },
    ]);
  });
});

describe('loadInvokeView: browser clients and CORS', () => {
  const browser = (over: Partial<InvokeSelection>): InvokeSelection => ({
    ...apiSelection,
    client: 'browser',
    origin: SHOP,
    ...over,
  });

  it.for([
    [
      'the shop posting JSON to a method whose OPTIONS allows it: ready',
      browser({ method: 'POST', path: '/orders/search', ...JSON_BODY }),
      'ready',
      { 'cors-preflight': 'met', 'cors-response': 'met' },
    ],
    [
      'another origin: the preflight does not allow it',
      browser({ method: 'POST', path: '/orders/search', origin: 'https://elsewhere.example.com', ...JSON_BODY }),
      'blocked',
      { 'cors-preflight': 'not-met', 'cors-response': 'not-met' },
    ],
    [
      'DELETE on a resource without OPTIONS: the preflight fails',
      browser({ method: 'DELETE', path: '/orders/42' }),
      'blocked',
      { 'cors-preflight': 'not-met', 'cors-response': 'unknown' },
    ],
    [
      'a simple GET to a proxy integration: the backend must answer CORS (unknown)',
      browser({ method: 'GET', path: '/orders' }),
      'unverified',
      { 'cors-preflight': undefined, 'cors-response': 'unknown' },
    ],
  ] as const)('%s', async ([, selection, status, prereqs]) => {
    const r = await answer(provider, { ...selection, headers: [...selection.headers] });
    const a1 = form(r, 'A1');
    expect(a1.status).toBe(status);
    for (const [id, want] of Object.entries(prereqs)) expect(prerequisite(a1, id), id).toBe(want);
  });

  it('says the 5xx gateway response lacks the origin, and offers fetch() first', async () => {
    const r = await answer(
      provider,
      browser({ method: 'POST', path: '/orders/search', ...JSON_BODY, headers: [...JSON_BODY.headers] }),
    );
    const a1 = form(r, 'A1');
    expect(a1.cors).toMatchObject({ origin: SHOP, preflight: true });
    expect(a1.cors?.missing.join()).toMatch(/DEFAULT_5XX set no Access-Control-Allow-Origin/);
    expect(a1.cors?.missing.join()).not.toMatch(/DEFAULT_4XX/);
    expect(r.answer.snippets.A1?.[0].id).toBe('fetch');
  });
});

describe('loadInvokeView: choices and defaults', () => {
  it('offers a consumer the shared domain with its owner and no base paths to pick from', async () => {
    const view = await loadInvokeView(consumer, { ...readLink({}), withTargetLists: true });
    expect(view.choiceErrors).toEqual({});
    expect(view.choices.domains).toContainEqual({
      name: shared.name,
      id: shared.id,
      arn: shared.arn,
      ownerAccountId: PROVIDER.account,
      shared: true,
    });
    expect(view.choices.basePaths).toBeUndefined();
    expect(view.choices.endpoints?.map((e) => e.id).sort()).toEqual([C.appVpceId, C.analyticsVpceId].sort());
    expect(view).toMatchObject({ asked: false, answer: { ok: false, error: { title: 'Choose a target' } } });
  });

  it("offers the provider its private APIs, the chosen API's stages and its own domain's mappings", async () => {
    const api = await loadInvokeView(provider, {
      ...readLink({ target: 'api', api: P.apis.orders.id }),
      withTargetLists: true,
    });
    expect(api.choices.stages?.sort()).toEqual(['prod', 'staging']);
    expect(api.choices.apis?.map((a) => a.id)).toContain(P.apis.orders.id);
    expect(api.choices.apis?.map((a) => a.id)).not.toContain(P.apis.publicStatus.id);
    expect(api.selection).toMatchObject({ stage: 'prod', vpce: P.vpceId });
    const domain = await loadInvokeView(
      provider,
      readLink({ target: 'domain', domain: shared.name, domainId: shared.id }),
    );
    expect(domain.choices.basePaths?.map((m) => m.basePath).sort()).toEqual(['orders', 'payments']);
    expect(domain.choices.apis).toBeUndefined();
  });
});

describe('loadInvokeView: the request when the link names none', () => {
  it.for([
    [
      "the provider's API",
      () => provider,
      { target: 'api', api: P.apis.orders.id },
      { method: 'GET', path: '/health' },
    ],
    [
      "the provider's own domain",
      () => provider,
      { target: 'domain', domain: shared.name, domainId: shared.id, basePath: 'orders' },
      { method: 'GET', path: '/health' },
    ],
    [
      'a shared domain (its API is not readable)',
      () => consumer,
      { target: 'domain', domain: shared.name, domainId: shared.id, basePath: 'orders' },
      { method: 'GET', path: '/' },
    ],
  ] as const)(
    'picks a request %s really has, the same for /invoke and the Invoke tab',
    async ([, as, raw, request]) => {
      const page = await loadInvokeView(as(), { ...readLink(raw), withTargetLists: true });
      const tab = await loadInvokeView(as(), readLink(raw));
      expect(page.selection).toMatchObject(request);
      expect(tab.selection).toEqual(page.selection);
      expect(tab.answer).toEqual(page.answer);
      expect(tab.asked).toBe(true);
    },
  );

  it('keeps the request a link names, even "/"', async () => {
    const view = await loadInvokeView(provider, readLink({ target: 'api', api: P.apis.orders.id, path: '/' }));
    expect(view.selection).toMatchObject({ method: 'GET', path: '/' });
  });
});

describe('loadInvokeView: no answer', () => {
  it('answers nothing for an invalid link and says which parameters are wrong', async () => {
    const view = await loadInvokeView(provider, readLink({ target: 'api', api: P.apis.orders.id, method: 'FETCH' }));
    expect(view.asked).toBe(false);
    expect(view.answer).toMatchObject({ ok: false, error: { kind: 'invalid-input' } });
    expect(!view.answer.ok && view.answer.error.message).toContain('Method must be one of GET');
    // The valid rest still loads its choices and defaults.
    expect(view.selection).toMatchObject({ api: P.apis.orders.id, stage: 'prod' });
  });
});

describe('loadInvokeAnswer (a selection built in code, as the consumer panel builds it)', () => {
  it('answers with the defaults /invoke would fill in, and the link that opens the same answer there', async () => {
    const { answer: r, href } = await loadInvokeAnswer(consumer, {
      ...DEFAULT_SELECTION,
      target: 'domain',
      domain: shared.name,
      domainId: shared.id,
      vpce: C.appVpceId,
    });
    expect(r.ok && r.data.answer.result.forms.map((f) => f.id)).toEqual(['B1', 'B2']);
    expect(href).toBe(
      `/invoke?target=domain&domain=${shared.name}&domainId=${shared.id}&basePath=%28none%29&vpce=${C.appVpceId}&from=vpc&client=server&method=GET&path=%2F`,
    );
  });
});

describe('what the stage serves decides (its deployment, read from the stage export)', () => {
  afterEach(async () => {
    await resetToDemo(emulator);
    invalidateReads();
  });
  const providerApi = () => apiGateway(emulator, { account: PROVIDER.account });
  const patchOrders = async (op: 'replace' | 'remove', path: string, value: string) => {
    await providerApi().send(
      new UpdateRestApiCommand({ restApiId: P.apis.orders.id, patchOperations: [{ op, path, value }] }),
    );
    invalidateReads();
  };
  const statusOf = (r: LoadedAnswer, id: string) => r.answer.result.forms.find((f) => f.id === id)?.status;

  it('a policy that refuses the endpoint is not in force before the next deployment', async () => {
    const refusing = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' }],
    });
    await patchOrders('replace', '/policy', refusing);
    const r = await answer(provider, apiSelection);
    expect(statusOf(r, 'A1')).toBe('ready');
    const policy = r.answer.result.forms[0].prerequisites.find((p) => p.id === 'api-policy');
    expect(policy?.reason).toMatch(/next deployment breaks it/);
  });

  it('an endpoint removed from vpcEndpointIds keeps its alias until the next deployment', async () => {
    await patchOrders('remove', '/endpointConfiguration/vpcEndpointIds', P.vpceId);
    expect(statusOf(await answer(provider, apiSelection), 'A4')).toBe('ready');
    // The alias is one name for the whole API: it goes once no deployed stage lists the endpoint.
    for (const stageName of P.apis.orders.stages)
      await providerApi().send(new CreateDeploymentCommand({ restApiId: P.apis.orders.id, stageName }));
    invalidateReads();
    expect(statusOf(await answer(provider, apiSelection), 'A4')).toBe('blocked');
  });
});
