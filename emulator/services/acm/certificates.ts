import { colonHex } from './serial';
import { randomUUID } from 'node:crypto';
import { AwsError } from '../../core/types';
import { REQUESTABLE_KEY_ALGORITHMS } from './key-algorithms';
import { parseImportedCertificate, signatureAlgorithm } from './pem';
import { acmAccount, type AcmState, type CertificateRecord, type StoredStatus } from './state';
import { entry } from '../../core/entry';

const DOMAIN_PATTERN = /^(\*\.)?(((?!-)[A-Za-z0-9-]{0,62}[A-Za-z0-9])\.)+((?!-)[A-Za-z0-9-]{1,62}[A-Za-z0-9])$/;
/** Amazon-issued certificates are valid for 395 days. */
const AMAZON_VALIDITY_MS = 395 * 24 * 3600 * 1000;
const IDEMPOTENCY_WINDOW_MS = 3600 * 1000;

export type EffectiveStatus = StoredStatus | 'EXPIRED';

export function effectiveStatus(cert: CertificateRecord, now: Date): EffectiveStatus {
  return cert.status === 'ISSUED' && now.getTime() > Date.parse(cert.notAfter) ? 'EXPIRED' : cert.status;
}

export interface RequestCertificateInput {
  domainName: string;
  subjectAlternativeNames?: string[];
  keyAlgorithm?: string;
  validationMethod?: 'DNS' | 'EMAIL';
  idempotencyToken?: string;
  tags?: Record<string, string>;
}

/** Issued at once: the emulator has no DNS validation to wait for (documented deviation). */
export function requestCertificate(
  s: { acm: AcmState },
  account: string,
  region: string,
  input: RequestCertificateInput,
  now: Date,
): CertificateRecord {
  const names = [input.domainName, ...(input.subjectAlternativeNames ?? []).filter((n) => n !== input.domainName)];
  for (const name of names) {
    if (name.length > 253 || !DOMAIN_PATTERN.test(name)) {
      throw new AwsError(
        'ValidationException',
        400,
        `1 validation error detected: Value '${name}' at 'domainName' failed to satisfy constraint: Member must satisfy regular expression pattern: ${DOMAIN_PATTERN.source}`,
      );
    }
  }
  const keyAlgorithm = input.keyAlgorithm ?? 'RSA_2048';
  if (!REQUESTABLE_KEY_ALGORITHMS.includes(keyAlgorithm)) {
    throw new AwsError(
      'ValidationException',
      400,
      `1 validation error detected: Value '${keyAlgorithm}' at 'keyAlgorithm' failed to satisfy constraint: Member must satisfy enum value set: [${REQUESTABLE_KEY_ALGORITHMS.join(', ')}]`,
    );
  }
  const certificates = acmAccount(s.acm, account).certificates;
  if (input.idempotencyToken) {
    const previous = Object.values(certificates).find(
      (c) =>
        c.region === region &&
        c.idempotencyToken === input.idempotencyToken &&
        c.domainName === input.domainName &&
        now.getTime() - Date.parse(c.createdAt) < IDEMPOTENCY_WINDOW_MS,
    );
    if (previous) return previous;
  }
  return addCertificate(s, account, region, {
    domainName: input.domainName,
    subjectAlternativeNames: names,
    type: 'AMAZON_ISSUED',
    status: 'ISSUED',
    keyAlgorithm,
    signatureAlgorithm: signatureAlgorithm(keyAlgorithm),
    serial: randomSerial(),
    subject: `CN=${input.domainName}`,
    issuer: 'Amazon',
    notBefore: now.toISOString(),
    notAfter: new Date(now.getTime() + AMAZON_VALIDITY_MS).toISOString(),
    createdAt: now.toISOString(),
    issuedAt: now.toISOString(),
    validationMethod: input.validationMethod ?? 'DNS',
    idempotencyToken: input.idempotencyToken,
    tags: input.tags ?? {},
  });
}

export interface ImportCertificateInput {
  certificatePem: string;
  privateKeyPem: string;
  /** Re-import over an existing imported certificate. */
  certificateArn?: string;
  tags?: Record<string, string>;
}

export function importCertificate(
  s: { acm: AcmState },
  account: string,
  region: string,
  input: ImportCertificateInput,
  now: Date,
): CertificateRecord {
  const parsed = parseImportedCertificate(input.certificatePem, input.privateKeyPem);
  const fields = {
    ...parsed,
    notBefore: parsed.notBefore.toISOString(),
    notAfter: parsed.notAfter.toISOString(),
    type: 'IMPORTED' as const,
    status: 'ISSUED' as const,
    importedAt: now.toISOString(),
  };
  if (input.certificateArn) {
    const existing = findCertificate(s, account, region, input.certificateArn);
    if (existing.type !== 'IMPORTED') {
      throw new AwsError(
        'ValidationException',
        400,
        `Certificate ${input.certificateArn} was not imported and cannot be re-imported.`,
      );
    }
    if (input.tags && Object.keys(input.tags).length) {
      throw new AwsError('InvalidParameterException', 400, 'Tags cannot be specified when re-importing a certificate.');
    }
    return Object.assign(existing, fields);
  }
  return addCertificate(s, account, region, { ...fields, createdAt: now.toISOString(), tags: input.tags ?? {} });
}

/** Stores a certificate as given; seeds use it directly for states the API cannot produce (pending, expired). */
export function addCertificate(
  s: { acm: AcmState },
  account: string,
  region: string,
  fields: Omit<CertificateRecord, 'certificateArn' | 'region'> & { certificateArn?: string },
): CertificateRecord {
  const certificateArn = fields.certificateArn ?? `arn:aws:acm:${region}:${account}:certificate/${randomUUID()}`;
  const record: CertificateRecord = { ...fields, certificateArn, region };
  acmAccount(s.acm, account).certificates[certificateArn] = record;
  return record;
}

const ARN_PATTERN = /^arn:aws[\w-]*:acm:([a-z0-9-]+):(\d{12}):certificate\/[0-9a-f-]+$/;

export function findCertificate(s: { acm: AcmState }, account: string, region: string, arn: string): CertificateRecord {
  if (!ARN_PATTERN.test(arn)) throw new AwsError('InvalidArnException', 400, `String '${arn}' is not a valid ARN.`);
  const certificates = entry(s.acm.byAccount, account)?.certificates;
  const cert = certificates && entry(certificates, arn);
  if (!cert || cert.region !== region) {
    throw new AwsError('ResourceNotFoundException', 400, `Could not find certificate ${arn}.`);
  }
  return cert;
}

function randomSerial(): string {
  return colonHex(randomUUID().replace(/-/g, ''));
}
