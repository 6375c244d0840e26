import { Suspense } from 'react';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { getSession } from '@/lib/aws/session';
import { getCallerIdentity } from '@/lib/aws/identity';
import { loadAttention, loadOverviewCounts } from '@/lib/services/inventory/overview';
import { section } from '@/lib/result';
import { AttentionList, OverviewCounts, OverviewHeader, type OverviewCount } from '@/components/inventory/overview';
import { Deferred } from '@/components/inventory/deferred';
import { SectionLoading } from '@/components/inventory/section-loading';

const COUNT_LINKS: Omit<OverviewCount, 'count'>[] = [
  { id: 'apis', label: 'Private REST APIs', href: '/apis' },
  { id: 'endpoints', label: 'execute-api VPC endpoints', href: '/vpc-endpoints' },
  { id: 'owned-domains', label: 'Private domains owned', href: '/domains' },
  { id: 'shared-domains', label: 'Domains shared with this account', href: '/domains?tab=shared' },
  { id: 'associations', label: 'Access associations (this account)', href: '/vpc-endpoints' },
  { id: 'shares', label: 'RAM shares owned', href: '/sharing' },
  { id: 'invitations', label: 'Pending invitations', href: '/sharing?tab=invitations' },
];

export default async function OverviewPage() {
  const session = await getSession();
  const counts = loadOverviewCounts(session);
  const attention = loadAttention(session);
  const identity = await section(() => getCallerIdentity(session), { operation: 'sts:GetCallerIdentity' });
  return (
    <SpaceBetween size="l">
      <OverviewHeader
        contextLabel={session.context.label}
        account={identity.ok ? identity.data.account : session.context.accountId}
        region={session.region}
      />
      <Suspense fallback={<SectionLoading title="Resources" what="resource counts" />}>
        <Deferred value={counts}>
          {(c) => <OverviewCounts counts={COUNT_LINKS.map((link) => ({ ...link, count: c[link.id] }))} />}
        </Deferred>
      </Suspense>
      <Suspense fallback={<SectionLoading title="Needs attention" what="checks" />}>
        <Deferred value={attention}>{(a) => <AttentionList attention={a} />}</Deferred>
      </Suspense>
    </SpaceBetween>
  );
}
