'use client';

import { useState, useTransition } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { PAGINATION_LABELS } from '@/components/common/resource-table';
import { useRemotePage } from '@/components/options/use-remote-page';
import { CopyableId } from '@/components/common/copyable-id';
import { SectionError } from '@/components/common/section-error';
import { associateEndpointWithDomain } from '@/lib/actions/consumer-associations';
import { runAction } from '@/lib/actions/action-result';
import { createAssociationSchema } from '@/lib/consumer/schemas';
import { ASSOCIATION_DELAY_NOTE } from '@/lib/consumer/steps';
import { formReads } from '@/lib/domains/edit-options';
import type { ConsoleError } from '@/lib/errors';
import type { Section } from '@/lib/result';
import type { AssociatedEndpoint, EndpointRow } from '@/lib/consumer/panel';
import { ActionError } from './action-error';
import { useCanMutate } from '@/components/common/access';

const ISSUE_TYPE = { error: 'error', warning: 'warning', info: 'info' } as const;

function Issues({ row }: { row: EndpointRow }) {
  if (row.issues.length === 0) return <StatusIndicator type="success">Can be associated</StatusIndicator>;
  return (
    <SpaceBetween size="xxs">
      {row.issues.map((i) => (
        <StatusIndicator key={i.kind} type={ISSUE_TYPE[i.severity]}>
          {i.message}
        </StatusIndicator>
      ))}
    </SpaceBetween>
  );
}

function vpcDnsText(row: EndpointRow): string {
  if (!row.vpcDns) return 'unknown';
  const { enableDnsSupport: s, enableDnsHostnames: h } = row.vpcDns;
  if (s && h) return 'support on, hostnames on';
  return `support ${s ? 'on' : 'off'}, hostnames ${h ? 'on' : 'off'}`;
}

const columns: TableProps.ColumnDefinition<EndpointRow>[] = [
  {
    id: 'endpoint',
    header: 'VPC endpoint',
    cell: (r) => (
      <SpaceBetween size="xxs">
        <CopyableId value={r.id} label="endpoint id" />
        {r.name && <Box variant="small">{r.name}</Box>}
      </SpaceBetween>
    ),
  },
  {
    id: 'vpc',
    header: 'VPC',
    cell: (r) => (
      <SpaceBetween size="xxs">
        <CopyableId value={r.vpcId} label="VPC id" />
        {r.vpcName && <Box variant="small">{r.vpcName}</Box>}
      </SpaceBetween>
    ),
  },
  {
    id: 'privateDns',
    header: 'Private DNS',
    cell: (r) => (r.privateDnsEnabled ? 'On' : 'Off'),
  },
  { id: 'vpcDns', header: 'VPC DNS attributes', cell: (r) => vpcDnsText(r) },
  { id: 'ip', header: 'IP type', cell: (r) => r.ipAddressType },
  { id: 'fit', header: 'Notes', cell: (r) => <Issues row={r} />, width: 380 },
];

/**
 * Step 2: pick one of this account's execute-api endpoints in the Region and create the association. The endpoints
 * load when the step opens, a page at a time and filtered on the server.
 */
