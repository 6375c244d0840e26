'use client';

import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { sharingStepSchema, type CreateDomainDraft } from '@/lib/domains/create-domain-schema';
import { fieldErrorsOf, type FieldErrors } from '@/lib/errors';
import { WizardSharingStep } from './wizard-sharing-step';
import type { WizardOptions } from './wizard-types';

type Sharing = CreateDomainDraft['sharing'];

/** Share an existing domain: the wizard's sharing step in a dialog, validated by the same schema. */
export function ShareDomainModal({
  domain,
  onSubmit,
  onDismiss,
}: {
  domain: { domainName: string; domainNameId: string };
  onSubmit: (sharing: Sharing) => Promise<FieldErrors | undefined>;
  onDismiss: () => void;
}) {
  const { domainName } = domain;
  const [sharing, setSharing] = useState<Sharing>({
    mode: 'ram-new',
    principals: [],
    shareName: `${domainName}-share`,
    existingShareArn: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const parsed = sharingStepSchema.safeParse({ sharing });
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error.issues));
      return;
    }
    if (sharing.mode === 'none') {
      setErrors({ 'sharing.mode': 'Choose how to share.' });
      return;
    }
    setBusy(true);
    const fieldErrors = await onSubmit(sharing);
    setBusy(false);
    if (fieldErrors) setErrors(fieldErrors);
  };

  const options: WizardOptions = {
    region: '',
    certificates: { ok: true, data: [] },
    ownPrivateDomains: { ok: true, data: [] },
  };
  const draft = { sharing, domainName } as CreateDomainDraft;
  return (
    <Modal
      visible
      size="large"
      onDismiss={onDismiss}
      header={`Share ${domainName}`}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button variant="primary" loading={busy} onClick={() => void submit()}>
              Share
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <WizardSharingStep
        inDialog
        draft={draft}
        errors={errors}
        options={options}
        update={(patch) => {
          if (patch.sharing) setSharing(patch.sharing);
        }}
      />
    </Modal>
  );
}
