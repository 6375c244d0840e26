'use client';

import SpaceBetween from '@cloudscape-design/components/space-between';
import Box from '@cloudscape-design/components/box';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { ListPage } from '@/lib/model/paging';
import type { ApiRow } from '@/lib/model/rest-apis';
import type { Section } from '@/lib/result';
import { apiHref } from '@/lib/inventory/hrefs';
import { formatTime } from '@/lib/inventory/format';
import { CopyableId } from '@/components/common/copyable-id';
import { InternalLink } from '@/components/common/internal-link';
import { PageHeader } from '@/components/common/page-header';
import { ResourceStatus } from '@/components/common/resource-status';
import { SectionError } from '@/components/common/section-error';
import { ServerPagedTable } from './server-paged-table';

/**
 * The account's private REST APIs, one page at a time (filter, sort and page in the URL, answered by the server).
 * Props: `apis` (the page), `region`.
 */
export function ApisList({ apis, region }: { apis: Section<ListPage<ApiRow>>; region: string }) {
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
        <ServerPagedTable
          page={apis.data}
          trackBy={(a) => a.id}
          title="Private REST APIs"
          noun={['private API', 'private APIs']}
          empty={`This account has no private REST APIs in ${region}.`}
          defaultSort="name"
          columns={[
            {
              id: 'name',
              header: 'Name',
              cell: (a) => <InternalLink href={apiHref(a.id)}>{a.name}</InternalLink>,
              sortable: true,
              // Long names wrap at their hyphens into a few lines, not one word per line.
              minWidth: 200,
            },
            {
              id: 'id',
              header: 'API ID',
              cell: (a) => <CopyableId value={a.id} label="API ID" />,
              sortable: true,
            },
            {
              id: 'vpce',
              header: 'Associated VPC endpoints',
              cell: (a) =>
                a.vpcEndpointIds.length ? a.vpcEndpointIds.join(', ') : <Box color="text-status-inactive">None</Box>,
              sortable: true,
            },
            {
              id: 'policy',
              header: 'Resource policy',
              cell: (a) =>
                a.hasPolicy ? (
                  <StatusIndicator type="success" wrapText={false}>
                    Attached
                  </StatusIndicator>
                ) : (
                  <StatusIndicator type="warning" wrapText={false}>
                    None: every call is denied
                  </StatusIndicator>
                ),
              sortable: true,
            },
            {
              id: 'status',
              header: 'Status',
              cell: (a) => <ResourceStatus status={a.apiStatus ?? 'AVAILABLE'} />,
              sortable: true,
            },
            {
              id: 'created',
              header: 'Created',
              cell: (a) => formatTime(a.createdDate),
              sortable: true,
            },
            {
              id: 'description',
              header: 'Description',
              cell: (a) => a.description ?? '-',
              sortable: true,
            },
          ]}
        />
      ) : (
        <SectionError error={apis.error} what="Private REST APIs" />
      )}
    </SpaceBetween>
  );
}
