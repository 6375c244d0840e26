import { randomUUID } from 'node:crypto';
import { colonHex } from '../services/acm/serial';
import type { EmulatorState } from '../core/state';
import { addCertificate } from '../services/acm/index';
import { signatureAlgorithm } from '../services/acm/pem';
import type { CertificateRecord } from '../services/acm/state';

const DAY_MS = 86_400_000;

export interface CertificateSpec {
  arn?: string;
  domainName: string;
  sans?: string[];
  keyAlgorithm?: string;
  type?: CertificateRecord['type'];
  status?: CertificateRecord['status'];
  /** Days before `now` the certificate became valid. */
  issuedDaysAgo: number;
  validityDays: number;
  tags?: Record<string, string>;
}

/**
 * Stores a certificate record directly: seeds need states RequestCertificate cannot produce (pending,
 * expired, imported without a PEM at hand).
 */
export function seedCertificate(
  state: EmulatorState,
  account: string,
  region: string,
  spec: CertificateSpec,
  now: Date,
): CertificateRecord {
  const keyAlgorithm = spec.keyAlgorithm ?? 'RSA_2048';
  const type = spec.type ?? 'AMAZON_ISSUED';
  const status = spec.status ?? 'ISSUED';
  const issued = new Date(now.getTime() - spec.issuedDaysAgo * DAY_MS);
  return addCertificate(state, account, region, {
    certificateArn: spec.arn,
    domainName: spec.domainName,
    subjectAlternativeNames: [spec.domainName, ...(spec.sans ?? [])],
    type,
    status,
    keyAlgorithm,
    signatureAlgorithm: signatureAlgorithm(keyAlgorithm),
    serial: colonHex((spec.arn ?? randomUUID()).slice(-32).replace(/-/g, '')),
    subject: `CN=${spec.domainName}`,
    issuer: type === 'IMPORTED' ? 'CN=Example Corp Internal CA,O=Example Corp' : 'CN=Amazon RSA 2048 M02,O=Amazon,C=US',
    notBefore: issued.toISOString(),
    notAfter: new Date(issued.getTime() + spec.validityDays * DAY_MS).toISOString(),
    createdAt: issued.toISOString(),
    issuedAt: type === 'AMAZON_ISSUED' && status === 'ISSUED' ? issued.toISOString() : undefined,
    importedAt: type === 'IMPORTED' ? issued.toISOString() : undefined,
    validationMethod: type === 'AMAZON_ISSUED' ? 'DNS' : undefined,
    tags: spec.tags ?? {},
  });
}
