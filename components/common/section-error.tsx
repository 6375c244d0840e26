'use client';

import Alert from '@cloudscape-design/components/alert';
import type { ConsoleError } from '@/lib/errors';

/**
 * Renders a ConsoleError in place of a section that failed to load, so the rest of the page still renders.
 * Props: `error`, optional `what` naming the section ("Resource shares") to prefix the headline.
 */
export function SectionError({ error, what }: { error: ConsoleError; what?: string }) {
  return (
    <Alert
      type={error.kind === 'throttled' ? 'warning' : 'error'}
      header={what ? `${what}: ${error.title}` : error.title}
      data-testid="section-error"
    >
      {error.message}
      {error.code && !error.message.includes(error.code) ? ` (${error.code})` : ''}
    </Alert>
  );
}
