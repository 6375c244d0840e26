/**
 * VPC endpoint detail: a summary, then the tabs in `tabs` below. To add a panel, append one `{ id, label, content }`
 * entry; its id becomes `?tab=<id>`.
 */
import { Suspense } from 'react';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { getSession } from '@/lib/aws/session';
import { loadEndpointDetailSections } from '@/lib/services/inventory/vpc-endpoints';
import { UrlTabs, type UrlTab } from '@/components/common/url-tabs';
import {
  DnsNamesTable,
  EndpointAssociationsTable,
  ListingApisTable,
  PrivateDnsExplanation,
  SubnetsTable,
  VpcEndpointHeader,
  VpcEndpointSummary,
  VpcEndpointUnavailable,
} from '@/components/inventory/vpc-endpoint-detail';
import { Deferred } from '@/components/inventory/deferred';
import { SectionLoading } from '@/components/inventory/section-loading';

export default async function VpcEndpointDetailPage({ params }: { params: Promise<{ vpceId: string }> }) {
  const { vpceId } = await params;
  const session = await getSession();
  const { endpoint: found, subnets, dns, vpc, apis, associations } = loadEndpointDetailSections(session, vpceId);
  const result = await found;
  if (!result.ok) return <VpcEndpointUnavailable vpceId={vpceId} region={session.region} error={result.error} />;
  const endpoint = result.data;
  if (!endpoint) return <VpcEndpointUnavailable vpceId={vpceId} region={session.region} />;

  const tabs: UrlTab[] = [
    { id: 'dns', label: 'DNS names', content: <DnsNamesTable names={endpoint.dnsNames} /> },
    {
      id: 'subnets',
      label: 'Subnets',
      content: (
        <Suspense fallback={<SectionLoading title="Subnets" what="subnets" />}>
          <Deferred value={subnets}>{(x) => <SubnetsTable subnetIds={endpoint.subnetIds} subnets={x} />}</Deferred>
        </Suspense>
      ),
    },
    {
      id: 'apis',
      label: 'Private APIs',
      content: (
        <Suspense fallback={<SectionLoading title="Private APIs" what="private APIs" />}>
          <Deferred value={apis}>
            {(a) => <ListingApisTable apis={a} vpceId={vpceId} region={session.region} />}
          </Deferred>
        </Suspense>
      ),
    },
    {
      id: 'domains',
      label: 'Custom domain names',
      content: (
        <Suspense fallback={<SectionLoading title="Custom domain names" what="access associations" />}>
          <Deferred value={associations}>{(a) => <EndpointAssociationsTable associations={a} />}</Deferred>
        </Suspense>
      ),
    },
  ];

  return (
    <SpaceBetween size="l">
      <VpcEndpointHeader endpoint={endpoint} />
      <Suspense fallback={<SectionLoading title="Summary" what="the VPC's DNS settings" />}>
        <Deferred value={Promise.all([dns, vpc])}>
          {([d, v]) => (
            <>
              <VpcEndpointSummary endpoint={endpoint} vpc={v} dns={d} />
              <PrivateDnsExplanation endpoint={endpoint} region={session.region} dns={d} />
            </>
          )}
        </Deferred>
      </Suspense>
      <UrlTabs tabs={tabs} ariaLabel="VPC endpoint details" />
    </SpaceBetween>
  );
}
