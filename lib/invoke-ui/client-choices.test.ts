import { describe, expect, it } from 'vitest';
import type { MethodDetails } from '@/lib/model/method-details';
import { chosenAuthorization, identitySourceOf, toClientSituation } from './engine-input';
import { corsInfo, readAuthorization } from './method-facts';
import {
  DEFAULT_SELECTION,
  parseSelection,
  rawFromSearchParams,
  selectionToSearch,
  type InvokeSelection,
} from './selection';

/** The client-situation choices of the invoke link (origin, own DNS servers, authorization) and the method facts. */

function parse(params: Record<string, string>) {
  return parseSelection(rawFromSearchParams(params));
}

describe('the link: origin, DNS resolver, authorization', () => {
  it.each([
    [
      { client: 'browser', origin: 'https://App.Example.com' },
      { client: 'browser', origin: 'https://app.example.com' },
    ],
    [
      { client: 'browser', origin: 'http://localhost:3000/' },
      { client: 'browser', origin: 'http://localhost:3000' },
    ],
    [
      { dns: 'custom', resolver: '0' },
      { dns: 'custom', resolver: false },
    ],
    [
      { auth: 'request', identity: 'X-Tenant, ?session', apiKey: '1' },
      { auth: 'request', identity: 'X-Tenant, ?session', apiKey: true },
    ],
  ])('reads %j', (params, want) => {
    expect(parse(params)).toEqual({ ok: true, selection: { ...DEFAULT_SELECTION, ...want } });
  });

  it.each([
    [{ origin: 'https://app.example.com/page' }, 'origin', /only scheme, host and port: https:\/\/app\.example\.com/],
    [{ origin: 'app.example.com' }, 'origin', /not an origin/],
    [{ origin: 'ftp://files.example.com' }, 'origin', /https:\/\/ or http:\/\//],
    [{ auth: 'oauth' }, 'auth', /Authorization must be one of none, iam, cognito, token, request/],
    [{ identity: 'X Token' }, 'identity', /Identity sources: header names/],
    [{ apiKey: 'yes' }, 'apiKey', /API key must be 1/],
    [{ dns: 'bind' }, 'dns', /VPC DNS resolver must be one of amazon, custom/],
  ])('refuses %j on its field', (params, field, message) => {
    const r = parse(params);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[field as keyof typeof r.errors]).toMatch(message);
  });

  it('writes back only what applies to the situation', () => {
    const s: InvokeSelection = {
      ...DEFAULT_SELECTION,
      from: 'vpc',
      dns: 'custom',
      resolver: true,
      client: 'server',
      origin: 'https://app.example.com',
      auth: 'iam',
      identity: 'X-Token',
    };
    expect(selectionToSearch(s)).toBe('from=vpc&dns=custom&resolver=1&client=server&auth=iam&method=GET&path=%2F');
    expect(selectionToSearch({ ...s, client: 'browser', auth: 'token' })).toContain(
      'client=browser&origin=https%3A%2F%2Fapp.example.com&auth=token&identity=X-Token',
    );
  });
});

describe('toClientSituation', () => {
  it('passes own DNS servers with their forwarding, and the origin for browsers only', () => {
    const vpc = toClientSituation({ ...DEFAULT_SELECTION, dns: 'custom', resolver: false }, 'vpc-1');
    expect(vpc).toMatchObject({ vpcResolver: 'custom', customResolverForwarding: false });
    expect(vpc.onPremResolverForwarding).toBeUndefined();
    expect(toClientSituation({ ...DEFAULT_SELECTION, origin: 'https://a.example' }, undefined).origin).toBeUndefined();
    expect(
      toClientSituation({ ...DEFAULT_SELECTION, client: 'browser', origin: 'https://a.example' }, undefined).origin,
    ).toBe('https://a.example');
  });
});

describe('chosenAuthorization', () => {
  it.each([
    [undefined, undefined, undefined],
    ['none', undefined, { authorizationType: 'NONE' }],
    ['iam', undefined, { authorizationType: 'AWS_IAM' }],
    [
      'cognito',
      undefined,
      {
        authorizationType: 'COGNITO_USER_POOLS',
        authorizer: { type: 'COGNITO_USER_POOLS', identitySource: 'method.request.header.Authorization' },
      },
    ],
    [
      'request',
      'X-Tenant, ?session',
      {
        authorizationType: 'CUSTOM',
        authorizer: {
          type: 'REQUEST',
          identitySource: 'method.request.header.X-Tenant, method.request.querystring.session',
        },
      },
    ],
  ] as const)('%s with identity %s', (auth, identity, want) => {
    const got = chosenAuthorization({ ...DEFAULT_SELECTION, auth, identity });
    if (want === undefined) expect(got).toBeUndefined();
    else expect(got).toEqual({ known: true, source: 'chosen', apiKeyRequired: false, ...want });
  });

  it('adds the API key', () => {
    expect(chosenAuthorization({ ...DEFAULT_SELECTION, auth: 'none', apiKey: true })).toMatchObject({
      apiKeyRequired: true,
    });
    expect(identitySourceOf(undefined)).toBe('method.request.header.Authorization');
  });
});

const method = (over: Partial<MethodDetails>): MethodDetails => ({
  resourcePath: '/orders/search',
  httpMethod: 'POST',
  authorizationType: 'NONE',
  apiKeyRequired: false,
  integrationType: 'MOCK',
  staticResponseHeaders: {},
  ...over,
});

describe('method facts', () => {
  it('reads the authorizer, and leaves an unreadable one out', () => {
    const m = method({ authorizationType: 'CUSTOM', authorizerId: 'a1', apiKeyRequired: true });
    expect(
      readAuthorization(m, { id: 'a1', name: 'p', type: 'TOKEN', identitySource: 'method.request.header.X' }),
    ).toEqual({
      known: true,
      source: 'method',
      authorizationType: 'CUSTOM',
      apiKeyRequired: true,
      authorizer: { type: 'TOKEN', name: 'p', identitySource: 'method.request.header.X' },
    });
    expect(readAuthorization(m, undefined)).not.toHaveProperty('authorizer');
  });

  it.each([
    ['no OPTIONS method', undefined, null, { preflight: null }],
    [
      'a MOCK OPTIONS with static headers',
      undefined,
      method({
        httpMethod: 'OPTIONS',
        staticResponseHeaders: { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'Content-Type' },
      }),
      {
        preflight: {
          authorizationType: 'NONE',
          apiKeyRequired: false,
          headers: { allowOrigin: '*', allowHeaders: 'Content-Type' },
        },
      },
    ],
    [
      'a proxy OPTIONS: the backend answers',
      undefined,
      method({ httpMethod: 'OPTIONS', integrationType: 'HTTP_PROXY' }),
      { preflight: { authorizationType: 'NONE', apiKeyRequired: false } },
    ],
    ['a proxy method: the backend answers', method({ integrationType: 'AWS_PROXY' }), undefined, { actual: 'backend' }],
    [
      'a mapped origin on the method',
      method({ staticResponseHeaders: { 'access-control-allow-origin': 'https://a.example' } }),
      undefined,
      { actual: { allowOrigin: 'https://a.example' } },
    ],
  ] as const)('%s', (_name, called, options, want) => {
    expect(corsInfo('/orders/search', called, options, undefined)).toEqual({ resourcePath: '/orders/search', ...want });
  });
});
