'use client';

import { useState, useTransition } from 'react';
import { usePathname, useRouter } from 'next/navigation';
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import { PAGINATION_LABELS } from '@/components/common/resource-table';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import type { EndpointPage } from '@/lib/model/vpc-endpoints';
import type { Section } from '@/lib/result';
import { vpcEndpointHref } from '@/lib/inventory/hrefs';
import { CopyableId } from '@/components/common/copyable-id';
import { InternalLink } from '@/components/common/internal-link';
import { PageHeader } from '@/components/common/page-header';
import { ResourceStatus } from '@/components/common/resource-status';
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

/**
 * The account's execute-api endpoints, one page at a time: filtering and paging go through the URL (`q`, `page`)
 * to the server, so the page's HTML holds the rows shown, not the whole account. Props: `endpoints` (the page),
 * `filter` (the current filter text), `region`.
 */
export function VpcEndpointsList({
  endpoints,
  filter,
  region,
}: {
  endpoints: Section<EndpointPage>;
  filter: string;
  region: string;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const [text, setText] = useState(filter);
  const [pending, startTransition] = useTransition();
  const go = (q: string, page: number) => {
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    if (page > 1) params.set('page', String(page));
    const search = params.toString();
    startTransition(() => router.replace(search ? `${pathname}?${search}` : pathname));
  };

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
        <EndpointsTable page={endpoints.data} text={text} setText={setText} go={go} loading={pending} />
      ) : (
        <SectionError error={endpoints.error} what="VPC endpoints" />
      )}
    </SpaceBetween>
  );
}

function EndpointsTable({
  page,
  text,
  setText,
  go,
  loading,
}: {
  page: EndpointPage;
  text: string;
  setText: (text: string) => void;
  go: (q: string, page: number) => void;
  loading: boolean;
}) {
  const vpcName = (id: string) => page.vpcs.find((v) => v.id === id)?.name;
  const counter = page.matching === page.total ? `(${page.total})` : `(${page.matching}/${page.total})`;
  return (
    <Table
      data-testid="resource-table"
      variant="container"
      items={page.items}
      trackBy="id"
      loading={loading}
      loadingText="Loading endpoints"
      header={
        <Header variant="h2" counter={counter}>
          execute-api interface endpoints
        </Header>
      }
      filter={
        <TextFilter
          filteringText={text}
          filteringPlaceholder="Find endpoints"
          filteringAriaLabel="Find endpoints"
          countText={`${page.matching} ${page.matching === 1 ? 'match' : 'matches'}`}
          onChange={({ detail }) => setText(detail.filteringText)}
          onDelayedChange={({ detail }) => go(detail.filteringText.trim(), 1)}
        />
      }
      pagination={
        <Pagination
          ariaLabels={PAGINATION_LABELS}
          currentPageIndex={page.page}
          pagesCount={page.pageCount}
          onChange={({ detail }) => go(text.trim(), detail.currentPageIndex)}
        />
      }
      empty={
        <Box textAlign="center" color="inherit" padding={{ vertical: 's' }}>
          {page.total === 0
            ? 'No execute-api interface endpoint in this Region. Create one in the VPC that should reach private APIs.'
            : 'No endpoints match the filter.'}
        </Box>
      }
      columnDefinitions={[
        {
          id: 'id',
          header: 'Endpoint ID',
          cell: (e) => <InternalLink href={vpcEndpointHref(e.id)}>{e.id}</InternalLink>,
        },
        { id: 'name', header: 'Name', cell: (e) => e.name ?? '-' },
        {
          id: 'vpc',
          header: 'VPC',
          cell: (e) => (vpcName(e.vpcId) ? `${e.vpcId} (${vpcName(e.vpcId) ?? ''})` : e.vpcId),
        },
        { id: 'state', header: 'State', cell: (e) => <ResourceStatus status={e.state} /> },
        { id: 'privateDns', header: 'Private DNS', cell: (e) => <PrivateDns enabled={e.privateDnsEnabled} /> },
        { id: 'subnets', header: 'Subnets', cell: (e) => e.subnetIds.length, width: 100 },
        {
          id: 'dns',
          header: 'Regional DNS name',
          cell: (e) => {
            const regional = e.dnsNames.find((d) => d.kind === 'regional');
            return regional ? <CopyableId value={regional.dnsName} label="DNS name" /> : '-';
          },
        },
      ]}
    />
  );
}
