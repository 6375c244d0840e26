'use client';

import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type {
  EndpointAssociation,
  ListingApi,
  Subnet,
  Vpc,
  VpcDnsAttributes,
  VpcEndpoint,
} from '@/lib/model/vpc-endpoints';
import type { ConsoleError } from '@/lib/errors';
import type { Section } from '@/lib/result';
import type { LabelledDnsName } from '@/lib/inventory/dns-names';
import { apiHref, domainHref, vpcEndpointHref } from '@/lib/inventory/hrefs';
import { formatTime } from '@/lib/inventory/format';
import { CopyableId } from '@/components/common/copyable-id';
import { Details } from '@/components/common/details';
import { InternalLink } from '@/components/common/internal-link';
import { PageHeader } from '@/components/common/page-header';
import { ResourceStatus } from '@/components/common/resource-status';
import { ResourceTable } from '@/components/common/resource-table';
import { SectionError } from '@/components/common/section-error';
import { PrivateDns } from './vpc-endpoints-list';

const crumbs = (id: string) => [
  { text: 'Private domains', href: '/' },
  { text: 'VPC endpoints', href: '/vpc-endpoints' },
  { text: id, href: vpcEndpointHref(id) },
];

export function VpcEndpointUnavailable({
  vpceId,
  region,
  error,
}: {
  vpceId: string;
  region: string;
  error?: ConsoleError;
}) {
  return (
    <SpaceBetween size="l">
      <PageHeader title={vpceId} breadcrumbs={crumbs(vpceId)} />
      {error ? (
        <SectionError error={error} what="VPC endpoints" />
      ) : (
        <Alert type="error" header="Not found">
          {vpceId} is not an execute-api interface endpoint of this account in {region}. It may have been deleted, or it
          belongs to another account or Region.
        </Alert>
      )}
      <InternalLink href="/vpc-endpoints">Back to VPC endpoints</InternalLink>
    </SpaceBetween>
  );
}

export function VpcEndpointHeader({ endpoint }: { endpoint: VpcEndpoint }) {
  return (
    <PageHeader
      title={endpoint.name ? `${endpoint.id} (${endpoint.name})` : endpoint.id}
      breadcrumbs={crumbs(endpoint.id)}
    />
  );
}

export function VpcEndpointSummary({
  endpoint,
  vpc,
  dns,
}: {
  endpoint: VpcEndpoint;
  vpc?: Vpc;
  dns: Section<VpcDnsAttributes>;
}) {
  const attrs = dns.ok ? dns.data : undefined;
  const attrText = (on: boolean | undefined) =>
    on === undefined ? (
      '-'
    ) : on ? (
      <StatusIndicator type="success">true</StatusIndicator>
    ) : (
      <StatusIndicator type="warning">false</StatusIndicator>
    );
  return (
    <Container header={<Header variant="h2">Details</Header>}>
      <Details
        columns={3}
        items={[
          { label: 'Endpoint ID', value: <CopyableId value={endpoint.id} label="endpoint ID" /> },
          { label: 'State', value: <ResourceStatus status={endpoint.state} /> },
          { label: 'Private DNS', value: <PrivateDns enabled={endpoint.privateDnsEnabled} /> },
          {
            label: 'VPC',
            value: (
              <CopyableId
                value={endpoint.vpcId}
                label="VPC ID"
                display={vpc?.name ? `${endpoint.vpcId} (${vpc.name})` : undefined}
              />
            ),
          },
          { label: 'VPC CIDR', value: vpc?.cidrBlock },
          { label: 'IP address type', value: endpoint.ipAddressType },
          { label: 'VPC enableDnsSupport', value: attrText(attrs?.enableDnsSupport) },
          { label: 'VPC enableDnsHostnames', value: attrText(attrs?.enableDnsHostnames) },
          { label: 'Created', value: formatTime(endpoint.createdAt) },
          {
            label: 'Security groups',
            value: endpoint.securityGroups.map((g) => (g.name ? `${g.id} (${g.name})` : g.id)).join(', '),
          },
          { label: 'Owner', value: endpoint.ownerId },
        ]}
      />
      {!dns.ok && (
        <Box margin={{ top: 's' }}>
          <SectionError error={dns.error} what="VPC DNS attributes" />
        </Box>
      )}
    </Container>
  );
}

/** What private DNS on/off means for callers in this VPC (docs/aws/resources.md#private-dns-on-an-endpoint). */
export function PrivateDnsExplanation({
  endpoint,
  region,
  dns,
}: {
  endpoint: VpcEndpoint;
  region: string;
  dns: Section<VpcDnsAttributes>;
}) {
  const wildcard = `*.execute-api.${region}.amazonaws.com`;
  const attrsOff = dns.ok && (!dns.data.enableDnsSupport || !dns.data.enableDnsHostnames);
  if (endpoint.privateDnsEnabled) {
    return (
      <Alert type="info" header="Private DNS is on">
        Inside {endpoint.vpcId}, every {wildcard} name resolves to this endpoint, so private APIs answer on their
        default URLs. The same happens to public APIs&apos; default URLs: from this VPC they fail with 403. Call public
        APIs through their custom domain names.
        {attrsOff &&
          ' The VPC has enableDnsSupport or enableDnsHostnames off, so the private names do not resolve right now.'}
      </Alert>
    );
  }
  return (
    <Alert type="info" header="Private DNS is off">
      Public APIs keep working from {endpoint.vpcId}. Private APIs are reached through this endpoint&apos;s own DNS
      names (with a Host or x-apigw-api-id header), through {'{api-id}'}-{endpoint.id}.execute-api.{region}
      .amazonaws.com aliases of APIs associated with it, or through private custom domain names.
      {attrsOff && ' Turning private DNS on needs enableDnsSupport and enableDnsHostnames both true on the VPC.'}
    </Alert>
  );
}

