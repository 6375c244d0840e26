'use client';

import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { JsonView } from '@/components/common/json-view';
import { SectionError } from '@/components/common/section-error';
import type { ConsoleError } from '@/lib/errors';
import type { PreflightResult } from '@/lib/domains/creation-run';

export type ReviewState =
  { status: 'loading' } | { status: 'ready'; result: PreflightResult } | { status: 'error'; error: ConsoleError };

const API_POLICY_WORDS = {
  unchanged: 'already allows the endpoints',
  updated: 'will be updated',
  manual: 'needs a manual edit',
} as const;

export function WizardReviewStep({
  review,
  onGoToField,
}: {
  review: ReviewState;
  onGoToField: (field: string) => void;
}) {
  if (review.status === 'loading')
    return (
      <StatusIndicator type="loading">Checking the certificate, APIs, stages and shares with AWS…</StatusIndicator>
    );
  if (review.status === 'error') return <SectionError error={review.error} what="Review" />;
  const { plan, fieldErrors, sameName, existing } = review.result;
  const problems = Object.entries(fieldErrors);

  return (
    <SpaceBetween size="l">
      {problems.length > 0 && (
        <Alert type="error" header="Fix these before creating">
          <ul>
            {problems.map(([field, message]) => (
              <li key={field}>
                {message}{' '}
                <Link onFollow={() => onGoToField(field)} ariaLabel={`Go to ${field}`}>
                  Go to field
                </Link>
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {existing && (
        <Alert type="info" header="This wizard run already created its domain">
          {existing.domainName} ({existing.domainNameId}) exists. Create resumes the remaining steps; it never creates a
          second domain.
        </Alert>
      )}
      {sameName.length > 0 && (
        <Alert type="warning" header="Another private domain with this name exists in this account">
          {sameName.map((d) => `${d.domainName} (${d.domainNameId})`).join(', ')}. Both can exist; consumers need a
          separate VPC endpoint for each.
        </Alert>
      )}
      {plan.warnings.length > 0 && (
        <Alert type="warning" header="After these changes">
          <ul>
            {plan.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Alert>
      )}
      <Container
        header={
          <Header
            variant="h2"
            counter={`(${plan.steps.length})`}
            description="Run in this order when you choose Create. Each step checks what exists first, so Resume is always safe."
          >
            What will be created or changed
          </Header>
        }
      >
        <ol data-testid="plan-steps" style={{ margin: 0, paddingLeft: 20 }}>
          {plan.steps.map((s) => (
            <li key={s.id} style={{ marginBottom: 8 }}>
              <Box variant="strong">{s.title}</Box>
              <Box variant="small" display="block">
                {s.detail}
              </Box>
            </li>
          ))}
        </ol>
      </Container>
      {plan.apiPolicies.length > 0 && (
        <Container header={<Header variant="h2">Mapped APIs’ resource policies</Header>}>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {plan.apiPolicies.map((p) => (
              <li key={p.restApiId}>
                {p.apiName} ({p.restApiId}): {API_POLICY_WORDS[p.result.kind]}
                {p.result.kind === 'manual' ? ` – ${p.result.reason}` : ''}
              </li>
            ))}
          </ul>
        </Container>
      )}
      <ExpandableSection headerText="Domain policy that will be attached" variant="container" defaultExpanded={false}>
        <JsonView value={plan.domainPolicy} label="Domain policy" emptyText="None: AWS's deny-all default." />
      </ExpandableSection>
    </SpaceBetween>
  );
}
