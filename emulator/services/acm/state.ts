/** ACM state: per account (`byAccount`, the convention all services share), certificates keyed by ARN. */

export type CertificateType = 'AMAZON_ISSUED' | 'IMPORTED';

/** Stored statuses; EXPIRED is derived from `notAfter` and the emulator clock at read time. */
export type StoredStatus = 'ISSUED' | 'PENDING_VALIDATION' | 'FAILED' | 'REVOKED';

export interface CertificateRecord {
  certificateArn: string;
  region: string;
  domainName: string;
  /** Includes `domainName` first, as ACM lists it. */
  subjectAlternativeNames: string[];
  type: CertificateType;
  status: StoredStatus;
  /** Enum spelling (`RSA_2048`, `EC_prime256v1`); rendered with a hyphen on the wire. */
  keyAlgorithm: string;
  signatureAlgorithm: string;
  serial: string;
  subject: string;
  issuer: string;
  notBefore: string;
  notAfter: string;
  createdAt: string;
  issuedAt?: string;
  importedAt?: string;
  validationMethod?: 'DNS' | 'EMAIL';
  idempotencyToken?: string;
  tags: Record<string, string>;
}

export interface AcmAccount {
  certificates: Record<string, CertificateRecord>;
}

export interface AcmState {
  byAccount: Record<string, AcmAccount>;
}

export function emptyAcmState(): AcmState {
  return { byAccount: {} };
}

export function acmAccount(acm: AcmState, account: string): AcmAccount {
  return (acm.byAccount[account] ??= { certificates: {} });
}
