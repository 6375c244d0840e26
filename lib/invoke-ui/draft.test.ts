import { describe, expect, it } from 'vitest';
import { draftFromSelection, draftToRaw, mergeEdits, withLinkValues } from './draft';
import { DEFAULT_SELECTION, parseSelection, type InvokeSelection } from './selection';

describe('draft', () => {
  it('round-trips a selection through the form state', () => {
    const s: InvokeSelection = {
      ...DEFAULT_SELECTION,
      target: 'domain',
      domain: 'api.internal.example.com',
      domainId: 'k3x9q2ab',
      basePath: 'orders',
      vpce: 'vpce-0c22c0de5e72000e1',
      from: 'onprem',
      resolver: false,
      method: 'POST',
      path: '/items',
      body: '{}',
      headers: ['Accept: application/json', 'X-Trace: 1'],
    };
    expect(parseSelection(draftToRaw(draftFromSelection(s)))).toEqual({ ok: true, selection: s });
  });

  it('ignores fields of the other target kind and blank header lines', () => {
    const d = {
      ...draftFromSelection(DEFAULT_SELECTION),
      target: 'api',
      api: 'k7x2m9p4qa',
      stage: 'prod',
      domain: 'not a domain',
      headersText: '\nAccept: */*\n\n',
    };
    const r = parseSelection(draftToRaw(d));
    expect(r).toEqual({
      ok: true,
      selection: { ...DEFAULT_SELECTION, target: 'api', api: 'k7x2m9p4qa', stage: 'prod', headers: ['Accept: */*'] },
    });
  });

  it('drops the resolver answer outside on-premises', () => {
    const d = { ...draftFromSelection(DEFAULT_SELECTION), resolver: '1' };
    expect(parseSelection(draftToRaw(d))).toEqual({ ok: true, selection: DEFAULT_SELECTION });
  });
});

describe('mergeEdits', () => {
  it('takes the answer but keeps what the operator typed after sending', () => {
    const sent = {
      ...draftFromSelection(DEFAULT_SELECTION),
      target: 'domain',
      domain: 'a.example.com',
      domainId: 'x1',
    };
    const answered = { ...sent, basePath: '(none)', vpce: 'vpce-0c22c0de5e72000e1' };
    const current = { ...sent, path: '/orders' };
    expect(mergeEdits(answered, sent, current)).toEqual({ ...answered, path: '/orders' });
  });
});

describe('withLinkValues', () => {
  it('shows the rejected text of the invalid fields only', () => {
    const d = draftFromSelection(DEFAULT_SELECTION);
    expect(
      withLinkValues(d, { path: 'orders', api: 'Orders', headers: ['Host: x'], method: 'GET' }, [
        'path',
        'api',
        'headers',
      ]),
    ).toEqual({ ...d, path: 'orders', api: 'Orders', headersText: 'Host: x' });
  });
});
