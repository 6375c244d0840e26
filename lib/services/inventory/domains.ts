import 'server-only';
import { listOwnDomains, listSharedDomains } from '@/lib/aws/read/domains';
import type { Session } from '@/lib/aws/session';
import { accessSummary } from '@/lib/inventory/policy-summary';
import { isPrivateDomain, type OwnedDomainRow } from '@/lib/model/domains';
import { section } from '@/lib/result';

/** What `/domains` reads: the private domains this account owns and those shared with it (one list call each). */
export function loadDomainListSections(session: Session) {
  return {
    owned: section(
      async (): Promise<OwnedDomainRow[]> =>
        (await listOwnDomains(session)).flatMap((d) =>
          isPrivateDomain(d) && d.domainNameId
            ? [
                {
                  domainName: d.domainName,
                  domainNameId: d.domainNameId,
                  domainNameArn: d.domainNameArn,
                  status: d.status,
                  access: accessSummary(d.policy),
                  shared: Boolean(d.managementPolicy),
                },
              ]
            : [],
        ),
      { operation: 'apigateway:GetDomainNames' },
    ),
    shared: section(() => listSharedDomains(session), {
      operation: 'apigateway:GetDomainNames (resourceOwner OTHER_ACCOUNTS)',
    }),
  };
}
