import { describe, expect, it } from 'vitest';
import { computeInvokeForms } from './engine';
import {
  apiInput,
  consumerDomainInput,
  CORS_OPEN,
  DOMAIN,
  domainInput,
  endpoint,
  inConsumerVpc,
  inVpc,
  privateApi,
  VPCE_HOST,
  VPCE_ID,
} from './fixtures';
import type {
  ClientSituation,
  CorsInfo,
  FormId,
  FormStatus,
  InvokeForm,
  InvokeInput,
  InvokeRequest,
  MethodAuthorization,
  PrerequisiteStatus,
} from './types';

/** What the client itself must bring (credentials, CORS) and where it resolves and connects (zonal names, resolvers, Regions). */

const ORIGIN = 'https://app.example.com';
const browser: ClientSituation = { ...inVpc, client: 'browser', origin: ORIGIN };
const associated = privateApi({ vpcEndpointIds: [VPCE_ID] });

function formOf(input: InvokeInput, situation: ClientSituation, id: FormId): InvokeForm {
  const f = computeInvokeForms(input, situation).forms.find((x) => x.id === id);
  if (!f) throw new Error(`no form ${id}`);
  return f;
}

const read = (over: Partial<Extract<MethodAuthorization, { known: true }>>): MethodAuthorization => ({
  known: true,
  source: 'method',
  authorizationType: 'NONE',
  apiKeyRequired: false,
  ...over,
});

interface Want {
  status: FormStatus;
  prereq?: [string, PrerequisiteStatus | 'absent'];
  reason?: RegExp;
  ask?: RegExp;
  credentials?: Record<string, string>;
  url?: RegExp;
}

type Row = [string, InvokeInput, ClientSituation, FormId, Want];

function expectWant(f: InvokeForm, want: Want): void {
  const open = JSON.stringify(f.prerequisites.filter((p) => p.status !== 'met').map((p) => [p.id, p.reason]));
  expect(f.status, open).toBe(want.status);
  if (want.prereq) {
    const [id, status] = want.prereq;
    const p = f.prerequisites.find((x) => x.id === id);
    if (status === 'absent') expect(p, `${id} should be absent`).toBeUndefined();
    else {
      expect(p, `${f.id} lacks ${id}`).toBeDefined();
      expect(p!.status, p!.reason).toBe(status);
      if (want.reason) expect(p!.reason).toMatch(want.reason);
      if (want.ask) expect(p!.askProvider).toMatch(want.ask);
    }
  }
  if (want.credentials)
    expect(Object.fromEntries((f.credentialHeaders ?? []).map((h) => [h.name, h.value]))).toEqual(want.credentials);
  if (want.url) expect(f.url).toMatch(want.url);
}

