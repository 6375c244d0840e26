import { createHash } from 'node:crypto';
import { effectiveStatus } from './certificates';
import { wireKeyAlgorithm } from './key-algorithms';
import type { CertificateRecord } from './state';

const KEY_USAGES = ['DIGITAL_SIGNATURE', 'KEY_ENCIPHERMENT'];
const EXTENDED_KEY_USAGES = [
  { Name: 'TLS_WEB_SERVER_AUTHENTICATION', OID: '1.3.6.1.5.5.7.3.1' },
  { Name: 'TLS_WEB_CLIENT_AUTHENTICATION', OID: '1.3.6.1.5.5.7.3.2' },
];

const seconds = (iso: string | undefined) => (iso === undefined ? undefined : Date.parse(iso) / 1000);

/** Shared by ListCertificates summaries and DescribeCertificate. */
function common(cert: CertificateRecord, inUseBy: string[], now: Date) {
  // A certificate that was never issued has no validity period yet.
  const validity = cert.status === 'PENDING_VALIDATION' || cert.status === 'FAILED' ? undefined : cert;
  return {
    CertificateArn: cert.certificateArn,
    DomainName: cert.domainName,
    Status: effectiveStatus(cert, now),
    Type: cert.type,
    KeyAlgorithm: wireKeyAlgorithm(cert.keyAlgorithm),
    NotBefore: seconds(validity?.notBefore),
    NotAfter: seconds(validity?.notAfter),
    CreatedAt: seconds(cert.createdAt),
    IssuedAt: seconds(cert.issuedAt),
    ImportedAt: seconds(cert.importedAt),
    RenewalEligibility: cert.type === 'AMAZON_ISSUED' && inUseBy.length ? 'ELIGIBLE' : 'INELIGIBLE',
  };
}

export function certificateSummary(cert: CertificateRecord, inUseBy: string[], now: Date) {
  return {
    ...common(cert, inUseBy, now),
    SubjectAlternativeNameSummaries: cert.subjectAlternativeNames.slice(0, 100),
    HasAdditionalSubjectAlternativeNames: cert.subjectAlternativeNames.length > 100,
    KeyUsages: KEY_USAGES,
    ExtendedKeyUsages: EXTENDED_KEY_USAGES.map((u) => u.Name),
    InUse: inUseBy.length > 0,
    Exported: false,
    ExportOption: 'DISABLED',
  };
}

export function certificateDetail(cert: CertificateRecord, inUseBy: string[], now: Date) {
  return {
    ...common(cert, inUseBy, now),
    SubjectAlternativeNames: cert.subjectAlternativeNames,
    DomainValidationOptions:
      cert.type === 'AMAZON_ISSUED' ? cert.subjectAlternativeNames.map((name) => validation(cert, name)) : undefined,
    Serial: cert.serial,
    Subject: cert.subject,
    Issuer: cert.issuer,
    SignatureAlgorithm: cert.signatureAlgorithm,
    InUseBy: inUseBy,
    KeyUsages: KEY_USAGES.map((Name) => ({ Name })),
    ExtendedKeyUsages: EXTENDED_KEY_USAGES,
    Options: { CertificateTransparencyLoggingPreference: 'ENABLED', Export: 'DISABLED' },
  };
}

/** DNS validation record, stable per certificate and name like ACM's. */
function validation(cert: CertificateRecord, name: string) {
  const hash = createHash('sha256').update(`${cert.certificateArn}/${name}`).digest('hex');
  const base = name.replace(/^\*\./, '');
  return {
    DomainName: name,
    ValidationDomain: base,
    ValidationStatus: cert.status === 'ISSUED' ? 'SUCCESS' : cert.status,
    ValidationMethod: cert.validationMethod ?? 'DNS',
    ResourceRecord: {
      Name: `_${hash.slice(0, 32)}.${base}.`,
      Type: 'CNAME',
      Value: `_${hash.slice(32, 64)}.${hash.slice(0, 10)}.acm-validations.aws.`,
    },
  };
}
