'use client';

import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import type { FormStatus, InvokeForm, PrerequisiteStatus } from '@/lib/invoke/types';

const FORM: Record<FormStatus, { type: StatusIndicatorProps.Type; text: string }> = {
  ready: { type: 'success', text: 'Ready' },
  unverified: { type: 'info', text: 'Unverified' },
  blocked: { type: 'error', text: 'Blocked' },
  'not-applicable': { type: 'stopped', text: 'Not applicable' },
};

/** A form's status with the count behind it ("Blocked – 2 not met"). Props: `form`. */
export function FormStatusIndicator({ form }: { form: InvokeForm }) {
  const { type, text } = FORM[form.status];
  const notMet = form.prerequisites.filter((p) => p.status === 'not-met').length;
  const unknown = form.prerequisites.filter((p) => p.status === 'unknown').length;
  const detail =
    form.status === 'blocked' ? ` – ${notMet} not met` : form.status === 'unverified' ? ` – ${unknown} unknown` : '';
  return <StatusIndicator type={type}>{`${text}${detail}`}</StatusIndicator>;
}

const PREREQ: Record<PrerequisiteStatus, { type: StatusIndicatorProps.Type; text: string }> = {
  met: { type: 'success', text: 'Met' },
  'not-met': { type: 'error', text: 'Not met' },
  unknown: { type: 'info', text: 'Unknown' },
};

export function PrerequisiteStatusIndicator({ status }: { status: PrerequisiteStatus }) {
  const { type, text } = PREREQ[status];
  return <StatusIndicator type={type}>{text}</StatusIndicator>;
}
