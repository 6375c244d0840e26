/**
 * VPC endpoint detail: a summary, then the tabs in `tabs` below. To add a panel, append one `{ id, label, content }`
 * entry; its id becomes `?tab=<id>`.
 */
import { Suspense } from 'react';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { getSession } from '@/lib/aws/session';
import { getVpcDnsAttributes, listSubnets } from '@/lib/aws/read/vpc-endpoints';
import { section } from '@/lib/result';
import {
  findEndpoint,
  loadEndpointAssociations,
  loadListingApis,
  vpcLabels,
} from '@/lib/services/inventory/vpc-endpoints';
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
  const found = await section(() => findEndpoint(session, vpceId), { operation: 'ec2:DescribeVpcEndpoints' });
  if (!found.ok) return <VpcEndpointUnavailable vpceId={vpceId} region={session.region} error={found.error} />;
  const endpoint = found.data;
  if (!endpoint) return <VpcEndpointUnavailable vpceId={vpceId} region={session.region} />;

  const subnets = section(() => listSubnets(session, endpoint.subnetIds), { operation: 'ec2:DescribeSubnets' });
  const apis = section(() => loadListingApis(session, vpceId), { operation: 'apigateway:GetRestApis' });
  const associations = section(() => loadEndpointAssociations(session, vpceId), {
    operation: 'apigateway:GetDomainNameAccessAssociations',
  });
  const [dns, vpcs] = await Promise.all([
    section(() => getVpcDnsAttributes(session, endpoint.vpcId), {
      operation: 'ec2:DescribeVpcAttribute',
      resource: endpoint.vpcId,
    }),
    vpcLabels(session, [endpoint.vpcId]),
  ]);

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
      <VpcEndpointSummary endpoint={endpoint} vpc={vpcs[0]} dns={dns} />
      <PrivateDnsExplanation endpoint={endpoint} region={session.region} dns={dns} />
      <UrlTabs tabs={tabs} ariaLabel="VPC endpoint details" />
    </SpaceBetween>
  );
}
