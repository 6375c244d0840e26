'use client';

import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { Section } from '@/lib/result';
import type { Attention, OverviewCountId } from '@/lib/model/overview';
import type { AttentionKind } from '@/lib/inventory/attention';
import { InternalLink } from '@/components/common/internal-link';
import { PageHeader } from '@/components/common/page-header';
import { ResourceTable } from '@/components/common/resource-table';

export interface OverviewCount {
  id: OverviewCountId;
  label: string;
  href: string;
  count: Section<number>;
}

function Counter({ item }: { item: OverviewCount }) {
  return (
    <div data-testid={`count-${item.id}`}>
      <Box variant="awsui-key-label">{item.label}</Box>
      {item.count.ok ? (
        <InternalLink href={item.href} variant="awsui-value-large">
          {String(item.count.data)}
        </InternalLink>
      ) : (
        <SpaceBetween size="xxxs">
          <StatusIndicator type="error">{item.count.error.title}</StatusIndicator>
          <Box variant="small">{item.count.error.message}</Box>
        </SpaceBetween>
      )}
    </div>
  );
}

const KIND_LABEL: Record<AttentionKind, string> = {
  'deny-all-domain': 'Deny-all domain policy',
  'mapping-to-missing-stage': 'Mapping to a missing stage',
  'invitation-expiring': 'Invitation about to expire',
  'association-not-allowed': 'Association waiting for a policy update',
};

export function OverviewHeader({
  contextLabel,
  account,
  region,
}: {
  contextLabel: string;
  account?: string;
  region: string;
}) {
  return (
    <PageHeader
      title="Overview"
      breadcrumbs={[{ text: 'Private domains', href: '/' }]}
      description={`Private APIs, endpoints, custom domain names and shares of ${contextLabel}${account ? ` (${account})` : ''} in ${region}.`}
    />
  );
}

export function OverviewCounts({ counts }: { counts: OverviewCount[] }) {
  return (
    <Container header={<Header variant="h2">Resources</Header>}>
      <ColumnLayout columns={4} variant="text-grid" minColumnWidth={170}>
        {counts.map((c) => (
          <Counter key={c.id} item={c} />
        ))}
      </ColumnLayout>
    </Container>
  );
}

function pendingNote({ domains, apis }: Attention['pending']): string | undefined {
  const parts = [
    domains > 0 ? `the mappings of ${domains} domain${domains === 1 ? '' : 's'}` : undefined,
    apis > 0 ? `the stages of ${apis} mapped API${apis === 1 ? '' : 's'}` : undefined,
  ].filter(Boolean);
  return parts.length
    ? `Still reading ${parts.join(' and ')} in the background (at the console's share of the API Gateway quota); reload in a little while to see their checks.`
    : undefined;
}

export function AttentionList({ attention }: { attention: Attention }) {
  const pending = pendingNote(attention.pending);
  return (
    <SpaceBetween size="l">
      {attention.skipped.map((s) => (
        <Alert key={s.check} type="warning" header={`Not checked: ${s.check}`} data-testid="section-error">
          {s.error.title}: {s.error.message}
        </Alert>
      ))}
      {pending && (
        <Alert type="info" data-testid="attention-pending">
          {pending}
        </Alert>
      )}
      <ResourceTable
        items={attention.items}
        trackBy={(i) => i.id}
        title="Needs attention"
        noun={['item', 'items']}
        filterParam="q-attention"
        empty={
          pending ? (
            'Nothing found so far.'
          ) : (
            <StatusIndicator type="success">Nothing needs attention in this account and Region.</StatusIndicator>
          )
        }
        columns={[
          {
            id: 'kind',
            header: 'Kind',
            cell: (i) => (
              <StatusIndicator type="warning" wrapText={false}>
                {KIND_LABEL[i.kind]}
              </StatusIndicator>
            ),
            sortValue: (i) => KIND_LABEL[i.kind],
            width: 330,
          },
          {
            id: 'summary',
            header: 'What',
            cell: (i) => <InternalLink href={i.href}>{i.summary}</InternalLink>,
            sortValue: (i) => i.summary,
          },
          { id: 'action', header: 'What to do', cell: (i) => i.action, sortValue: (i) => i.action },
        ]}
      />
    </SpaceBetween>
  );
}
