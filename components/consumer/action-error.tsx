'use client';

import Alert from '@cloudscape-design/components/alert';
import type { ConsoleError } from '@/lib/errors';

/**
 * The failure of a consumer action. Field problems are shown on their fields, so the alert only repeats them
 * when the form has no such field on screen.
 */
export function ActionError({
  error,
  fieldErrors,
  shownFields = [],
}: {
  error: ConsoleError;
  fieldErrors?: Record<string, string>;
  shownFields?: string[];
}) {
  const onFields =
    fieldErrors &&
    Object.keys(fieldErrors).length > 0 &&
    Object.keys(fieldErrors).every((f) => shownFields.includes(f));
  if (onFields) return null;
  return (
    <Alert type={error.kind === 'throttled' ? 'warning' : 'error'} header={error.title} data-testid="action-error">
      {error.message}
    </Alert>
  );
}
