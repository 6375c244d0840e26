'use client';

import Box from '@cloudscape-design/components/box';
import type { OwnedShareRow, SharedResource } from '@/lib/model/sharing';
import type { Section } from '@/lib/result';
import { parseDomainNameArn } from '@/lib/domains/arn';
import { domainHref } from '@/lib/inventory/hrefs';
import { formatTime } from '@/lib/inventory/format';
import { CopyableId } from '@/components/common/copyable-id';
import { InternalLink } from '@/components/common/internal-link';
import { ResourceStatus } from '@/components/common/resource-status';
import { ResourceTable } from '@/components/common/resource-table';
import { SectionError } from '@/components/common/section-error';
import { TruncatedArn } from './truncated-arn';

/** RAM ARNs end in a UUID that identifies the share; the rest repeats Region and owner shown elsewhere. */
function shortArn(arn: string): string {
  const id = arn.split('/').pop();
  return id ? `…/${id}` : arn;
}

function ResourceArn({ arn }: { arn: string }) {
  const domain = parseDomainNameArn(arn);
  return domain ? (
    <span>
      {/* Name and id as separate words, so they may wrap apart and the other columns keep their room. */}
      <InternalLink href={domainHref(domain.domainName, domain.domainNameId)}>
        {domain.domainName} ({domain.domainNameId})
      </InternalLink>{' '}
      <CopyableId value={arn} label="ARN" display="ARN" />
    </span>
  ) : (
    <CopyableId value={arn} label="ARN" />
  );
}

export function OwnedSharesTable({ shares, actions }: { shares: Section<OwnedShareRow[]>; actions?: React.ReactNode }) {
  if (!shares.ok) return <SectionError error={shares.error} what="Resource shares" />;
  return (
    <ResourceTable
      items={shares.data}
      trackBy={(s) => s.arn}
      title="Resource shares owned by this account"
      noun={['share', 'shares']}
      actions={actions}
      empty="This account shares nothing through RAM in this Region."
      defaultSort={{ columnId: 'name' }}
      columns={[
        { id: 'name', header: 'Name', cell: (s) => s.name, sortValue: (s) => s.name, minWidth: 200 },
        {
          id: 'status',
          header: 'Status',
          cell: (s) => <ResourceStatus status={s.status} />,
          sortValue: (s) => s.status,
        },
        {
          id: 'resources',
          header: 'Resources',
          cell: (s) =>
            s.resources.length ? (
              s.resources.map((r) => (
                <div key={r}>
                  <ResourceArn arn={r} />
                </div>
              ))
            ) : (
              <Box color="text-status-inactive">None</Box>
            ),
          sortValue: (s) => s.resources.length,
          filterText: (s) => s.resources.join(' '),
        },
        {
          id: 'principals',
          header: 'Principals',
          cell: (s) => (s.principals.length ? s.principals.join(', ') : '-'),
          sortValue: (s) => s.principals.join(','),
          filterText: (s) => s.principals.join(' '),
        },
        {
          id: 'external',
          header: 'Outside organization',
          cell: (s) => (s.allowExternalPrincipals ? 'Allowed' : 'Not allowed'),
          sortValue: (s) => (s.allowExternalPrincipals ? 1 : 0),
        },
        { id: 'created', header: 'Created', cell: (s) => formatTime(s.createdAt), sortValue: (s) => s.createdAt },
        {
          id: 'arn',
          header: 'Share ARN',
          cell: (s) => <TruncatedArn value={s.arn} label="share ARN" display={shortArn(s.arn)} />,
          sortValue: (s) => s.arn,
        },
      ]}
    />
  );
}

/** `actions` / selection props let the consumer flows add Accept/Reject without a second table. */

export function SharedResourcesTable({ resources }: { resources: Section<SharedResource[]> }) {
  if (!resources.ok) return <SectionError error={resources.error} what="Shared resources" />;
  return (
    <ResourceTable
      items={resources.data}
      trackBy={(r) => `${r.shareArn}|${r.arn}`}
      title="Resources shared with this account"
      description="What other accounts share with this account through accepted RAM shares (or automatically, inside an organization)."
      noun={['resource', 'resources']}
      filterParam="q-resources"
      empty="Nothing is shared with this account yet. Accept a pending invitation to see its resources here."
      defaultSort={{ columnId: 'arn' }}
      columns={[
        { id: 'arn', header: 'Resource', cell: (r) => <ResourceArn arn={r.arn} />, sortValue: (r) => r.arn },
        { id: 'type', header: 'Type', cell: (r) => r.type, sortValue: (r) => r.type },
        {
          id: 'owner',
          header: 'Owner account',
          cell: (r) => r.arn.split(':')[4] || '-',
          sortValue: (r) => r.arn.split(':')[4],
        },
        {
          id: 'status',
          header: 'Status',
          cell: (r) => <ResourceStatus status={r.status} />,
          sortValue: (r) => r.status,
        },
        {
          id: 'share',
          header: 'Share ARN',
          cell: (r) =>
            r.shareArn ? <TruncatedArn value={r.shareArn} label="share ARN" display={shortArn(r.shareArn)} /> : '-',
          sortValue: (r) => r.shareArn,
        },
      ]}
    />
  );
}
