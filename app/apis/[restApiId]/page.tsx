/**
 * Private API detail: a summary, then the tabs in `tabs` below. To add a panel (actions, invoke, …), append one
 * `{ id, label, content }` entry; its id becomes `?tab=<id>`.
 */
import SpaceBetween from '@cloudscape-design/components/space-between';
import { getSession } from '@/lib/aws/session';
import { getCallerIdentity } from '@/lib/aws/identity';
import { getRestApi, listDeployments, listStages } from '@/lib/aws/read/rest-apis';
import { listExecuteApiEndpoints } from '@/lib/aws/read/vpc-endpoints';
import { section } from '@/lib/result';
import { listDomainsMappingTo } from '@/lib/aws/read/mapped-domains';
import { UrlTabs, type UrlTab } from '@/components/common/url-tabs';
import { InvokeTab } from '@/components/invoke/invoke-tab';
import { ApiPolicyManager } from '@/components/provider/api-policy-manager';
import { EndpointAssociationsManager } from '@/components/provider/endpoint-associations-manager';
import { RedeployBanner } from '@/components/provider/redeploy-banner';
import {
  ApiHeader,
  ApiSummary,
  ApiUnavailable,
  DeploymentsTable,
  MappedDomainsTable,
  StagesTable,
} from '@/components/inventory/api-detail';

export default async function ApiDetailPage({ params }: { params: Promise<{ restApiId: string }> }) {
  const { restApiId } = await params;
  const session = await getSession();
  const hint = { resource: `/restapis/${restApiId}` };
  const api = await section(() => getRestApi(session, restApiId), { ...hint, operation: 'apigateway:GetRestApi' });
  if (!api.ok) return <ApiUnavailable restApiId={restApiId} error={api.error} />;

  const [stages, deployments, domains, endpoints, accountId] = await Promise.all([
    section(() => listStages(session, restApiId), { ...hint, operation: 'apigateway:GetStages' }),
    section(() => listDeployments(session, restApiId), { ...hint, operation: 'apigateway:GetDeployments' }),
    section(() => listDomainsMappingTo(session, restApiId), { operation: 'apigateway:GetBasePathMappings' }),
    section(() => listExecuteApiEndpoints(session), { operation: 'ec2:DescribeVpcEndpoints' }),
    section(async () => (await getCallerIdentity(session)).account, { operation: 'sts:GetCallerIdentity' }),
  ]);

  const tabs: UrlTab[] = [
    { id: 'stages', label: 'Stages', content: <StagesTable stages={stages} /> },
    {
      id: 'policy',
      label: 'Resource policy',
      content: <ApiPolicyManager api={api.data} region={session.region} accountId={accountId} stages={stages} />,
    },
    {
      id: 'domains',
      label: 'Custom domain names',
      content: (
        <MappedDomainsTable
          domains={domains}
          stageNames={stages.ok ? stages.data.map((s) => s.stageName) : undefined}
        />
      ),
    },
    {
      id: 'endpoints',
      label: 'VPC endpoint associations',
      content: (
        <EndpointAssociationsManager
          restApiId={restApiId}
          associated={api.data.vpcEndpointIds}
          endpoints={endpoints}
          region={session.region}
        />
      ),
    },
    { id: 'deployments', label: 'Deployments', content: <DeploymentsTable deployments={deployments} /> },
    { id: 'invoke', label: 'Invoke', content: <InvokeTab target={{ kind: 'api', api: restApiId }} /> },
  ];

  return (
    <SpaceBetween size="l">
      <ApiHeader api={api.data} />
      <ApiSummary
        api={api.data}
        region={session.region}
        knownEndpointIds={endpoints.ok ? endpoints.data.map((e) => e.id) : undefined}
      />
      <RedeployBanner api={api.data} stages={stages} deployments={deployments} />
      <UrlTabs tabs={tabs} ariaLabel="API details" />
    </SpaceBetween>
  );
}
