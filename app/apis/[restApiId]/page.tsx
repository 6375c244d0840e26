/**
 * Private API detail: a summary, then the tabs in `tabs` below. To add a panel (actions, invoke, …), append one
 * `{ id, label, content }` entry; its id becomes `?tab=<id>`. Sections that wait on their own AWS calls stream in
 * their own Suspense boundary.
 */
import { Suspense } from 'react';
import { after } from 'next/server';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { getSession } from '@/lib/aws/session';
import { loadApiDetailSections } from '@/lib/services/inventory/api-detail';
import { loadStagesServingCurrent } from '@/lib/services/api-management/stages-serving';
import { UrlTabs, type UrlTab } from '@/components/common/url-tabs';
import { InvokeTab } from '@/components/invoke/lazy-tabs';
import { ApiPolicyManager, EndpointAssociationsManager } from '@/components/provider/lazy-tabs';
import { RedeployBanner } from '@/components/provider/redeploy-banner';
import {
  ApiHeader,
  ApiSummary,
  ApiUnavailable,
  DeploymentsTable,
  MappedDomainsTable,
  StagesTable,
} from '@/components/inventory/api-detail';
import { Deferred } from '@/components/inventory/deferred';
import { SectionLoading } from '@/components/inventory/section-loading';

export default async function ApiDetailPage({ params }: { params: Promise<{ restApiId: string }> }) {
  const { restApiId } = await params;
  const session = await getSession();
  const {
    api: apiSection,
    stages,
    deployments,
    domains,
    knownEndpointIds,
    accountId,
  } = loadApiDetailSections(session, restApiId, { startLater: after });
  const api = await apiSection;
  if (!api.ok) return <ApiUnavailable restApiId={restApiId} error={api.error} />;
  const served = stages.then((s) =>
    s.ok
      ? loadStagesServingCurrent(
          session,
          api.data,
          s.data.map((x) => x.stageName),
        )
      : {},
  );

  const tabs: UrlTab[] = [
    {
      id: 'stages',
      label: 'Stages',
      content: (
        <Suspense fallback={<SectionLoading title="Stages" what="stages" />}>
          <Deferred value={stages}>{(s) => <StagesTable stages={s} />}</Deferred>
        </Suspense>
      ),
    },
    {
      id: 'policy',
      label: 'Resource policy',
      content: (
        <Suspense fallback={<SectionLoading title="Resource policy" what="resource policy" />}>
          <Deferred value={Promise.all([accountId, stages])}>
            {([a, s]) => <ApiPolicyManager api={api.data} region={session.region} accountId={a} stages={s} />}
          </Deferred>
        </Suspense>
      ),
    },
    {
      id: 'domains',
      label: 'Custom domain names',
      content: (
        <Suspense fallback={<SectionLoading title="Custom domain names" what="mapped domains" />}>
          <Deferred value={Promise.all([domains, stages])}>
            {([d, s]) => (
              <MappedDomainsTable domains={d} stageNames={s.ok ? s.data.map((x) => x.stageName) : undefined} />
            )}
          </Deferred>
        </Suspense>
      ),
    },
    {
      id: 'endpoints',
      label: 'VPC endpoint associations',
      content: (
        <EndpointAssociationsManager
          restApiId={restApiId}
          associated={api.data.vpcEndpointIds}
          region={session.region}
        />
      ),
    },
    {
      id: 'deployments',
      label: 'Deployments',
      content: (
        <Suspense fallback={<SectionLoading title="Deployments" what="deployments" />}>
          <Deferred value={deployments}>{(d) => <DeploymentsTable deployments={d} />}</Deferred>
        </Suspense>
      ),
    },
    { id: 'invoke', label: 'Invoke', content: <InvokeTab target={{ kind: 'api', api: restApiId }} /> },
  ];

  return (
    <SpaceBetween size="l">
      <ApiHeader api={api.data} />
      <Suspense fallback={<ApiSummary api={api.data} region={session.region} knownEndpointIds={undefined} />}>
        <Deferred value={knownEndpointIds}>
          {(known) => <ApiSummary api={api.data} region={session.region} knownEndpointIds={known} />}
        </Deferred>
      </Suspense>
      <Suspense fallback={null}>
        <Deferred value={Promise.all([stages, deployments, served])}>
          {([s, d, current]) => <RedeployBanner api={api.data} stages={s} deployments={d} served={current} />}
        </Deferred>
      </Suspense>
      <UrlTabs tabs={tabs} ariaLabel="API details" />
    </SpaceBetween>
  );
}
