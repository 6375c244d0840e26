import type { CertificateSummary } from '@/lib/domains/certificate-coverage';

export interface DomainCertificate extends CertificateSummary {
  /** ListCertificates returns at most 100 SANs; when there are more, only DescribeCertificate tells. */
  hasMoreNames: boolean;
}
