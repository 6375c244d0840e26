'use client';

import { useEffect, useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { loadDomainEditOptions } from '@/app/domains/[domainName]/[domainNameId]/provider-actions';
import { sharingStepSchema, type CreateDomainDraft } from '@/lib/domains/create-domain-schema';
import { fieldErrorsOf, type FieldErrors } from './field-errors';
import { WizardSharingStep } from './wizard-sharing-step';
import type { WizardOptions } from './wizard-types';

type Sharing = CreateDomainDraft['sharing'];

/** Share an existing domain: the wizard's sharing step in a dialog, validated by the same schema. */
export function ShareDomainModal({
  domainName,
  onSubmit,
  onDismiss,
}: {
  domainName: string;
  onSubmit: (sharing: Sharing) => Promise<FieldErrors | undefined>;
  onDismiss: () => void;
}) {
  const [sharing, setSharing] = useState<Sharing>({
    mode: 'ram-new',
    principals: [],
    shareName: `${domainName}-share`,
    existingShareArn: '',
  });
  const [shares, setShares] = useState<WizardOptions['shares']>({ ok: true, data: [] });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void loadDomainEditOptions({}).then((r) => setShares(r.ok ? { ok: true, data: r.data.shares } : r));
  }, []);

  const submit = async () => {
    const parsed = sharingStepSchema.safeParse({ sharing });
    if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error.issues));
    if (sharing.mode === 'none') return setErrors({ 'sharing.mode': 'Choose how to share.' });
    setBusy(true);
    const fieldErrors = await onSubmit(sharing);
    setBusy(false);
    if (fieldErrors) setErrors(fieldErrors);
  };

  const options: WizardOptions = {
    region: '',
    certificates: { ok: true, data: [] },
    privateApis: { ok: true, data: [] },
    endpoints: { ok: true, data: [] },
    shares,
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
        update={(patch) => patch.sharing && setSharing(patch.sharing)}
      />
    </Modal>
  );
}
