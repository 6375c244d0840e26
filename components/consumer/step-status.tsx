'use client';

import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import type { Step, StepStatus } from '@/lib/consumer/steps';

const TYPE: Record<StepStatus, StatusIndicatorProps.Type> = { done: 'success', todo: 'pending', blocked: 'stopped' };

export function stepStatusLabel(step: Step): string {
  if (step.status === 'done') return 'Done';
  if (step.status === 'blocked') return 'Blocked';
  return step.owner === 'provider' ? 'To do by the provider' : 'To do';
}

export function stepStatusType(step: Step): StatusIndicatorProps.Type {
  return TYPE[step.status];
}

export function StepStatus({ step }: { step: Step }) {
  return (
    <span data-testid={`step-status-${step.id}`}>
      <StatusIndicator type={stepStatusType(step)}>{stepStatusLabel(step)}</StatusIndicator>
    </span>
  );
}
