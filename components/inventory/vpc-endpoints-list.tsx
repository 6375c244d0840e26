'use client';

import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { EndpointPage } from '@/lib/model/vpc-endpoints';
import type { Section } from '@/lib/result';
import { vpcEndpointHref } from '@/lib/inventory/hrefs';
import { CopyableId } from '@/components/common/copyable-id';
import { InternalLink } from '@/components/common/internal-link';
import { PageHeader } from '@/components/common/page-header';
import { ResourceStatus } from '@/components/common/resource-status';
import { SectionError } from '@/components/common/section-error';
import { ServerPagedTable } from './server-paged-table';

export function PrivateDns({ enabled }: { enabled: boolean }) {
  return enabled ? (
    <StatusIndicator type="success" wrapText={false}>
      On
    </StatusIndicator>
  ) : (
    <StatusIndicator type="stopped" wrapText={false}>
      Off
    </StatusIndicator>
  );
}

/**
 * The account's execute-api endpoints, one page at a time: filtering, sorting and paging go through the URL to the
 * server, so the page's HTML holds the rows shown, not the whole account. Props: `endpoints` (the page), `region`.
 */
export function VpcEndpointsList({ endpoints, region }: { endpoints: Section<EndpointPage>; region: string }) {
  return (
    <SpaceBetween size="l">
      <PageHeader
        title="VPC endpoints"
        breadcrumbs={[
          { text: 'Private domains', href: '/' },
          { text: 'VPC endpoints', href: '/vpc-endpoints' },
        ]}
        description={`Interface endpoints for com.amazonaws.${region}.execute-api in this account. Every call to a private API or private custom domain enters through one of them.`}
      />
      {endpoints.ok ? (
        <EndpointsTable page={endpoints.data} />
      ) : (
        <SectionError error={endpoints.error} what="VPC endpoints" />
      )}
    </SpaceBetween>
  );
}

function EndpointsTable({ page }: { page: EndpointPage }) {
  return (
    <ServerPagedTable
      page={page}
      trackBy={(e) => e.id}
      title="execute-api interface endpoints"
      noun={['endpoint', 'endpoints']}
      defaultSort="id"
      empty="No execute-api interface endpoint in this Region. Create one in the VPC that should reach private APIs."
      columns={[
        {
          id: 'id',
          header: 'Endpoint ID',
          cell: (e) => <InternalLink href={vpcEndpointHref(e.id)}>{e.id}</InternalLink>,
          sortable: true,
        },
        { id: 'name', header: 'Name', cell: (e) => e.name ?? '-', sortable: true },
        {
          id: 'vpc',
          header: 'VPC',
          cell: (e) => (e.vpcName ? `${e.vpcId} (${e.vpcName})` : e.vpcId),
          sortable: true,
        },
        { id: 'state', header: 'State', cell: (e) => <ResourceStatus status={e.state} />, sortable: true },
        {
          id: 'privateDns',
          header: 'Private DNS',
          cell: (e) => <PrivateDns enabled={e.privateDnsEnabled} />,
          sortable: true,
        },
        { id: 'subnets', header: 'Subnets', cell: (e) => e.subnetCount, width: 100, sortable: true },
        {
          id: 'dns',
          header: 'Regional DNS name',
          cell: (e) => (e.regionalDnsName ? <CopyableId value={e.regionalDnsName} label="DNS name" /> : '-'),
        },
      ]}
    />
  );
}
