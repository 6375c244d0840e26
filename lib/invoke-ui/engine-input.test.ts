import { describe, expect, it } from 'vitest';
import { DEFAULT_SELECTION } from './selection';
import { parseQuery, toClientSituation, toInvokeRequest } from './engine-input';

describe('parseQuery', () => {
  it('decodes pairs, bare names and literal percent signs', () => {
    expect(parseQuery('?a=1&b=x%20y&flag&c=100%&d=a+b')).toEqual([
      { name: 'a', value: '1' },
      { name: 'b', value: 'x y' },
      { name: 'flag', value: '' },
      { name: 'c', value: '100%' },
      { name: 'd', value: 'a b' },
    ]);
    expect(parseQuery('')).toEqual([]);
  });
});

describe('toInvokeRequest', () => {
  it('omits empty parts and splits headers', () => {
    expect(toInvokeRequest({ ...DEFAULT_SELECTION, path: '/items' })).toEqual({ method: 'GET', path: '/items' });
    expect(
      toInvokeRequest({
        ...DEFAULT_SELECTION,
        method: 'POST',
        path: '/items',
        query: 'x=1',
        body: '{}',
        headers: ['Content-Type: application/json'],
      }),
    ).toEqual({
      method: 'POST',
      path: '/items',
      query: [{ name: 'x', value: '1' }],
      headers: [{ name: 'Content-Type', value: 'application/json' }],
      body: '{}',
    });
  });
});

describe('toClientSituation', () => {
  it('maps on-premises with resolver forwarding', () => {
    expect(
      toClientSituation(
        { ...DEFAULT_SELECTION, from: 'onprem', resolver: true, vpce: 'vpce-0a11c0de5e71000e1' },
        'vpc-1',
      ),
    ).toEqual({
      location: 'on-premises',
      client: 'server',
      vpcId: 'vpc-1',
      vpceId: 'vpce-0a11c0de5e71000e1',
      onPremResolverForwarding: true,
    });
  });

  it('passes browser clients in a VPC through', () => {
    expect(toClientSituation({ ...DEFAULT_SELECTION, client: 'browser' }, undefined)).toEqual({
      location: 'vpc',
      client: 'browser',
    });
  });
});
