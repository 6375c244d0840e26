import 'server-only';
import { getCallerIdentity } from '@/lib/aws/identity';
import { listDomainCertificates } from '@/lib/aws/read/certificates';
import { listOwnDomains } from '@/lib/aws/read/domains';
import type { Session } from '@/lib/aws/session';
import { CREATION_TOKEN_TAG } from '@/lib/aws/write/domain-names';
import type { DomainCertificate } from '@/lib/model/certificates';
import { isPrivateDomain } from '@/lib/model/domains';
import { section, type Section } from '@/lib/result';

type DomainRef = { domainName: string; domainNameId: string };

/** What `/domains/new` reads on the server for the wizard (APIs, endpoints and shares load when their list opens). */
export interface CreationStart {
  accountId?: string;
  certificates: Section<DomainCertificate[]>;
  ownPrivateDomains: Section<DomainRef[]>;
  /** The domain a run with this token already created (a creation link opened in another tab or browser). */
  created?: DomainRef;
}

/** Three account-wide lists (identity, certificates, own domains), each failing on its own. */
export async function loadCreationStart(session: Session, token: string): Promise<CreationStart> {
  const [identity, certificates, domains] = await Promise.all([
    section(() => getCallerIdentity(session), { operation: 'sts:GetCallerIdentity' }),
    section(() => listDomainCertificates(session), { operation: 'acm:ListCertificates' }),
    section(() => listOwnDomains(session), { operation: 'apigateway:GetDomainNames' }),
  ]);
  const ref = (d: { domainName: string; domainNameId?: string }): DomainRef[] =>
    d.domainNameId ? [{ domainName: d.domainName, domainNameId: d.domainNameId }] : [];
  return {
    accountId: identity.ok ? identity.data.account : undefined,
    certificates,
    ownPrivateDomains: domains.ok ? { ok: true, data: domains.data.filter(isPrivateDomain).flatMap(ref) } : domains,
    created: domains.ok
      ? domains.data
          .filter((d) => d.tags[CREATION_TOKEN_TAG] === token)
          .flatMap(ref)
          .at(0)
      : undefined,
  };
}
