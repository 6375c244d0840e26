'use client';

import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Steps from '@cloudscape-design/components/steps';
import { InternalLink } from '@/components/common/internal-link';
import { ExportButton } from '@/components/export/export-button';
import { domainHref } from '@/lib/inventory/hrefs';
import type { StepId } from '@/lib/consumer/steps';
import type { ConsumerDomainView } from '@/lib/consumer/panel';
import type { Section } from '@/lib/result';
import { SectionError } from '@/components/common/section-error';
import { StepContainer } from './step-container';
import { stepStatusLabel, stepStatusType } from './step-status';
import { AssociateStep } from './associate-step';
import { DnsStep } from './dns-step';
import { ProviderStep } from './provider-step';
import { InvokeStep } from './invoke-step';
import { LeaveSection } from './leave-section';

/**
 * The consumer's guided path for a domain another account owns: overview of the steps, then each step (accept,
 * associate, DNS, tell the provider, invoke, leave). Props: `panel`, the server's reading of it.
 */
export function ConsumerDomainPanel({ panel }: { panel: Section<ConsumerDomainView> }) {
  if (!panel.ok) return <SectionError error={panel.error} what="Consumer steps" />;
  return <PanelSteps view={panel.data} />;
}

function PanelSteps({ view }: { view: ConsumerDomainView }) {
  const { domain, steps } = view;
  const associated = view.associations.ok ? view.associations.data : [];
  // Associated endpoints first: their setup is the one to write down; others show what associating would add.
  const exportTargets = [
    ...associated.map((a) => a.vpceId),
    ...(view.endpoints.ok ? view.endpoints.data.exportable : []),
  ]
    .filter((id, i, all) => all.indexOf(id) === i)
    .map((id) => ({
      label: id,
      href: `${domainHref(domain.name, domain.id)}/consumer-export?vpceId=${encodeURIComponent(id)}`,
    }));
  const body: Record<StepId, React.ReactNode> = {
    // Only a waiting invitation is the consumer's to accept; otherwise the step says the provider must share again.
    access:
      steps.find((s) => s.id === 'access')?.status === 'todo' ? (
        <InternalLink href="/sharing?tab=invitations">Open Sharing to accept the invitation</InternalLink>
      ) : undefined,
    associate: <AssociateStep domainArn={domain.arn} region={view.region} associations={view.associations} />,
    dns: <DnsStep domainArn={domain.arn} domainName={domain.name} associated={associated} />,
    provider: <ProviderStep request={view.providerRequest} />,
    invoke: <InvokeStep invoke={view.invoke} />,
  };

  return (
    <SpaceBetween size="l">
      <Container
        header={
          <Header
            variant="h2"
            actions={<ExportButton what={`the setup for ${domain.name}`} targets={exportTargets} />}
            description={`Owned by account ${domain.ownerAccountId}. As a consumer, account ${view.accountId} sees only the domain's name, id, ARN and owner; its certificate, policies and API mappings are visible to the provider only.`}
          >
            Use this shared domain
          </Header>
        }
      >
        <Steps
          ariaLabel="Progress with this shared domain"
          steps={steps.map((s, i) => ({
            status: stepStatusType(s),
            statusIconAriaLabel: stepStatusLabel(s),
            header: `${i + 1}. ${s.title} — ${stepStatusLabel(s)}`,
            details: <Box variant="small">{s.why}</Box>,
          }))}
        />
      </Container>
      {domain.region !== view.region && (
        <Alert type="warning">
          This domain is in {domain.region}; the console shows {view.region}. Endpoints, associations and DNS are per
          Region: switch the Region to continue.
        </Alert>
      )}
      {steps.map((s, i) => (
        <StepContainer key={s.id} step={s} number={i + 1}>
          {body[s.id]}
        </StepContainer>
      ))}
      <LeaveSection domainArn={domain.arn} domainName={domain.name} associated={associated} />
    </SpaceBetween>
  );
}
