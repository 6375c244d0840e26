'use client';

import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { Vpc, VpcEndpoint } from '@/lib/model/vpc-endpoints';
import type { Section } from '@/lib/result';
import { vpcEndpointHref } from '@/lib/inventory/hrefs';
import { CopyableId } from '@/components/common/copyable-id';
import { InternalLink } from '@/components/common/internal-link';
import { PageHeader } from '@/components/common/page-header';
import { ResourceStatus } from '@/components/common/resource-status';
import { ResourceTable } from '@/components/common/resource-table';
import { SectionError } from '@/components/common/section-error';

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

export function VpcEndpointsList({
  endpoints,
  vpcs,
  region,
}: {
  endpoints: Section<VpcEndpoint[]>;
  vpcs: Vpc[];
  region: string;
}) {
  const vpcName = (id: string) => vpcs.find((v) => v.id === id)?.name;
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
        <ResourceTable
          items={endpoints.data}
          trackBy={(e) => e.id}
          title="execute-api interface endpoints"
          noun={['endpoint', 'endpoints']}
          empty={`No execute-api interface endpoint in ${region}. Create one in the VPC that should reach private APIs.`}
          defaultSort={{ columnId: 'id' }}
          columns={[
            {
              id: 'id',
              header: 'Endpoint ID',
              cell: (e) => <InternalLink href={vpcEndpointHref(e.id)}>{e.id}</InternalLink>,
              sortValue: (e) => e.id,
            },
            { id: 'name', header: 'Name', cell: (e) => e.name ?? '-', sortValue: (e) => e.name },
            {
              id: 'vpc',
              header: 'VPC',
              cell: (e) => (vpcName(e.vpcId) ? `${e.vpcId} (${vpcName(e.vpcId)})` : e.vpcId),
              sortValue: (e) => e.vpcId,
              filterText: (e) => `${e.vpcId} ${vpcName(e.vpcId) ?? ''}`,
            },
            {
              id: 'state',
              header: 'State',
              cell: (e) => <ResourceStatus status={e.state} />,
              sortValue: (e) => e.state,
            },
            {
              id: 'privateDns',
              header: 'Private DNS',
              cell: (e) => <PrivateDns enabled={e.privateDnsEnabled} />,
              sortValue: (e) => (e.privateDnsEnabled ? 'on' : 'off'),
            },
            {
              id: 'subnets',
              header: 'Subnets',
              cell: (e) => e.subnetIds.length,
              sortValue: (e) => e.subnetIds.length,
              filterText: (e) => e.subnetIds.join(' '),
              width: 100,
            },
            {
              id: 'dns',
              header: 'Regional DNS name',
              cell: (e) => {
                const regional = e.dnsNames.find((d) => d.kind === 'regional');
                return regional ? <CopyableId value={regional.dnsName} label="DNS name" /> : '-';
              },
              sortValue: (e) => e.dnsNames.find((d) => d.kind === 'regional')?.dnsName,
            },
          ]}
        />
      ) : (
        <SectionError error={endpoints.error} what="VPC endpoints" />
      )}
    </SpaceBetween>
  );
}
