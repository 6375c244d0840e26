import { describe, expect, it } from 'vitest';
import { isComplete, withDefaults, type EndpointChoice } from './choices';
import { DEFAULT_SELECTION } from './selection';

const endpoint = (id: string, over: Partial<EndpointChoice> = {}): EndpointChoice => ({
  id,
  vpcId: 'vpc-1',
  privateDnsEnabled: false,
  state: 'available',
  ...over,
});

describe('withDefaults', () => {
  it('picks prod (else the first stage) and an available endpoint with private DNS for an API', () => {
    const s = withDefaults(
      { ...DEFAULT_SELECTION, target: 'api', api: 'k7x2m9p4qa' },
      {
        stages: ['staging', 'prod'],
        endpoints: [
          endpoint('vpce-pending', { state: 'pending', privateDnsEnabled: true }),
          endpoint('vpce-off'),
          endpoint('vpce-on', { privateDnsEnabled: true }),
        ],
      },
    );
    expect([s.stage, s.vpce]).toEqual(['prod', 'vpce-on']);
    expect(
      withDefaults({ ...DEFAULT_SELECTION, target: 'api', api: 'k7x2m9p4qa' }, { stages: ['v1', 'v2'] }).stage,
    ).toBe('v1');
  });

  it('takes the first mapping of an own domain and the catch-all for a shared one', () => {
    const base = { ...DEFAULT_SELECTION, target: 'domain' as const, domain: 'a.example.com', domainId: 'x1' };
    expect(
      withDefaults(base, { basePaths: [{ basePath: 'orders', restApiId: 'k7x2m9p4qa', stage: 'prod' }] }).basePath,
    ).toBe('orders');
    expect(withDefaults(base, {}).basePath).toBe('(none)');
  });

  it('keeps what the link says and picks no endpoint for the public internet', () => {
    const s = { ...DEFAULT_SELECTION, target: 'api' as const, api: 'k7x2m9p4qa', stage: 'v2', vpce: 'vpce-mine' };
    expect(withDefaults(s, { stages: ['prod'], endpoints: [endpoint('vpce-other')] })).toEqual(s);
    expect(
      withDefaults({ ...DEFAULT_SELECTION, from: 'internet' }, { endpoints: [endpoint('vpce-other')] }).vpce,
    ).toBeUndefined();
  });
});

describe('isComplete', () => {
  it('needs the stage of an API and the base path of a domain', () => {
    expect(isComplete({ ...DEFAULT_SELECTION, target: 'api', api: 'k7x2m9p4qa' })).toBe(false);
    expect(isComplete({ ...DEFAULT_SELECTION, target: 'api', api: 'k7x2m9p4qa', stage: 'prod' })).toBe(true);
    expect(isComplete({ ...DEFAULT_SELECTION, target: 'domain', domain: 'a.example.com', domainId: 'x1' })).toBe(false);
    expect(
      isComplete({
        ...DEFAULT_SELECTION,
        target: 'domain',
        domain: 'a.example.com',
        domainId: 'x1',
        basePath: '(none)',
      }),
    ).toBe(true);
    expect(isComplete(DEFAULT_SELECTION)).toBe(false);
  });
});
