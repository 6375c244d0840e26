/**
 * Private domain detail. An owned domain shows its summary and the `ownerTabs`; a domain shared with this account
 * shows what AWS lets a consumer see and the `consumerTabs`. To add a panel, append one `{ id, label, content }`
 * entry to the right list; its id becomes `?tab=<id>`.
 */
import { Suspense } from 'react';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { getSession } from '@/lib/aws/session';
import { getDomain } from '@/lib/aws/read/domains';
import {
  findSharedDomain,
  loadOwnAssociationsWith,
  loadOwnedDomainSections,
} from '@/lib/services/inventory/domain-detail';
import { section } from '@/lib/result';
import { decodeParam, domainHref } from '@/lib/inventory/hrefs';
import { UrlTabs, type UrlTab } from '@/components/common/url-tabs';
import { InvokeTab } from '@/components/invoke/lazy-tabs';
import { ExportButton } from '@/components/export/export-button';
import { ConsumerDomainPanel } from '@/components/consumer/lazy-tabs';
import { loadConsumerDomainPanel } from '@/lib/services/consumer/domain-panel';
import { DeleteDomainPanel } from '@/components/provider/delete-domain-panel';
import { MappingsManager } from '@/components/provider/mappings-manager';
import { AssociationsManager, DomainPoliciesManager, SharingManager } from '@/components/provider/lazy-tabs';
import {
  DomainHeader,
  DomainSummary,
  DomainUnavailable,
  NotVisible,
  OwnAssociationsTable,
  SharedDomainSummary,
} from '@/components/inventory/domain-detail';
import { Deferred } from '@/components/inventory/deferred';
import { SectionLoading } from '@/components/inventory/section-loading';

export default async function DomainDetailPage({
  params,
  searchParams,
}: {
  params: Promise<{ domainName: string; domainNameId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { domainName: rawName, domainNameId: rawId } = await params;
  const domainName = decodeParam(rawName);
  const domainNameId = decodeParam(rawId);
  const session = await getSession();
  const resource = `${domainName} (${domainNameId})`;

  const domain = await section(() => getDomain(session, domainName, domainNameId), {
    operation: 'apigateway:GetDomainName',
    resource,
  });
  if (!domain.ok && domain.error.kind !== 'not-found')
    return <DomainUnavailable domainName={domainName} domainNameId={domainNameId} error={domain.error} />;

  if (!domain.ok) {
    const shared = await section(() => findSharedDomain(session, domainName, domainNameId), {
      operation: 'apigateway:GetDomainNames (resourceOwner OTHER_ACCOUNTS)',
    });
    if (!shared.ok)
      return <DomainUnavailable domainName={domainName} domainNameId={domainNameId} error={shared.error} />;
    const match = shared.data;
    if (!match) return <NotVisible domainName={domainName} domainNameId={domainNameId} />;

    // The consumer names the base path it calls (it cannot read the mappings): `?basePath=` on this page.
    const { basePath } = await searchParams;
    const associations = section(() => loadOwnAssociationsWith(session, match.domainNameArn), {
      operation: 'apigateway:GetDomainNameAccessAssociations',
    });
    const consumerPanel = await loadConsumerDomainPanel(
      session,
      match.domainNameArn,
      typeof basePath === 'string' ? basePath : undefined,
    );
    const consumerTabs: UrlTab[] = [
      { id: 'use', label: 'Use this domain', content: <ConsumerDomainPanel panel={consumerPanel} /> },
      {
        id: 'associations',
        label: 'Access associations',
        content: (
          <Suspense fallback={<SectionLoading title="Access associations" what="access associations" />}>
            <Deferred value={associations}>{(a) => <OwnAssociationsTable associations={a} />}</Deferred>
          </Suspense>
        ),
      },
    ];
    return (
      <SpaceBetween size="l">
        <DomainHeader
          domainName={domainName}
          domainNameId={domainNameId}
          description={`Shared with this account by ${match.ownerAccountId ?? 'another account'}`}
        />
        <SharedDomainSummary domain={match} />
        <UrlTabs tabs={consumerTabs} ariaLabel="Shared domain details" />
      </SpaceBetween>
    );
  }

  const d = { ...domain.data, domainNameId };
  const { mappings, associations, shares } = loadOwnedDomainSections(session, d);

  const ownerTabs: UrlTab[] = [
    {
      id: 'mappings',
      label: 'Base path mappings',
      content: (
        <Suspense fallback={<SectionLoading title="Base path mappings" what="base path mappings" />}>
          <Deferred value={mappings}>
            {(m) => <MappingsManager domain={{ domainName, domainNameId }} mappings={m} />}
          </Deferred>
        </Suspense>
      ),
    },
    { id: 'policies', label: 'Policies', content: <DomainPoliciesManager domain={d} /> },
    {
      id: 'associations',
      label: 'Access associations',
      content: (
        <Suspense fallback={<SectionLoading title="Access associations" what="access associations" />}>
          <Deferred value={associations}>
            {(a) => <AssociationsManager domain={{ domainName, domainNameId }} associations={a} />}
          </Deferred>
        </Suspense>
      ),
    },
    {
      id: 'sharing',
      label: 'Sharing',
      content: (
        <Suspense fallback={<SectionLoading title="Sharing" what="resource shares" />}>
          <Deferred value={shares}>
            {(s) => (
              <SharingManager domain={{ domainName, domainNameId }} shares={s} managementPolicy={d.managementPolicy} />
            )}
          </Deferred>
        </Suspense>
      ),
    },
    {
      id: 'invoke',
      label: 'Invoke',
      content: <InvokeTab target={{ kind: 'domain', domain: domainName, domainId: domainNameId }} />,
    },
  ];

  return (
    <SpaceBetween size="l">
      <DomainHeader
        domainName={domainName}
        domainNameId={domainNameId}
        actions={
          <ExportButton
            what={domainName}
            targets={[{ label: domainName, href: `${domainHref(domainName, domainNameId)}/export` }]}
          />
        }
      />
      <DomainSummary domain={d} />
      <UrlTabs tabs={ownerTabs} ariaLabel="Domain details" />
      <Suspense fallback={null}>
        <Deferred value={Promise.all([mappings, associations, shares])}>
          {([m, a, s]) => (
            <DeleteDomainPanel domain={{ domainName, domainNameId }} mappings={m} associations={a} shares={s} />
          )}
        </Deferred>
      </Suspense>
    </SpaceBetween>
  );
}