const authRows: Row[] = [
  [
    'a consumer who cannot read the method: authorization unknown, ask the provider (never a silent NONE)',
    consumerDomainInput({ methodAuthorization: { known: false } }),
    inConsumerVpc,
    'B1',
    {
      status: 'unverified',
      prereq: ['method-authorization', 'unknown'],
      reason: /cannot read the API's method/,
      ask: /Ask the provider \(account 111111111111\) how GET \/pets authorizes/,
      credentials: {},
    },
  ],
  [
    'Cognito user pool authorizer read from the method: Authorization placeholder',
    apiInput({
      methodAuthorization: read({
        authorizationType: 'COGNITO_USER_POOLS',
        authorizer: { type: 'COGNITO_USER_POOLS', name: 'pool', identitySource: 'method.request.header.Authorization' },
      }),
    }),
    inVpc,
    'A1',
    {
      status: 'ready',
      prereq: ['method-authorization', 'met'],
      reason: /Cognito user pool authorizer \(pool\).*Authorization/,
      credentials: { Authorization: '<Cognito user pool ID token>' },
    },
  ],
  [
    'Lambda TOKEN authorizer on a custom header',
    apiInput({
      methodAuthorization: read({
        authorizationType: 'CUSTOM',
        authorizer: { type: 'TOKEN', identitySource: 'method.request.header.X-Token' },
      }),
    }),
    inVpc,
    'A3',
    { status: 'ready', credentials: { 'X-Token': '<token for the Lambda authorizer>' } },
  ],
  [
    'Lambda REQUEST authorizer: identity-source headers and query parameters, the query in the URL',
    apiInput({
      methodAuthorization: read({
        authorizationType: 'CUSTOM',
        authorizer: {
          type: 'REQUEST',
          identitySource: 'method.request.header.X-Tenant, method.request.querystring.session, context.requestId',
        },
      }),
    }),
    inVpc,
    'A1',
    {
      status: 'ready',
      reason: /header X-Tenant, query parameter session/,
      prereq: ['method-authorization', 'met'],
      credentials: { 'X-Tenant': '<X-Tenant for the Lambda authorizer>' },
      url: /\/prod\/pets\?session=%3Csession%20for%20the%20Lambda%20authorizer%3E$/,
    },
  ],
  [
    'API key required: x-api-key',
    apiInput({ methodAuthorization: read({ apiKeyRequired: true }) }),
    inVpc,
    'A1',
    { status: 'ready', reason: /API key is required/, credentials: { 'x-api-key': '<API key>' } },
  ],
  [
    'the operator already sends the token: no placeholder',
    apiInput({
      request: { method: 'GET', path: '/pets', headers: [{ name: 'authorization', value: 'Bearer abc' }] },
      methodAuthorization: read({
        authorizationType: 'COGNITO_USER_POOLS',
        authorizer: { type: 'COGNITO_USER_POOLS', identitySource: 'method.request.header.Authorization' },
      }),
    }),
    inVpc,
    'A1',
    { status: 'ready', credentials: {} },
  ],
  [
    'a CUSTOM method whose authorizer could not be read: unknown',
    apiInput({ methodAuthorization: read({ authorizationType: 'CUSTOM' }) }),
    inVpc,
    'A1',
    { status: 'unverified', prereq: ['method-authorization', 'unknown'], reason: /authorizer could not be read/ },
  ],
  [
    'NONE without API key adds nothing',
    apiInput({ methodAuthorization: read({}) }),
    inVpc,
    'A1',
    { status: 'ready', prereq: ['method-authorization', 'absent'], credentials: {} },
  ],
  [
    'AWS_IAM chosen: signing covers it (iam-identity), no extra header',
    apiInput({
      authorizationType: 'AWS_IAM',
      methodAuthorization: { known: true, source: 'chosen', authorizationType: 'AWS_IAM', apiKeyRequired: false },
    }),
    inVpc,
    'A3',
    { status: 'unverified', prereq: ['method-authorization', 'absent'], credentials: {} },
  ],
];

const cors = (over: Partial<CorsInfo>): CorsInfo => ({ ...CORS_OPEN, ...over });
const POST_JSON = {
  method: 'POST',
  path: '/pets',
  headers: [{ name: 'Content-Type', value: 'application/json' }],
  body: '{}',
};

