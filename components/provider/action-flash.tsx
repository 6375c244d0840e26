'use client';

import Alert from '@cloudscape-design/components/alert';
import type { ConsoleError } from '@/lib/errors';

export type Flash =
  | { type: 'success'; message: string; details?: string[]; action?: React.ReactNode }
  | { type: 'error'; error: ConsoleError };

/** The outcome of the last management action, next to the control that triggered it. */
export function ActionFlash({ flash, onDismiss }: { flash: Flash | undefined; onDismiss: () => void }) {
  if (!flash) return null;
  if (flash.type === 'error') {
    return (
      <Alert
        type={flash.error.kind === 'throttled' ? 'warning' : 'error'}
        header={flash.error.title}
        dismissible
        onDismiss={onDismiss}
        data-testid="action-error"
      >
        {flash.error.message}
      </Alert>
    );
  }
  return (
    <Alert type="success" dismissible onDismiss={onDismiss} action={flash.action} data-testid="action-success">
      {flash.message}
      {flash.details && flash.details.length > 0 && (
        <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
          {flash.details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
