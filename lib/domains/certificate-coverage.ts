import { normalizeDomainName } from './domain-name';

/**
 * Which ACM certificates can serve a private custom domain (docs/aws/resources.md#private-custom-domain-name, docs/aws/api-operations.md#acm): ISSUED, RSA-2048 or ECDSA
 * P-256/P-384, and a subject name or SAN that covers the domain. A wildcard SAN covers exactly one extra
 * leftmost label: `*.example.com` covers `api.example.com`, not `example.com` nor `a.b.example.com`.
 */

export interface CertificateSummary {
  arn: string;
  domainName: string;
  subjectAlternativeNames: string[];
  status: string;
  keyAlgorithm?: string;
  type?: string;
  notAfter?: string;
  inUse?: boolean;
}

/** ListCertificates spells key types `RSA_2048`, DescribeCertificate `RSA-2048` (docs/aws/gotchas.md item 20); compare normalised. */
export function normalizeKeyAlgorithm(raw: string | undefined): string | undefined {
  return raw?.trim().toUpperCase().replace(/-/g, '_');
}

/** ListCertificates filter: without it ACM hides ECDSA certificates. */
export const DOMAIN_KEY_TYPES = ['RSA_2048', 'EC_prime256v1', 'EC_secp384r1'] as const;
const ACCEPTED_KEYS = new Set(DOMAIN_KEY_TYPES.map((k) => normalizeKeyAlgorithm(k)));

export function keyAlgorithmLabel(raw: string | undefined): string {
  switch (normalizeKeyAlgorithm(raw)) {
    case 'RSA_2048':
      return 'RSA 2048';
    case 'EC_PRIME256V1':
      return 'ECDSA P-256';
    case 'EC_SECP384R1':
      return 'ECDSA P-384';
    default:
      return raw ?? 'unknown';
  }
}

/** Does one certificate name (exact or `*.` wildcard) cover the host name? */
export function nameCovers(certificateName: string, host: string): boolean {
  const pattern = normalizeDomainName(certificateName);
  const name = normalizeDomainName(host);
  if (pattern === '' || name === '') return false;
  if (!pattern.startsWith('*.')) return pattern === name;
  const suffix = pattern.slice(1); // ".example.com"
  if (!name.endsWith(suffix)) return false;
  const leftmost = name.slice(0, -suffix.length);
  return leftmost !== '' && !leftmost.includes('.');
}

export function certificateCovers(
  cert: Pick<CertificateSummary, 'domainName' | 'subjectAlternativeNames'>,
  host: string,
): boolean {
  return [cert.domainName, ...cert.subjectAlternativeNames].some((n) => nameCovers(n, host));
}

/** Why a certificate cannot be used for `host` (first reason), or `undefined` when it can. */
export function certificateProblem(cert: CertificateSummary, host: string, now: Date = new Date()): string | undefined {
  if (cert.status !== 'ISSUED') return `The certificate is ${cert.status}; only ISSUED certificates can be used.`;
  if (cert.notAfter && new Date(cert.notAfter).getTime() <= now.getTime()) return 'The certificate has expired.';
  const key = normalizeKeyAlgorithm(cert.keyAlgorithm);
  if (key && !ACCEPTED_KEYS.has(key))
    return `Key type ${keyAlgorithmLabel(cert.keyAlgorithm)} is not supported; use RSA 2048 or ECDSA P-256/P-384.`;
  if (!certificateCovers(cert, host)) {
    return `The certificate covers ${[cert.domainName, ...cert.subjectAlternativeNames.filter((n) => n !== cert.domainName)].join(', ')}, not ${normalizeDomainName(host)}.`;
  }
  return undefined;
}

/** Certificates usable for `host`, soonest expiry last so the longest-lived one is offered first. */
export function usableCertificates(
  certs: CertificateSummary[],
  host: string,
  now: Date = new Date(),
): CertificateSummary[] {
  return certs
    .filter((c) => certificateProblem(c, host, now) === undefined)
    .sort((a, b) => (b.notAfter ?? '').localeCompare(a.notAfter ?? ''));
}