const corsRows: Row[] = [
  [
    'simple GET, CORS not readable: the response check is unknown, no preflight',
    apiInput({}, associated),
    browser,
    'A1',
    { status: 'unverified', prereq: ['cors-response', 'unknown'] },
  ],
  [
    'JSON POST and no OPTIONS method: blocked, the POST is never sent',
    apiInput({ request: POST_JSON, cors: cors({ preflight: null }) }, associated),
    browser,
    'A1',
    { status: 'blocked', prereq: ['cors-preflight', 'not-met'], reason: /no OPTIONS method/ },
  ],
  [
    'OPTIONS protected by an authorizer: preflights carry no credentials',
    apiInput(
      {
        request: POST_JSON,
        cors: cors({
          preflight: {
            headers: CORS_OPEN.preflight!.headers,
            authorizationType: 'COGNITO_USER_POOLS',
            apiKeyRequired: false,
          },
        }),
      },
      associated,
    ),
    browser,
    'A4',
    { status: 'blocked', prereq: ['cors-preflight', 'not-met'], reason: /requires COGNITO_USER_POOLS/ },
  ],
  [
    'Allow-Headers * does not cover Authorization',
    apiInput(
      {
        request: { method: 'GET', path: '/pets', headers: [{ name: 'Authorization', value: 'Bearer x' }] },
        cors: cors({
          preflight: {
            headers: { allowOrigin: '*', allowMethods: 'GET', allowHeaders: '*' },
            authorizationType: 'NONE',
            apiKeyRequired: false,
          },
        }),
      },
      associated,
    ),
    browser,
    'A1',
    {
      status: 'blocked',
      prereq: ['cors-preflight', 'not-met'],
      reason: /Authorization in Access-Control-Allow-Headers/,
    },
  ],
  [
    'the x-api-key placeholder makes the request non-simple and must be allowed',
    apiInput(
      {
        methodAuthorization: read({ apiKeyRequired: true }),
        cors: cors({
          preflight: {
            headers: { allowOrigin: ORIGIN, allowMethods: 'GET', allowHeaders: 'Content-Type' },
            authorizationType: 'NONE',
            apiKeyRequired: false,
          },
        }),
      },
      associated,
    ),
    browser,
    'A1',
    { status: 'blocked', prereq: ['cors-preflight', 'not-met'], reason: /x-api-key in Access-Control-Allow-Headers/ },
  ],
  [
    'response allows another origin',
    apiInput({ cors: cors({ actual: { allowOrigin: 'https://other.example.com' } }) }, associated),
    browser,
    'A1',
    { status: 'blocked', prereq: ['cors-response', 'not-met'], reason: /not https:\/\/app\.example\.com/ },
  ],
  [
    'proxy integration: the backend answers, unknown',
    apiInput({ cors: cors({ actual: 'backend' }) }, associated),
    browser,
    'A1',
    { status: 'unverified', prereq: ['cors-response', 'unknown'], reason: /proxy integration/ },
  ],
  [
    'a specific allowed origin but no page origin given: unknown',
    apiInput({ cors: cors({ actual: { allowOrigin: ORIGIN } }) }, associated),
    { ...browser, origin: undefined },
    'A1',
    { status: 'unverified', prereq: ['cors-response', 'unknown'], reason: /give the page's origin/ },
  ],
  [
    'everything answered: ready',
    apiInput({ request: POST_JSON, cors: CORS_OPEN }, associated),
    browser,
    'A1',
    { status: 'ready', prereq: ['cors-preflight', 'met'] },
  ],
  [
    'a page served from the custom domain itself: same origin, no CORS',
    domainInput(),
    { ...browser, origin: `https://${DOMAIN}` },
    'B1',
    { status: 'ready', prereq: ['cors-response', 'absent'] },
  ],
  [
    'a consumer browser: CORS unknown, ask the provider',
    consumerDomainInput(),
    { ...inConsumerVpc, client: 'browser', origin: ORIGIN },
    'B1',
    { status: 'unverified', prereq: ['cors-response', 'unknown'], ask: /Access-Control-Allow-Origin: https:\/\/app/ },
  ],
  [
    'server clients get no CORS checks',
    apiInput({ cors: cors({ preflight: null, actual: {} }) }, associated),
    inVpc,
    'A1',
    { status: 'ready', prereq: ['cors-response', 'absent'] },
  ],
];

const placementRows: Row[] = [
  [
    'own DNS servers, forwarding not known: private DNS name unknown',
    apiInput(),
    { ...inVpc, vpcResolver: 'custom' },
    'A1',
    { status: 'unverified', prereq: ['custom-resolver', 'unknown'], reason: /own DNS servers/ },
  ],
  [
    'own DNS servers without forwarding: custom domain blocked',
    domainInput(),
    { ...inVpc, vpcResolver: 'custom', customResolverForwarding: false },
    'B1',
    { status: 'blocked', prereq: ['custom-resolver', 'not-met'] },
  ],
  [
    'own DNS servers forwarding to an inbound endpoint: met',
    domainInput(),
    { ...inVpc, vpcResolver: 'custom', customResolverForwarding: true },
    'B1',
    { status: 'ready', prereq: ['custom-resolver', 'met'] },
  ],
  [
    'own DNS servers do not matter for public endpoint names (alias)',
    apiInput({}, associated),
    { ...inVpc, vpcResolver: 'custom', customResolverForwarding: false },
    'A4',
    { status: 'ready', prereq: ['custom-resolver', 'absent'] },
  ],
  [
    'an endpoint in another Region than the domain: AWS requires one Region',
    domainInput({ vpcEndpoints: [endpoint({ region: 'eu-west-1' })] }),
    inVpc,
    'B2',
    {
      status: 'blocked',
      prereq: ['same-region', 'not-met'],
      reason: /requires the execute-api endpoint and the domain in one Region/,
    },
  ],
];

describe('client needs', () => {
  it.each([...authRows, ...corsRows, ...placementRows])('%s', (_name, input, situation, id, want) => {
    expectWant(formOf(input, situation, id), want);
  });
});

describe('CORS verdict', () => {
  it.each<[string, InvokeRequest, boolean, RegExp[]]>([
    ['GET without headers', { method: 'GET', path: '/pets' }, false, []],
    [
      'POST form body',
      { method: 'POST', path: '/pets', headers: [{ name: 'Content-Type', value: 'text/plain' }] },
      false,
      [],
    ],
    ['POST JSON', POST_JSON, true, [/Content-Type application\/json/]],
    ['DELETE', { method: 'DELETE', path: '/pets' }, true, [/method DELETE/]],
    [
      'x-api-key',
      { method: 'GET', path: '/pets', headers: [{ name: 'x-api-key', value: 'k' }] },
      true,
      [/header x-api-key/],
    ],
  ])('%s: preflight %s', (_name, request, preflight, reasons) => {
    const f = formOf(apiInput({ request, cors: CORS_OPEN }, associated), browser, 'A1');
    expect(f.cors?.preflight).toBe(preflight);
    expect(f.cors?.preflightReasons).toHaveLength(reasons.length);
    reasons.forEach((r, i) => expect(f.cors?.preflightReasons[i]).toMatch(r));
  });

  it('says which gateway responses lack the header, without blocking the form', () => {
    const f = formOf(apiInput({ cors: cors({ gatewayResponses: { default4xx: ORIGIN } }) }, associated), browser, 'A1');
    expect(f.status).toBe('ready');
    expect(f.notes.join()).toMatch(/Gateway responses DEFAULT_5XX set no Access-Control-Allow-Origin/);
    expect(f.cors?.missing.join()).toMatch(/DEFAULT_5XX/);
  });
});

describe('zonal endpoint names', () => {
  it('offers the zonal names for forms on the Regional name, with the same path and headers', () => {
    const r = computeInvokeForms(domainInput(), inVpc);
    const b2 = r.forms.find((f) => f.id === 'B2')!;
    expect(b2.zonalAlternatives?.map((z) => [z.availabilityZone, z.url])).toEqual([
      ['us-east-1a', `https://${VPCE_HOST.replace('.execute-api', '-us-east-1a.execute-api')}/orders/pets`],
      ['us-east-1b', `https://${VPCE_HOST.replace('.execute-api', '-us-east-1b.execute-api')}/orders/pets`],
    ]);
    expect(r.forms.find((f) => f.id === 'B1')!.zonalAlternatives).toBeUndefined();
    const a3 = formOf(apiInput(), inVpc, 'A3');
    expect(a3.zonalAlternatives).toHaveLength(2);
    expect(formOf(apiInput(), inVpc, 'A1').zonalAlternatives).toBeUndefined();
  });
});
