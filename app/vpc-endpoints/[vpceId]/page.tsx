/**
 * VPC endpoint detail: a summary, then the tabs in `tabs` below. To add a panel, append one `{ id, label, content }`
 * entry; its id becomes `?tab=<id>`.
 */
import SpaceBetween from '@cloudscape-design/components/space-between';
import { getSession } from '@/lib/aws/session';
import { getCallerIdentity } from '@/lib/aws/identity';
import { getVpcDnsAttributes, listExecuteApiEndpoints, listSubnets, listVpcs } from '@/lib/aws/read/vpc-endpoints';
import { isPrivateApi, listRestApis } from '@/lib/aws/read/rest-apis';
import { listAccessAssociations } from '@/lib/aws/read/access-associations';
import { section } from '@/lib/result';
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

export default async function VpcEndpointDetailPage({ params }: { params: Promise<{ vpceId: string }> }) {
  const { vpceId } = await params;
  const session = await getSession();
  const endpoints = await section(() => listExecuteApiEndpoints(session), { operation: 'ec2:DescribeVpcEndpoints' });
  if (!endpoints.ok) return <VpcEndpointUnavailable vpceId={vpceId} region={session.region} error={endpoints.error} />;
  const endpoint = endpoints.data.find((e) => e.id === vpceId);
  if (!endpoint) return <VpcEndpointUnavailable vpceId={vpceId} region={session.region} />;

  const [dns, vpcs, subnets, apis, associations, identity] = await Promise.all([
    section(() => getVpcDnsAttributes(session, endpoint.vpcId), {
      operation: 'ec2:DescribeVpcAttribute',
      resource: endpoint.vpcId,
    }),
    listVpcs(session, [endpoint.vpcId]).catch(() => []),
    section(() => listSubnets(session, endpoint.subnetIds), { operation: 'ec2:DescribeSubnets' }),
    section(
      async () =>
        (await listRestApis(session))
          .filter((a) => isPrivateApi(a) && a.vpcEndpointIds.includes(vpceId))
          .map((a) => ({ id: a.id, name: a.name })),
      {
        operation: 'apigateway:GetRestApis',
      },
    ),
    section(() => listAccessAssociations(session, 'SELF'), { operation: 'apigateway:GetDomainNameAccessAssociations' }),
    section(() => getCallerIdentity(session), { operation: 'sts:GetCallerIdentity' }),
  ]);
  const account = identity.ok ? identity.data.account : session.context.accountId;
  const endpointAssociations = associations.ok
    ? {
        ok: true as const,
        data: associations.data
          .filter((a) => a.source === vpceId)
          .map((a) => ({ ...a, ownDomain: a.domainOwnerAccountId === account })),
      }
    : associations;

  const tabs: UrlTab[] = [
    { id: 'dns', label: 'DNS names', content: <DnsNamesTable names={endpoint.dnsNames} /> },
    { id: 'subnets', label: 'Subnets', content: <SubnetsTable subnetIds={endpoint.subnetIds} subnets={subnets} /> },
    {
      id: 'apis',
      label: 'Private APIs',
      content: <ListingApisTable apis={apis} vpceId={vpceId} region={session.region} />,
    },
    {
      id: 'domains',
      label: 'Custom domain names',
      content: <EndpointAssociationsTable associations={endpointAssociations} />,
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
