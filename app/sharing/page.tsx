/**
 * RAM sharing: the tabs in `tabs` below, each loaded on its own so a failing one (e.g. RAM forbidden) shows its
 * error while the others render. To add a panel, append one `{ id, label, content }` entry (`?tab=<id>`).
 */
import SpaceBetween from '@cloudscape-design/components/space-between';
import { getSession } from '@/lib/aws/session';
import { loadSharingSections } from '@/lib/services/inventory/sharing';
import { PageHeader } from '@/components/common/page-header';
import { UrlTabs, type UrlTab } from '@/components/common/url-tabs';
import { OwnedSharesTable, SharedResourcesTable } from '@/components/inventory/sharing-tables';
import { ConsumerSharing } from '@/components/consumer/lazy-tabs';
import { sharingTabWithWork } from '@/lib/consumer/sharing-view';

export default async function SharingPage() {
  const session = await getSession();
  const sections = loadSharingSections(session);
  const [shares, invitations, resources, consumer] = await Promise.all([
    sections.shares,
    sections.invitations,
    sections.resources,
    sections.consumer,
  ]);
  const count = (s: { ok: boolean; data?: unknown[] }) => (s.ok && s.data ? ` (${s.data.length})` : '');

  const tabs: UrlTab[] = [
    { id: 'shares', label: `Shared by this account${count(shares)}`, content: <OwnedSharesTable shares={shares} /> },
    { id: 'invitations', label: `Invitations${count(invitations)}`, content: <ConsumerSharing view={consumer} /> },
    {
      id: 'resources',
      label: `Shared with this account${count(resources)}`,
      content: <SharedResourcesTable resources={resources} />,
    },
  ];

  return (
    <SpaceBetween size="l">
      <PageHeader
        title="Sharing (RAM)"
        breadcrumbs={[
          { text: 'Private domains', href: '/' },
          { text: 'Sharing (RAM)', href: '/sharing' },
        ]}
        description={`AWS RAM shares of private custom domain names in ${session.region}. Sharing a domain lets another account associate its VPC endpoints with it; the domain's invoke policy still decides who may call it.`}
      />
      <UrlTabs
        tabs={tabs}
        ariaLabel="Sharing"
        defaultTabId={sharingTabWithWork({
          pendingInvitations: consumer.pendingCount,
          ownedShares: shares.ok ? shares.data.length : undefined,
          invitations: invitations.ok ? invitations.data.length : undefined,
          sharedResources: resources.ok ? resources.data.length : undefined,
        })}
      />
    </SpaceBetween>
  );
}
