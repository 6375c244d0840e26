import 'server-only';
import { DescribeCertificateCommand, paginateListCertificates, type KeyAlgorithm } from '@aws-sdk/client-acm';
import { DOMAIN_KEY_TYPES, type CertificateSummary } from '@/lib/domains/certificate-coverage';
import { getClients } from '../clients';
import { cachedReader } from '../read-cache';
import type { Session } from '../session';
import { isoTime } from './serialize';
import type { DomainCertificate } from '@/lib/model/certificates';

/**
 * ISSUED certificates of the Region a private domain can use. `Includes.keyTypes` is required: without it ACM
 * hides ECDSA certificates (docs/aws/gotchas.md item 20).
 */
export const listDomainCertificates = cachedReader(
  'listDomainCertificates',
  async (session: Session): Promise<DomainCertificate[]> => {
    const client = getClients(session).acm;
    const out: DomainCertificate[] = [];
    const input = {
      CertificateStatuses: ['ISSUED' as const],
      Includes: { keyTypes: [...DOMAIN_KEY_TYPES] as KeyAlgorithm[] },
    };
    for await (const page of paginateListCertificates({ client, pageSize: 1000 }, input)) {
      for (const c of page.CertificateSummaryList ?? []) {
        out.push({
          arn: c.CertificateArn ?? '',
          domainName: c.DomainName ?? '',
          subjectAlternativeNames: c.SubjectAlternativeNameSummaries ?? [c.DomainName ?? ''],
          status: c.Status ?? 'UNKNOWN',
          keyAlgorithm: c.KeyAlgorithm,
          type: c.Type,
          notAfter: isoTime(c.NotAfter),
          inUse: c.InUse,
          hasMoreNames: c.HasAdditionalSubjectAlternativeNames ?? false,
        });
      }
    }
    return out;
  },
);

/**
 * One certificate with every name it covers: re-checks the operator's choice before creating a domain, and tells the
 * invoke answer whether a domain's certificate still completes a handshake (reused like the other reads).
 */
export const describeCertificate = cachedReader(
  'describeCertificate',
  async (session: Session, arn: string): Promise<CertificateSummary> => {
    const { Certificate: c } = await getClients(session).acm.send(
      new DescribeCertificateCommand({ CertificateArn: arn }),
    );
    return {
      arn,
      domainName: c?.DomainName ?? '',
      subjectAlternativeNames: c?.SubjectAlternativeNames ?? [],
      status: c?.Status ?? 'UNKNOWN',
      keyAlgorithm: c?.KeyAlgorithm,
      type: c?.Type,
      notAfter: isoTime(c?.NotAfter),
      inUse: (c?.InUseBy ?? []).length > 0,
    };
  },
);
