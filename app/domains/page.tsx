import { getSession } from '@/lib/aws/session';
import { listOwnDomains, listSharedDomains } from '@/lib/aws/read/domains';
import { isPrivateDomain, type Domain } from '@/lib/model/domains';
import { section } from '@/lib/result';
import { DomainsList } from '@/components/inventory/domains-list';
import { CreateDomainButton } from '@/components/provider/create-domain-button';

export default async function DomainsPage() {
  const session = await getSession();
  const [owned, shared] = await Promise.all([
    section(
      async () => (await listOwnDomains(session)).filter(isPrivateDomain) as (Domain & { domainNameId: string })[],
      { operation: 'apigateway:GetDomainNames' },
    ),
    section(() => listSharedDomains(session), {
      operation: 'apigateway:GetDomainNames (resourceOwner OTHER_ACCOUNTS)',
    }),
  ]);
  return <DomainsList owned={owned} shared={shared} region={session.region} ownedActions={<CreateDomainButton />} />;
}
