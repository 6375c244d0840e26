'use client';

import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import { InternalLink } from '@/components/common/internal-link';
import type { PlanStep } from '@/lib/domains/create-plan';
import { domainHref } from '@/lib/inventory/hrefs';

export type StepRunStatus = 'pending' | 'running' | 'waiting' | 'done' | 'exists' | 'skipped' | 'failed';
export interface StepRun {
  status: StepRunStatus;
  message?: string;
  /** Waiting steps: when the wizard runs the step again by itself (epoch ms). */
  resumeAt?: number;
}
/** Per step id; a step without an entry has not started. */
export type StepRuns = Partial<Record<string, StepRun>>;
export interface CreatedDomainRef {
  domainName: string;
  domainNameId: string;
}

const INDICATOR: Record<StepRunStatus, [StatusIndicatorProps.Type, string]> = {
  pending: ['pending', 'Not started'],
  running: ['in-progress', 'In progress'],
  waiting: ['pending', 'Waiting for AWS quota'],
  done: ['success', 'Done'],
  exists: ['success', 'Already in place'],
  skipped: ['warning', 'Needs your attention'],
  failed: ['error', 'Failed'],
};

/** The create run, one row per plan step with its result; a failed run can be resumed (every step is idempotent). */
export function CreationProgress({
  steps,
  runs,
  domain,
  running,
  onResume,
}: {
  steps: PlanStep[];
  runs: StepRuns;
  domain?: CreatedDomainRef;
  running: boolean;
  onResume: () => void;
}) {
  const failed = steps.find((s) => runs[s.id]?.status === 'failed');
  const finished = !running && steps.every((s) => ['done', 'exists', 'skipped'].includes(runs[s.id]?.status ?? ''));
  const attention = steps.filter((s) => runs[s.id]?.status === 'skipped');
  const waiting = steps.find((s) => runs[s.id]?.status === 'waiting');
  const resumeAt = waiting && runs[waiting.id]?.resumeAt;

  return (
    <SpaceBetween size="l">
      {finished && domain && (
        <Alert
          type="success"
          header={`Private domain ${domain.domainName} is ready`}
          action={<InternalLink href={domainHref(domain.domainName, domain.domainNameId)}>View domain</InternalLink>}
        >
          Created as {domain.domainName} ({domain.domainNameId}). Provisioning can take up to 15 minutes before calls
          succeed.
          {attention.length > 0 ? ` ${attention.length} step(s) need your attention (see below).` : ''}
        </Alert>
      )}
      {waiting && resumeAt !== undefined && !running && (
        <Alert type="info" header={`Waiting for AWS quota: ${waiting.title}`} data-testid="quota-wait">
          AWS refused this step for now (API Gateway allows one domain name change per 30 seconds per account). The
          wizard runs it again by itself at {new Date(resumeAt).toLocaleTimeString()}; keep this tab open.
        </Alert>
      )}
      {failed && !running && (
        <Alert
          type="error"
          header={`Stopped at: ${failed.title}`}
          action={
            <Button onClick={onResume} variant="primary">
              Resume
            </Button>
          }
        >
          {runs[failed.id]?.message} Everything above this step exists and is kept. Resume runs the remaining steps
          again; it never creates a second domain.
          {domain && (
            <>
              {' '}
              You can also finish on the{' '}
              <InternalLink href={domainHref(domain.domainName, domain.domainNameId)}>domain page</InternalLink>.
            </>
          )}
        </Alert>
      )}
      <Container
        header={
          <Header
            variant="h2"
            description={
              running
                ? 'Do not close this tab while steps run; if you do, reopen this page and choose Resume.'
                : undefined
            }
          >
            Progress
          </Header>
        }
      >
        <ol data-testid="creation-progress" style={{ margin: 0, paddingLeft: 20 }}>
          {steps.map((s) => {
            const run = runs[s.id] ?? { status: 'pending' as const };
            const [type, label] = INDICATOR[run.status];
            return (
              <li key={s.id} data-step={s.id} data-status={run.status} style={{ marginBottom: 10 }}>
                <SpaceBetween size="xxs">
                  <Box variant="strong">{s.title}</Box>
                  <StatusIndicator type={type}>{run.message ?? label}</StatusIndicator>
                </SpaceBetween>
              </li>
            );
          })}
        </ol>
      </Container>
    </SpaceBetween>
  );
}
