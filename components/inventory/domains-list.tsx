'use client';

import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { OwnedDomainRow, SharedDomain } from '@/lib/model/domains';
import type { Section } from '@/lib/result';
import { domainHref } from '@/lib/inventory/hrefs';
import { CopyableId } from '@/components/common/copyable-id';
import { InternalLink } from '@/components/common/internal-link';
import { PageHeader } from '@/components/common/page-header';
import { ResourceStatus } from '@/components/common/resource-status';
import { ResourceTable } from '@/components/common/resource-table';
import { SectionError } from '@/components/common/section-error';
import { UrlTabs } from '@/components/common/url-tabs';
import { TruncatedArn } from './truncated-arn';

function OwnedDomainsTable({
  domains,
  region,
  actions,
}: {
  domains: Section<OwnedDomainRow[]>;
  region: string;
  actions?: React.ReactNode;
}) {
  if (!domains.ok) return <SectionError error={domains.error} what="Custom domain names" />;
  return (
    <ResourceTable
      items={domains.data}
      trackBy={(d) => `${d.domainName}+${d.domainNameId}`}
      title="Private custom domain names owned by this account"
      noun={['domain name', 'domain names']}
      actions={actions}
      empty={`This account owns no private custom domain name in ${region}.`}
      defaultSort={{ columnId: 'name' }}
      columns={[
        {
          id: 'name',
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
        {
          id: 'status',
          header: 'Status',
          cell: (d) => <ResourceStatus status={d.status} />,
          sortValue: (d) => d.status,
        },
        {
          id: 'access',
          header: 'Invoke policy',
          cell: (d) => (
            <StatusIndicator type={d.access.tone} wrapText={false}>
              {d.access.text}
            </StatusIndicator>
          ),
          sortValue: (d) => d.access.text,
        },
        {
          id: 'shared',
          header: 'Management policy',
          cell: (d) => (d.shared ? 'Set (other accounts may associate)' : 'None'),
          sortValue: (d) => (d.shared ? 1 : 0),
        },
        {
          id: 'arn',
          header: 'ARN',
          cell: (d) => <TruncatedArn value={d.domainNameArn ?? ''} />,
          sortValue: (d) => d.domainNameArn,
          width: 240,
          minWidth: 160,
        },
      ]}
    />
  );
}

function SharedDomainsTable({ domains, region }: { domains: Section<SharedDomain[]>; region: string }) {
  if (!domains.ok) return <SectionError error={domains.error} what="Shared domain names" />;
  return (
    <ResourceTable
      items={domains.data}
      trackBy={(d) => d.domainNameArn}
      title="Private custom domain names shared with this account"
      description="Other accounts' domains this account may create access associations with. AWS shows a consumer only their name, ID, ARN and owner."
      noun={['shared domain name', 'shared domain names']}
      filterParam="q-shared"
      empty={`No other account shares a private custom domain name with this account in ${region}. A pending RAM invitation has to be accepted first (see Sharing).`}
      defaultSort={{ columnId: 'name' }}
      columns={[
        {
          id: 'name',
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
        {
          id: 'owner',
          header: 'Owner account',
          cell: (d) => d.ownerAccountId ?? '-',
          sortValue: (d) => d.ownerAccountId,
        },
        {
          id: 'arn',
          header: 'ARN',
          cell: (d) => <TruncatedArn value={d.domainNameArn} />,
          sortValue: (d) => d.domainNameArn,
          width: 240,
          minWidth: 160,
        },
      ]}
    />
  );
}

/** `ownedActions`: buttons for the owned-domains table header (e.g. "Create domain name" from the provider flows). */
export function DomainsList({
  owned,
  shared,
  region,
  ownedActions,
}: {
  owned: Section<OwnedDomainRow[]>;
  shared: Section<SharedDomain[]>;
  region: string;
  ownedActions?: React.ReactNode;
}) {
  const count = (s: Section<unknown[]>) => (s.ok ? ` (${s.data.length})` : '');
  return (
    <SpaceBetween size="l">
      <PageHeader
        title="Custom domain names"
        breadcrumbs={[
          { text: 'Private domains', href: '/' },
          { text: 'Custom domain names', href: '/domains' },
        ]}
        description={
          <>
            Private custom domain names in {region}. Names are not unique:{' '}
            <Box variant="span" fontWeight="bold">
              a domain is identified by its name and its domain name ID together
            </Box>
            .
          </>
        }
      />
      <UrlTabs
        ariaLabel="Domain names"
        // A consumer account usually owns no domain: open where its domains are.
        defaultTabId={owned.ok && owned.data.length === 0 && shared.ok && shared.data.length > 0 ? 'shared' : 'owned'}
        tabs={[
          {
            id: 'owned',
            label: `Owned by this account${count(owned)}`,
            content: <OwnedDomainsTable domains={owned} region={region} actions={ownedActions} />,
          },
          {
            id: 'shared',
            label: `Shared with this account${count(shared)}`,
            content: <SharedDomainsTable domains={shared} region={region} />,
          },
        ]}
      />
    </SpaceBetween>
  );
}
