import { describe, expect, it } from 'vitest';
import { associationDiagnoseHref, diagnoseHref, readDiagnoseParams, type DiagnoseParams } from './question';

describe('readDiagnoseParams', () => {
  it.each<[Record<string, string>, DiagnoseParams]>([
    [{}, {}],
    [{ status: '403' }, { symptom: { kind: 'status', status: 403 } }],
    [{ status: '403', message: 'Forbidden' }, { symptom: { kind: 'status', status: 403, message: 'Forbidden' } }],
    [{ status: '99' }, {}],
    [{ status: 'abc' }, {}],
    [{ symptom: 'timeout' }, { symptom: { kind: 'timeout' } }],
    [
      { symptom: 'tls', form: 'B1' },
      { symptom: { kind: 'tls' }, form: 'B1' },
    ],
    [{ form: 'Z9' }, {}],
    [
      { endpointAccount: '222222222222', signed: 'no' },
      { clientAccount: '222222222222', signed: false },
    ],
    [{ endpointAccount: 'someone', client: 'browser', signed: 'maybe' }, {}],
  ])('%j', (params, expected) => {
    expect(readDiagnoseParams(params)).toEqual(expected);
  });
});

describe('diagnoseHref', () => {
  it('keeps the /invoke question and adds the form', () => {
    expect(diagnoseHref('/invoke?target=api&api=a1b2c3d4e5', 'A1')).toBe('/diagnose?target=api&api=a1b2c3d4e5&form=A1');
  });

  it("names the endpoint's account when another account's endpoint calls", () => {
    expect(diagnoseHref('/invoke?target=domain', 'B1', '222222222222')).toBe(
      '/diagnose?target=domain&form=B1&endpointAccount=222222222222',
    );
  });
});

describe('associationDiagnoseHref', () => {
  const domain = { domainName: 'api.example.com', domainNameId: 'abc123' };
  it.each([
    [{ vpceId: 'vpce-1', accountId: '222222222222', own: false }, '&endpointAccount=222222222222'],
    [{ vpceId: 'vpce-1', accountId: '111111111111', own: true }, ''],
  ])('%j', (association, suffix) => {
    expect(associationDiagnoseHref(domain, association)).toBe(
      `/diagnose?target=domain&domain=api.example.com&domainId=abc123&vpce=vpce-1&form=B1${suffix}`,
    );
  });
});
