import 'server-only';
import { listOwnDomains, listSharedDomains } from '@/lib/aws/read/domains';
import type { Session } from '@/lib/aws/session';
import { isPrivateDomain, type Domain } from '@/lib/model/domains';
import { section } from '@/lib/result';

/** What `/domains` reads: the private domains this account owns and those shared with it (one list call each). */
export function loadDomainListSections(session: Session) {
  return {
    owned: section(
      async () => (await listOwnDomains(session)).filter(isPrivateDomain) as (Domain & { domainNameId: string })[],
      { operation: 'apigateway:GetDomainNames' },
    ),
    shared: section(() => listSharedDomains(session), {
      operation: 'apigateway:GetDomainNames (resourceOwner OTHER_ACCOUNTS)',
    }),
  };
}