export function AssociateStep({
  domainArn,
  region,
  associations,
}: {
  domainArn: string;
  region: string;
  associations: Section<AssociatedEndpoint[]>;
}) {
  // A new `associations` arrives with every server render (after any mutation on the page): the rows follow it.
  const endpoints = useRemotePage<EndpointRow>(formReads.associationCandidates(domainArn), associations);
  const [pending, startTransition] = useTransition();
  const [selected, setSelected] = useState<EndpointRow[]>([]);
  const [failure, setFailure] = useState<{ error: ConsoleError; fieldErrors?: Record<string, string> }>();
  const [created, setCreated] = useState<string>();
  const mutate = useCanMutate();

  const associate = () => {
    const row = selected.at(0);
    const refuse = (message: string) =>
      setFailure({ error: { kind: 'invalid-input', title: 'Cannot associate this endpoint', message } });
    if (!row) {
      refuse('Select one of your endpoints first.');
      return;
    }
    const problem = row.selectable
      ? undefined
      : row.issues.find((i) => i.severity === 'error' || i.kind === 'already-associated')?.message;
    const parsed = createAssociationSchema.safeParse({ domainNameArn: domainArn, vpcEndpointId: row.id });
    if (problem || !parsed.success) {
      refuse(problem ?? parsed.error?.issues.at(0)?.message ?? '');
      return;
    }
    startTransition(async () => {
      const result = await runAction(associateEndpointWithDomain, parsed.data);
      if (!result.ok) {
        setFailure(result);
        setCreated(undefined);
        return;
      }
      setFailure(undefined);
      setSelected([]);
      setCreated(`Associated ${row.id}: ${result.data.associationArn}. ${ASSOCIATION_DELAY_NOTE}`);
    });
  };

  return (
    <SpaceBetween size="m">
      {created && (
        <Alert type="success" dismissible onDismiss={() => setCreated(undefined)} data-testid="associate-result">
          {created}
        </Alert>
      )}
      {failure && <ActionError error={failure.error} />}
      {!associations.ok && <SectionError error={associations.error} what="Your associations" />}
      {associations.ok && associations.data.length > 0 && (
        <SpaceBetween size="xs">
          {associations.data.map((a) => (
            <Box key={a.associationArn}>
              <StatusIndicator type="success">{a.vpceId} is associated</StatusIndicator>{' '}
              <CopyableId value={a.associationArn} label="association ARN" display="Association ARN" />
            </Box>
          ))}
        </SpaceBetween>
      )}
      {endpoints.error && !endpoints.page ? (
        <SectionError error={endpoints.error} what="VPC endpoints" />
      ) : (
        <Table<EndpointRow>
          items={endpoints.page?.items ?? []}
          columnDefinitions={columns}
          trackBy={(r) => r.id}
          loading={endpoints.loading}
          loadingText="Loading endpoints"
          variant="embedded"
          wrapLines
          selectionType="single"
          selectedItems={selected}
          onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
          ariaLabels={{
            selectionGroupLabel: 'Your execute-api endpoints selection',
            itemSelectionLabel: (_, r) => `Select endpoint ${r.id}`,
            allItemsSelectionLabel: () => 'Select all endpoints',
          }}
          empty={
            <Box textAlign="center" color="inherit" padding={{ vertical: 's' }}>
              {endpoints.page?.total === 0
                ? `This account has no execute-api interface endpoint in ${region}. Create one in the VPC your clients run in.`
                : 'No endpoints match the filter.'}
            </Box>
          }
          header={
            <Header
              variant="h3"
              counter={
                endpoints.page
                  ? endpoints.filter
                    ? `(${String(endpoints.page.matching)}/${String(endpoints.page.total)})`
                    : `(${String(endpoints.page.total)})`
                  : undefined
              }
              description={`Interface endpoints for execute-api in ${region}. Each endpoint that should reach the domain needs its own association.`}
              actions={
                <Button
                  variant="primary"
                  loading={pending}
                  disabled={selected.length === 0 || !mutate.allowed}
                  disabledReason={mutate.reason}
                  onClick={associate}
                >
                  Associate endpoint
                </Button>
              }
            >
              Your execute-api endpoints
            </Header>
          }
          filter={
            <TextFilter
              filteringText={endpoints.filter}
              filteringPlaceholder="Find endpoints by id, name or VPC"
              filteringAriaLabel="Filter endpoints"
              onChange={({ detail }) => endpoints.setFilter(detail.filteringText)}
            />
          }
          pagination={
            <Pagination
              currentPageIndex={endpoints.page?.page ?? 1}
              pagesCount={endpoints.page?.pageCount ?? 1}
              onChange={({ detail }) => endpoints.setPage(detail.currentPageIndex)}
              ariaLabels={PAGINATION_LABELS}
            />
          }
        />
      )}
      {endpoints.error && endpoints.page && <SectionError error={endpoints.error} what="VPC endpoints" />}
    </SpaceBetween>
  );
}
