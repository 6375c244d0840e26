'use client';

import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';

/** Confirmation for a destructive or far-reaching action; the body says exactly what will happen to what. */
export function ConfirmDialog({
  header,
  confirmText,
  children,
  onConfirm,
  onDismiss,
  disabled,
}: {
  header: string;
  confirmText: string;
  children: React.ReactNode;
  onConfirm: () => Promise<void>;
  onDismiss: () => void;
  disabled?: boolean;
}) {
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      visible
      onDismiss={onDismiss}
      header={header}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button
              variant="primary"
              loading={busy}
              disabled={disabled}
              onClick={() => {
                setBusy(true);
                void onConfirm().finally(() => {
                  setBusy(false);
                });
              }}
            >
              {confirmText}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      {children}
    </Modal>
  );
}
