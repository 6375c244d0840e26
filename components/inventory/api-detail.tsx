'use client';

import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { Deployment, RestApi, Stage } from '@/lib/model/rest-apis';
import type { DomainsMappingTo } from '@/lib/model/domains';
import Alert from '@cloudscape-design/components/alert';
import type { Section } from '@/lib/result';
import type { ConsoleError } from '@/lib/errors';
import { apiHref, domainHref, vpcEndpointHref } from '@/lib/inventory/hrefs';
import { formatTime } from '@/lib/inventory/format';
import { CopyableId } from '@/components/common/copyable-id';
import { Details } from '@/components/common/details';
import { InternalLink } from '@/components/common/internal-link';
import { PageHeader } from '@/components/common/page-header';
import { ResourceStatus } from '@/components/common/resource-status';
import { ResourceTable } from '@/components/common/resource-table';
import { SectionError } from '@/components/common/section-error';

const crumbs = (api: { id: string; name?: string }) => [
  { text: 'Private domains', href: '/' },
  { text: 'Private REST APIs', href: '/apis' },
  { text: api.name ?? api.id, href: apiHref(api.id) },
];

export function ApiHeader({ api }: { api: RestApi }) {
  return <PageHeader title={api.name} breadcrumbs={crumbs(api)} description={api.description} />;
}

/** The page when GetRestApi itself failed (unknown id, another account's API, no permission). */
export function ApiUnavailable({ restApiId, error }: { restApiId: string; error: ConsoleError }) {
  return (
    <SpaceBetween size="l">
      <PageHeader title={restApiId} breadcrumbs={crumbs({ id: restApiId })} />
      <SectionError error={error} what={`REST API ${restApiId}`} />
      <InternalLink href="/apis">Back to private REST APIs</InternalLink>
    </SpaceBetween>
  );
}

export function ApiSummary({
  api,
  region,
  knownEndpointIds,
}: {
  api: RestApi;
  region: string;
  knownEndpointIds: string[] | undefined;
}) {
  const isPrivate = api.endpointTypes.includes('PRIVATE');
  return (
    <Container header={<Header variant="h2">Endpoint configuration</Header>}>
      <Details
        columns={3}
        items={[
          { label: 'API ID', value: <CopyableId value={api.id} label="API ID" /> },
          {
            label: 'Endpoint type',
            value: isPrivate ? (
              api.endpointTypes.join(', ')
            ) : (
              <StatusIndicator type="warning">{`${api.endpointTypes.join(', ')} (not private)`}</StatusIndicator>
            ),
          },
          { label: 'Status', value: <ResourceStatus status={api.apiStatus ?? 'AVAILABLE'} /> },
          {
            label: 'Default endpoint',
            value: api.disableExecuteApiEndpoint ? (
              <StatusIndicator type="stopped">Disabled: only custom domain names reach this API</StatusIndicator>
            ) : (
              <CopyableId value={`https://${api.id}.execute-api.${region}.amazonaws.com`} label="URL" />
            ),
          },
          { label: 'IP address type', value: api.ipAddressType },
          { label: 'Created', value: formatTime(api.createdDate) },
          {
            label: 'Associated VPC endpoints',
            info: (
              <Box variant="small">
                Each gets a {'{api-id}-{vpce-id}'} DNS alias. Association is DNS only: the resource policy decides
                access.
              </Box>
            ),
            value: api.vpcEndpointIds.length ? (
              <SpaceBetween size="xxs">
                {api.vpcEndpointIds.map((id) => (
                  <span key={id}>
                    {knownEndpointIds?.includes(id) ? <InternalLink href={vpcEndpointHref(id)}>{id}</InternalLink> : id}{' '}
                    <Box variant="small" display="inline">
                      <CopyableId
                        value={`${api.id}-${id}.execute-api.${region}.amazonaws.com`}
                        label="alias"
                        display="alias"
                      />
                    </Box>
                  </span>
                ))}
              </SpaceBetween>
            ) : (
              'None'
            ),
          },
          { label: 'Security policy', value: api.securityPolicy },
          { label: 'Endpoint access mode', value: api.endpointAccessMode },
        ]}
      />
    </Container>
  );
}