const KIND_LABEL = { regional: 'Regional', zonal: 'Zonal', private: 'Private DNS' } as const;

export function DnsNamesTable({ names }: { names: LabelledDnsName[] }) {
  return (
    <ResourceTable
      items={names}
      trackBy={(n) => n.dnsName}
      title="DNS names"
      description="Use the regional name for alias records and Host-header calls; a zonal name pins traffic to one Availability Zone."
      noun={['DNS name', 'DNS names']}
      filterParam="dns"
      empty="EC2 reports no DNS names for this endpoint yet."
      columns={[
        {
          id: 'name',
          header: 'DNS name',
          cell: (n) => <CopyableId value={n.dnsName} label="DNS name" />,
          sortValue: (n) => n.dnsName,
        },
        {
          id: 'kind',
          header: 'Kind',
          cell: (n) => (n.kind === 'zonal' ? `Zonal (${n.availabilityZone})` : KIND_LABEL[n.kind]),
          sortValue: (n) => n.kind,
        },
        {
          id: 'zone',
          header: 'Hosted zone ID',
          cell: (n) => (n.hostedZoneId ? <CopyableId value={n.hostedZoneId} label="hosted zone ID" /> : '-'),
          sortValue: (n) => n.hostedZoneId,
        },
      ]}
    />
  );
}

export function SubnetsTable({ subnetIds, subnets }: { subnetIds: string[]; subnets: Section<Subnet[]> }) {
  if (!subnets.ok) return <SectionError error={subnets.error} what="Subnets" />;
  const rows = subnetIds.map((id) => subnets.data.find((s) => s.id === id) ?? { id, vpcId: '', availabilityZone: '' });
  return (
    <ResourceTable
      items={rows}
      trackBy={(s) => s.id}
      title="Subnets"
      noun={['subnet', 'subnets']}
      filterParam="subnets"
      empty="The endpoint has no subnets."
      defaultSort={{ columnId: 'az' }}
      columns={[
        {
          id: 'id',
          header: 'Subnet ID',
          cell: (s) => <CopyableId value={s.id} label="subnet ID" />,
          sortValue: (s) => s.id,
        },
        {
          id: 'az',
          header: 'Availability Zone',
          cell: (s) => s.availabilityZone || '-',
          sortValue: (s) => s.availabilityZone,
        },
        { id: 'cidr', header: 'CIDR', cell: (s) => s.cidrBlock ?? '-', sortValue: (s) => s.cidrBlock },
        { id: 'name', header: 'Name', cell: (s) => s.name ?? '-', sortValue: (s) => s.name },
      ]}
    />
  );
}

export function ListingApisTable({
  apis,
  vpceId,
  region,
}: {
  apis: Section<ListingApi[]>;
  vpceId: string;
  region: string;
}) {
  if (!apis.ok) return <SectionError error={apis.error} what="Private REST APIs" />;
  return (
    <ResourceTable
      items={apis.data}
      trackBy={(a) => a.id}
      title="Private APIs that list this endpoint"
      description="These APIs have the endpoint in their vpcEndpointIds, which publishes a DNS alias. Whether a call is allowed is up to each API's resource policy."
      noun={['API', 'APIs']}
      filterParam="apis"
      empty="No private API of this account lists this endpoint."
      defaultSort={{ columnId: 'name' }}
      columns={[
        {
          id: 'name',
          header: 'Name',
          cell: (a) => <InternalLink href={apiHref(a.id)}>{a.name}</InternalLink>,
          sortValue: (a) => a.name,
        },
        { id: 'id', header: 'API ID', cell: (a) => <CopyableId value={a.id} label="API ID" />, sortValue: (a) => a.id },
        {
          id: 'alias',
          header: 'Alias',
          cell: (a) => <CopyableId value={`${a.id}-${vpceId}.execute-api.${region}.amazonaws.com`} label="alias" />,
          sortValue: (a) => a.id,
        },
      ]}
    />
  );
}

export function EndpointAssociationsTable({ associations }: { associations: Section<EndpointAssociation[]> }) {
  if (!associations.ok) return <SectionError error={associations.error} what="Domain name access associations" />;
  return (
    <ResourceTable
      items={associations.data}
      trackBy={(a) => a.arn}
      title="Private custom domain names associated with this endpoint"
      noun={['association', 'associations']}
      filterParam="domains"
      empty="This endpoint has no domain name access associations."
      defaultSort={{ columnId: 'domain' }}
      columns={[
        {
          id: 'domain',
          header: 'Domain name',
          cell: (a) =>
            a.ownDomain && a.domainName && a.domainNameId ? (
              <InternalLink href={domainHref(a.domainName, a.domainNameId)}>{a.domainName}</InternalLink>
            ) : (
              (a.domainName ?? '-')
            ),
          sortValue: (a) => a.domainName,
        },
        { id: 'id', header: 'Domain name ID', cell: (a) => a.domainNameId ?? '-', sortValue: (a) => a.domainNameId },
        {
          id: 'owner',
          header: 'Domain owner',
          cell: (a) => (a.ownDomain ? 'This account' : (a.domainOwnerAccountId ?? '-')),
          sortValue: (a) => a.domainOwnerAccountId,
        },
        {
          id: 'arn',
          header: 'Association ARN',
          cell: (a) => <CopyableId value={a.arn} label="association ARN" />,
          sortValue: (a) => a.arn,
        },
      ]}
    />
  );
}
