import { getSession } from '@/lib/aws/session';
import { getCallerIdentity } from '@/lib/aws/identity';
import { isPrivateApi, listRestApis } from '@/lib/aws/read/rest-apis';
import { listExecuteApiEndpoints } from '@/lib/aws/read/vpc-endpoints';
import { listOwnDomains, listSharedDomains } from '@/lib/aws/read/domains';
import { isPrivateDomain } from '@/lib/model/domains';
import { listAccessAssociations } from '@/lib/aws/read/access-associations';
import { listOwnedShares, listShareInvitations } from '@/lib/aws/read/sharing';
import { loadAttention } from '@/lib/aws/read/overview';
import { section } from '@/lib/result';
import { OverviewView, type OverviewCount } from '@/components/inventory/overview';

export default async function OverviewPage() {
  const session = await getSession();
  const counted = (load: () => Promise<unknown[]>, operation: string) =>
    section(async () => (await load()).length, { operation });
  const [apis, endpoints, owned, shared, associations, shares, invitations, attention, identity] = await Promise.all([
    counted(async () => (await listRestApis(session)).filter(isPrivateApi), 'apigateway:GetRestApis'),
    counted(() => listExecuteApiEndpoints(session), 'ec2:DescribeVpcEndpoints'),
    counted(async () => (await listOwnDomains(session)).filter(isPrivateDomain), 'apigateway:GetDomainNames'),
    counted(() => listSharedDomains(session), 'apigateway:GetDomainNames'),
    counted(() => listAccessAssociations(session, 'SELF'), 'apigateway:GetDomainNameAccessAssociations'),
    counted(() => listOwnedShares(session), 'ram:GetResourceShares'),
    counted(
      async () => (await listShareInvitations(session)).filter((i) => i.status === 'PENDING'),
      'ram:GetResourceShareInvitations',
    ),
    loadAttention(session),
    section(() => getCallerIdentity(session)),
  ]);
  const counts: OverviewCount[] = [
    { id: 'apis', label: 'Private REST APIs', href: '/apis', count: apis },
    { id: 'endpoints', label: 'execute-api VPC endpoints', href: '/vpc-endpoints', count: endpoints },
    { id: 'owned-domains', label: 'Private domains owned', href: '/domains', count: owned },
    { id: 'shared-domains', label: 'Domains shared with this account', href: '/domains?tab=shared', count: shared },
    { id: 'associations', label: 'Access associations (this account)', href: '/vpc-endpoints', count: associations },
    { id: 'shares', label: 'RAM shares owned', href: '/sharing', count: shares },
    { id: 'invitations', label: 'Pending invitations', href: '/sharing?tab=invitations', count: invitations },
  ];
  return (
    <OverviewView
      contextLabel={session.context.label}
      account={identity.ok ? identity.data.account : session.context.accountId}
      region={session.region}
      counts={counts}
      attention={attention}
    />
  );
}