export function StagesTable({ stages }: { stages: Section<Stage[]> }) {
  if (!stages.ok) return <SectionError error={stages.error} what="Stages" />;
  return (
    <ResourceTable
      items={stages.data}
      trackBy={(s) => s.stageName}
      title="Stages"
      noun={['stage', 'stages']}
      filterParam="stages"
      empty="The API has not been deployed to any stage; mappings and invocations need a deployed stage."
      defaultSort={{ columnId: 'name' }}
      columns={[
        { id: 'name', header: 'Stage', cell: (s) => s.stageName, sortValue: (s) => s.stageName },
        {
          id: 'deployment',
          header: 'Deployment',
          cell: (s) => (s.deploymentId ? <CopyableId value={s.deploymentId} label="deployment ID" /> : '-'),
          sortValue: (s) => s.deploymentId,
        },
        {
          id: 'updated',
          header: 'Last updated',
          cell: (s) => formatTime(s.lastUpdatedDate ?? s.createdDate),
          sortValue: (s) => s.lastUpdatedDate ?? s.createdDate,
        },
        {
          id: 'description',
          header: 'Description',
          cell: (s) => s.description ?? '-',
          sortValue: (s) => s.description,
        },
      ]}
    />
  );
}

export function DeploymentsTable({ deployments }: { deployments: Section<Deployment[]> }) {
  if (!deployments.ok) return <SectionError error={deployments.error} what="Deployments" />;
  return (
    <ResourceTable
      items={deployments.data}
      trackBy={(d) => d.id}
      title="Deployments"
      noun={['deployment', 'deployments']}
      filterParam="deployments"
      empty="No deployments yet. Policy and VPC endpoint association changes take effect only after a deployment."
      defaultSort={{ columnId: 'created', descending: true }}
      columns={[
        {
          id: 'id',
          header: 'Deployment ID',
          cell: (d) => <CopyableId value={d.id} label="deployment ID" />,
          sortValue: (d) => d.id,
        },
        { id: 'created', header: 'Created', cell: (d) => formatTime(d.createdDate), sortValue: (d) => d.createdDate },
        {
          id: 'description',
          header: 'Description',
          cell: (d) => d.description ?? '-',
          sortValue: (d) => d.description,
        },
      ]}
    />
  );
}

export function MappedDomainsTable({
  domains,
  stageNames,
}: {
  domains: Section<DomainsMappingTo>;
  stageNames?: string[];
}) {
  if (!domains.ok) return <SectionError error={domains.error} what="Custom domain names" />;
  const { pendingDomains } = domains.data;
  return (
    <SpaceBetween size="s">
      {pendingDomains > 0 && (
        <Alert type="info" data-testid="mapped-domains-pending">
          {`Still reading the mappings of ${pendingDomains} domain${pendingDomains === 1 ? '' : 's'} in the background; reload in a little while for the complete list.`}
        </Alert>
      )}
      <ResourceTable
        items={domains.data.domains}
        trackBy={(d) => `${d.domainName}+${d.domainNameId}/${d.basePath}`}
        title="Private custom domain names mapped to this API"
        noun={['mapping', 'mappings']}
        filterParam="domains"
        empty="No private custom domain name of this account maps to this API."
        defaultSort={{ columnId: 'domain' }}
        columns={[
          {
            id: 'domain',
            header: 'Domain name',
            cell: (d) => <InternalLink href={domainHref(d.domainName, d.domainNameId)}>{d.domainName}</InternalLink>,
            sortValue: (d) => d.domainName,
          },
          {
            id: 'id',
            header: 'Domain name ID',
            cell: (d) => <CopyableId value={d.domainNameId} label="domain name ID" />,
            sortValue: (d) => d.domainNameId,
          },
          { id: 'basePath', header: 'Base path', cell: (d) => d.basePath, sortValue: (d) => d.basePath },
          {
            id: 'stage',
            header: 'Stage',
            cell: (d) =>
              !d.stage ? (
                'Any (from the path)'
              ) : stageNames && !stageNames.includes(d.stage) ? (
                <StatusIndicator type="error" wrapText={false}>{`${d.stage} (no such stage)`}</StatusIndicator>
              ) : (
                d.stage
              ),
            sortValue: (d) => d.stage,
          },
        ]}
      />
    </SpaceBetween>
  );
}
