import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  certificateCovers,
  certificateProblem,
  nameCovers,
  normalizeKeyAlgorithm,
  usableCertificates,
  type CertificateSummary,
} from './certificate-coverage';

const cert = (over: Partial<CertificateSummary>): CertificateSummary => ({
  arn: 'arn:aws:acm:us-east-1:111111111111:certificate/x',
  domainName: '*.internal.example.com',
  subjectAlternativeNames: ['*.internal.example.com'],
  status: 'ISSUED',
  keyAlgorithm: 'RSA_2048',
  notAfter: '2030-01-01T00:00:00.000Z',
  ...over,
});
const now = new Date('2026-11-25T00:00:00Z');

describe('nameCovers', () => {
  it.each<[string, string, boolean]>([
    ['api.example.com', 'api.example.com', true],
    ['API.example.com', 'api.EXAMPLE.com.', true],
    ['*.example.com', 'api.example.com', true],
    ['*.example.com', 'example.com', false],
    ['*.example.com', 'a.b.example.com', false],
    ['*.example.com', 'apiexample.com', false],
    ['*.b.example.com', 'a.b.example.com', true],
    ['other.example.com', 'api.example.com', false],
  ])('%s covers %s: %s', (pattern, host, want) => expect(nameCovers(pattern, host)).toBe(want));

  it('a wildcard covers exactly the names one label below it', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{1,20}$/), fc.stringMatching(/^[a-z0-9]{1,20}$/), (label, extra) => {
        expect(nameCovers('*.example.com', `${label}.example.com`)).toBe(true);
        expect(nameCovers('*.example.com', `${extra}.${label}.example.com`)).toBe(false);
      }),
    );
  });
});

describe('certificate selection', () => {
  it('matches SANs, not only the subject', () => {
    expect(
      certificateCovers(
        cert({ domainName: 'example.com', subjectAlternativeNames: ['example.com', 'api.example.com'] }),
        'api.example.com',
      ),
    ).toBe(true);
  });

  it('accepts ECDSA keys whatever the spelling', () => {
    expect(normalizeKeyAlgorithm('EC-prime256v1')).toBe(normalizeKeyAlgorithm('EC_prime256v1'));
    expect(certificateProblem(cert({ keyAlgorithm: 'EC-secp384r1' }), 'api.internal.example.com', now)).toBeUndefined();
    expect(
      certificateProblem(cert({ keyAlgorithm: 'EC_prime256v1' }), 'api.internal.example.com', now),
    ).toBeUndefined();
  });

  it.each<[Partial<CertificateSummary>, RegExp]>([
    [{ status: 'EXPIRED' }, /only ISSUED/],
    [{ status: 'PENDING_VALIDATION' }, /only ISSUED/],
    [{ notAfter: '2026-01-01T00:00:00Z' }, /expired/],
    [{ keyAlgorithm: 'RSA_4096' }, /not supported/],
    [{ keyAlgorithm: 'RSA-1024' }, /not supported/],
    [
      { domainName: 'other.example.com', subjectAlternativeNames: [] },
      /covers other.example.com, not api.internal.example.com/,
    ],
  ])('rejects %j', (over, message) =>
    expect(certificateProblem(cert(over), 'api.internal.example.com', now)).toMatch(message),
  );

  it('offers only usable certificates, longest-lived first', () => {
    const list = [
      cert({ arn: 'short', notAfter: '2027-01-01T00:00:00Z' }),
      cert({ arn: 'expired', status: 'EXPIRED' }),
      cert({ arn: 'long', notAfter: '2029-01-01T00:00:00Z', keyAlgorithm: 'EC_prime256v1' }),
      cert({ arn: 'elsewhere', domainName: 'x.other.com', subjectAlternativeNames: [] }),
    ];
    expect(usableCertificates(list, 'api.internal.example.com', now).map((c) => c.arn)).toEqual(['long', 'short']);
  });
});
