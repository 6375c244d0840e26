import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SELECTION,
  HTTP_METHODS,
  invokeHref,
  parseSelection,
  rawFromSearchParams,
  selectionToSearch,
  type InvokeSelection,
} from './selection';

function parse(params: Record<string, string | string[]>) {
  return parseSelection(rawFromSearchParams(params));
}

describe('parseSelection', () => {
  it('reads the consumer link of the design notes', () => {
    const r = parse({
      target: 'domain',
      domain: 'API.internal.example.com.',
      domainId: 'k3x9q2ab',
      basePath: '/orders/',
      vpce: 'vpce-0c22c0de5e72000e1',
      client: 'server',
      auth: 'none',
      method: 'get',
      path: '/items',
    });
    expect(r).toEqual({
      ok: true,
      selection: {
        ...DEFAULT_SELECTION,
        target: 'domain',
        domain: 'api.internal.example.com',
        domainId: 'k3x9q2ab',
        basePath: 'orders',
        vpce: 'vpce-0c22c0de5e72000e1',
        auth: 'none',
        method: 'GET',
        path: '/items',
      },
    });
  });

  it('fills defaults for an empty link', () => {
    expect(parse({})).toEqual({ ok: true, selection: DEFAULT_SELECTION });
  });

  it('treats an empty base path as the catch-all mapping', () => {
    const r = parse({ target: 'domain', domain: 'a.example.com', domainId: 'x1', basePath: '' });
    expect(r.ok && r.selection.basePath).toBe('(none)');
  });

  it('names the field and the fix for each bad value', () => {
    const r = parse({
      target: 'stage',
      api: 'ABC',
      apiAccount: '1111',
      vpce: 'vpc-123',
      domain: 'https://x.example.com/',
      basePath: 'a/b',
      from: 'mars',
      method: 'FETCH',
      path: 'items?x=1',
      header: ['Host: evil.example.com', 'no colon'],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.target).toMatch(/Target must be one of api, domain/);
    expect(r.errors.api).toMatch(/10 lowercase letters or digits/);
    expect(r.errors.apiAccount).toMatch(/API owner account: 12 digits/);
    expect(r.errors.vpce).toMatch(/not a VPC endpoint id/);
    expect(r.errors.domain).toMatch(/without https:\/\//);
    expect(r.errors.basePath).toMatch(/one path segment/);
    expect(r.errors.from).toMatch(/Client location must be one of vpc, onprem, internet/);
    expect(r.errors.method).toMatch(/Method must be one of GET/);
    expect(r.errors.path).toMatch(/starts with \//);
    expect(r.errors.headers).toMatch(/Host is set by the invoke form itself/);
    const resolver = parse({ resolver: 'maybe' });
    expect(!resolver.ok && resolver.errors.resolver).toMatch(/1 \(yes\) or 0 \(no\)/);
  });

  it('rejects a query string inside the path', () => {
    const r = parse({ path: '/items?x=1' });
    expect(!r.ok && r.errors.path).toMatch(/Query field/);
  });

  it('rejects a body on a GET', () => {
    const r = parse({ method: 'GET', body: '{"a":1}' });
    expect(!r.ok && r.errors.body).toMatch(/GET requests carry no body/);
    expect(parse({ method: 'POST', body: '{"a":1}' }).ok).toBe(true);
  });

  it('rejects x-apigw-api-id as an operator header and a header without a colon', () => {
    const apiId = parse({ header: 'x-apigw-api-id: abc' });
    expect(!apiId.ok && apiId.errors.headers).toMatch(/x-apigw-api-id is set by the invoke form/);
    const noColon = parse({ header: 'Authorization' });
    expect(!noColon.ok && noColon.errors.headers).toMatch(/Name: value/);
  });

  it('keeps the first value of a repeated single parameter', () => {
    const r = parse({ method: ['POST', 'GET'] });
    expect(r.ok && r.selection.method).toBe('POST');
  });
});

describe('selectionToSearch', () => {
  it('writes a canonical link without empty values', () => {
    const s: InvokeSelection = {
      ...DEFAULT_SELECTION,
      target: 'api',
      api: 'k7x2m9p4qa',
      apiAccount: '111111111111',
      stage: 'prod',
      vpce: 'vpce-0a11c0de5e71000e1',
      auth: 'iam',
      path: '/orders/1',
      query: 'a=1',
      headers: ['Accept: application/json'],
    };
    expect(invokeHref(s)).toBe(
      '/invoke?target=api&api=k7x2m9p4qa&apiAccount=111111111111&stage=prod&vpce=vpce-0a11c0de5e71000e1&from=vpc&client=server&auth=iam&method=GET&path=%2Forders%2F1&query=a%3D1&header=Accept%3A+application%2Fjson',
    );
  });

  it('drops fields of the other target kind and the resolver flag outside on-premises', () => {
    const s: InvokeSelection = {
      ...DEFAULT_SELECTION,
      target: 'api',
      api: 'k7x2m9p4qa',
      domain: 'a.example.com',
      resolver: true,
    };
    expect(selectionToSearch(s)).not.toMatch(/domain=|resolver=/);
  });

  it('round-trips every valid selection through the URL', () => {
    const id = (chars: string, n: number) =>
      fc.string({ unit: fc.constantFrom(...chars.split('')), minLength: n, maxLength: n });
    const selection = fc.record({
      target: fc.constantFrom('api' as const, 'domain' as const),
      api: id('abcdefghijklmnopqrstuvwxyz0123456789', 10),
      stage: fc.constantFrom('prod', 'v1', 'staging_2'),
      domain: fc.constantFrom('api.internal.example.com', 'x.y.example.org'),
      domainId: id('abcdef0123456789', 8),
      basePath: fc.constantFrom('(none)', 'orders', "a$b-_.+!*'()"),
      vpce: id('0123456789abcdef', 17).map((h) => `vpce-${h}`),
      from: fc.constantFrom('vpc' as const, 'onprem' as const, 'internet' as const),
      resolver: fc.constantFrom(true, false, undefined),
      client: fc.constantFrom('server' as const, 'browser' as const),
      auth: fc.constantFrom('none' as const, 'iam' as const, undefined),
      method: fc.constantFrom(...HTTP_METHODS),
      path: fc.string({ maxLength: 30 }).map((p) => `/${p.replace(/[?#]/g, '').trim()}`),
      query: fc.constantFrom('', 'a=1&b=x%20y', 'flag'),
      body: fc.constantFrom('', '{"qty": 2}'),
      headers: fc.array(fc.constantFrom('Accept: application/json', 'Authorization: Bearer abc'), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(selection, (raw) => {
        const s: InvokeSelection = {
          ...raw,
          body: ['GET', 'HEAD', 'OPTIONS'].includes(raw.method) ? '' : raw.body,
          path: raw.path.trim() === '/' ? '/' : raw.path,
        };
        if (s.target === 'api') Object.assign(s, { domain: undefined, domainId: undefined, basePath: undefined });
        else Object.assign(s, { api: undefined, stage: undefined });
        if (s.from !== 'onprem') s.resolver = undefined;
        const params = Object.fromEntries(
          [...new URLSearchParams(selectionToSearch(s)).keys()].map((k) => [
            k,
            new URLSearchParams(selectionToSearch(s)).getAll(k),
          ]),
        );
        const back = parseSelection(
          rawFromSearchParams(
            Object.fromEntries(
              Object.entries(params).map(([k, v]) => [k, v.length === 1 && k !== 'header' ? v[0] : v]),
            ),
          ),
        );
        expect(back).toEqual({
          ok: true,
          selection: Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)),
        });
      }),
    );
  });
});
