import { Suspense } from 'react';
import { after } from 'next/server';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { getSession } from '@/lib/aws/session';
import { loadOverviewSections } from '@/lib/services/inventory/overview';
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
  // The domain index's reads the page does not wait for start once it has been sent.
  const { identity, counts, attention } = loadOverviewSections(session, { startLater: after });
  const header = (account: string | undefined) => (
    <OverviewHeader contextLabel={session.context.label} account={account} region={session.region} />
  );
  return (
    <SpaceBetween size="l">
      <Suspense fallback={header(session.context.accountId)}>
        <Deferred value={identity}>{(i) => header(i.ok ? i.data.account : session.context.accountId)}</Deferred>
      </Suspense>
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
