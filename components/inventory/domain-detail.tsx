'use client';

import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { Domain, SharedDomain } from '@/lib/model/domains';
import type { ConsoleError } from '@/lib/errors';
import type { Section } from '@/lib/result';
import { domainHref, vpcEndpointHref } from '@/lib/inventory/hrefs';
import { formatTime } from '@/lib/inventory/format';
import { CopyableId } from '@/components/common/copyable-id';
import { Details } from '@/components/common/details';
import { InternalLink } from '@/components/common/internal-link';
import { PageHeader } from '@/components/common/page-header';
import { ResourceStatus } from '@/components/common/resource-status';
import { ResourceTable } from '@/components/common/resource-table';
import { SectionError } from '@/components/common/section-error';

const crumbs = (name: string, id: string) => [
  { text: 'Private domains', href: '/' },
  { text: 'Custom domain names', href: '/domains' },
  { text: `${name} (${id})`, href: domainHref(name, id) },
];

export function DomainHeader({
  domainName,
  domainNameId,
  description,
  actions,
}: {
  domainName: string;
  domainNameId: string;
  description?: React.ReactNode;
  actions?: React.ReactNode;
}) {
  return (
    <PageHeader
      title={domainName}
      breadcrumbs={crumbs(domainName, domainNameId)}
      description={description ?? `Domain name ID ${domainNameId}`}
      actions={actions}
    />
  );
}

export function DomainUnavailable({
  domainName,
  domainNameId,
  error,
}: {
  domainName: string;
  domainNameId: string;
  error: ConsoleError;
}) {
  return (
    <SpaceBetween size="l">
      <DomainHeader domainName={domainName} domainNameId={domainNameId} />
      <SectionError error={error} what="Custom domain name" />
      <InternalLink href="/domains">Back to custom domain names</InternalLink>
    </SpaceBetween>
  );
}

export function DomainSummary({ domain }: { domain: Domain & { domainNameId: string } }) {
  return (
    <Container header={<Header variant="h2">Details</Header>}>
      <Details
        columns={3}
        items={[
          { label: 'Domain name', value: <CopyableId value={domain.domainName} label="domain name" /> },
          { label: 'Domain name ID', value: <CopyableId value={domain.domainNameId} label="domain name ID" /> },
          { label: 'Status', value: <ResourceStatus status={domain.status} /> },
          { label: 'ARN', value: <CopyableId value={domain.domainNameArn ?? ''} label="ARN" /> },
          { label: 'Certificate', value: <CopyableId value={domain.certificateArn ?? ''} label="certificate ARN" /> },
          { label: 'Certificate uploaded', value: formatTime(domain.certificateUploadDate) },
          { label: 'TLS security policy', value: domain.securityPolicy },
          { label: 'Endpoint access mode', value: domain.endpointAccessMode ?? 'BASIC (default)' },
          { label: 'Endpoint type', value: domain.endpointTypes.join(', ') },
          { label: 'Routing mode', value: domain.routingMode },
          ...(domain.statusMessage ? [{ label: 'Status message', value: domain.statusMessage }] : []),
        ]}
      />
    </Container>
  );
}

/** A consumer's view of another account's domain: AWS exposes only name, id, ARN and owner. */
export function SharedDomainSummary({ domain }: { domain: SharedDomain }) {
  return (
    <SpaceBetween size="l">
      <Alert type="info" header={`Shared with this account by ${domain.ownerAccountId ?? 'another account'}`}>
        AWS shows an account that a domain is shared with only its name, ID, ARN and owner. Its certificate, status,
        policies and base path mappings are visible to the owner only; ask the owner when a call through it is denied.
      </Alert>
      <Container header={<Header variant="h2">Details</Header>}>
        <Details
          columns={2}
          items={[
            { label: 'Domain name', value: <CopyableId value={domain.domainName} label="domain name" /> },
            { label: 'Domain name ID', value: <CopyableId value={domain.domainNameId} label="domain name ID" /> },
            { label: 'ARN', value: <CopyableId value={domain.domainNameArn} label="ARN" /> },
            { label: 'Owner account', value: domain.ownerAccountId },
          ]}
        />
      </Container>
    </SpaceBetween>
  );
}

export interface OwnAssociationRow {
  arn: string;
  vpceId: string;
}

export function OwnAssociationsTable({ associations }: { associations: Section<OwnAssociationRow[]> }) {
  if (!associations.ok) return <SectionError error={associations.error} what="Access associations" />;
  return (
    <ResourceTable
      items={associations.data}
      trackBy={(a) => a.arn}
      title="This account's access associations with the domain"
      description="Each VPC endpoint that should reach the domain needs its own association. Whether calls are allowed is up to the owner's policies."
      noun={['association', 'associations']}
      filterParam="associations"
      empty="None of this account's VPC endpoints is associated with the domain yet."
      columns={[
        {
          id: 'vpce',
          header: 'VPC endpoint',
          cell: (a) => <InternalLink href={vpcEndpointHref(a.vpceId)}>{a.vpceId}</InternalLink>,
          sortValue: (a) => a.vpceId,
        },
        {
          id: 'arn',
          header: 'Association ARN',
          cell: (a) => <CopyableId value={a.arn} label="association ARN" />,
          sortValue: (a) => a.arn,
        },
      ]}
    />
  );
}

export function NotVisible({ domainName, domainNameId }: { domainName: string; domainNameId: string }) {
  return (
    <SpaceBetween size="l">
      <DomainHeader domainName={domainName} domainNameId={domainNameId} />
      <Alert type="error" header="Not found">
        No private custom domain name {domainName} with ID {domainNameId} is owned by or shared with this account in
        this Region. Check the ID (names are not unique), the account context and the Region.
      </Alert>
      <Box>
        <InternalLink href="/domains">Back to custom domain names</InternalLink>
      </Box>
    </SpaceBetween>
  );
}
