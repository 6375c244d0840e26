'use client';

import SpaceBetween from '@cloudscape-design/components/space-between';
import Box from '@cloudscape-design/components/box';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { RestApi } from '@/lib/model/rest-apis';
import type { Section } from '@/lib/result';
import { apiHref } from '@/lib/inventory/hrefs';
import { formatTime } from '@/lib/inventory/format';
import { CopyableId } from '@/components/common/copyable-id';
import { InternalLink } from '@/components/common/internal-link';
import { PageHeader } from '@/components/common/page-header';
import { ResourceStatus } from '@/components/common/resource-status';
import { ResourceTable } from '@/components/common/resource-table';
import { SectionError } from '@/components/common/section-error';

export function ApisList({ apis, region }: { apis: Section<RestApi[]>; region: string }) {
  return (
    <SpaceBetween size="l">
      <PageHeader
        title="Private REST APIs"
        breadcrumbs={[
          { text: 'Private domains', href: '/' },
          { text: 'Private REST APIs', href: '/apis' },
        ]}
        description={`REST APIs with endpoint type PRIVATE in ${region}. They are reachable only through execute-api interface VPC endpoints that their resource policy allows.`}
      />
      {apis.ok ? (
        <ResourceTable
          items={apis.data}
          trackBy={(a) => a.id}
          title="Private REST APIs"
          noun={['private API', 'private APIs']}
          empty={`This account has no private REST APIs in ${region}.`}
          defaultSort={{ columnId: 'name' }}
          columns={[
            {
              id: 'name',
              header: 'Name',
              cell: (a) => <InternalLink href={apiHref(a.id)}>{a.name}</InternalLink>,
              sortValue: (a) => a.name,
            },
            {
              id: 'id',
              header: 'API ID',
              cell: (a) => <CopyableId value={a.id} label="API ID" />,
              sortValue: (a) => a.id,
            },
            {
              id: 'vpce',
              header: 'Associated VPC endpoints',
              cell: (a) =>
                a.vpcEndpointIds.length ? a.vpcEndpointIds.join(', ') : <Box color="text-status-inactive">None</Box>,
              sortValue: (a) => a.vpcEndpointIds.length,
              filterText: (a) => a.vpcEndpointIds.join(' '),
            },
            {
              id: 'policy',
              header: 'Resource policy',
              cell: (a) =>
                a.policy ? (
                  <StatusIndicator type="success" wrapText={false}>
                    Attached
                  </StatusIndicator>
                ) : (
                  <StatusIndicator type="warning" wrapText={false}>
                    None: every call is denied
                  </StatusIndicator>
                ),
              sortValue: (a) => (a.policy ? 1 : 0),
            },
            {
              id: 'status',
              header: 'Status',
              cell: (a) => <ResourceStatus status={a.apiStatus ?? 'AVAILABLE'} />,
              sortValue: (a) => a.apiStatus,
            },
            {
              id: 'created',
              header: 'Created',
              cell: (a) => formatTime(a.createdDate),
              sortValue: (a) => a.createdDate,
            },
            {
              id: 'description',
              header: 'Description',
              cell: (a) => a.description ?? '-',
              sortValue: (a) => a.description,
            },
          ]}
        />
      ) : (
        <SectionError error={apis.error} what="Private REST APIs" />
      )}
    </SpaceBetween>
  );
}
