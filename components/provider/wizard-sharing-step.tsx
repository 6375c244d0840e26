'use client';

import { useState } from 'react';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { formReads, type ShareOption } from '@/lib/domains/edit-options';
import { useRemoteOptions } from '@/components/options/use-remote-options';
import { splitPrincipals } from '@/lib/domains/share-principal';
import type { SharingMode } from '@/lib/domains/create-domain-schema';
import type { StepProps } from './wizard-types';

const shareOption = (s: ShareOption) => ({ value: s.arn, label: s.name, description: s.arn, labelTag: s.status });

/** Existing RAM shares load page by page from `/sharing/options` when their list opens. `inDialog`: sharing an existing domain, where "do not share" makes no sense and the dialog is the frame. */
export function WizardSharingStep({ draft, update, errors, inDialog = false }: StepProps & { inDialog?: boolean }) {
  const { sharing } = draft;
  const setSharing = (patch: Partial<typeof sharing>) => update({ sharing: { ...sharing, ...patch } });
  const [principalText, setPrincipalText] = useState(sharing.principals.join('\n'));
  const shares = useRemoteOptions(formReads.shareOptions, shareOption, 'resource shares');
  const [chosenName, setChosenName] = useState<string>();
  const chosenLabel = shares.items.find((s) => s.arn === sharing.existingShareArn)?.name ?? chosenName;

  const body = (
    <SpaceBetween size="l">
      <FormField label="Share with other accounts">
        <RadioGroup
          ariaLabel="Share with other accounts"
          value={sharing.mode}
          onChange={({ detail }) => setSharing({ mode: detail.value as SharingMode })}
          items={[
            ...(inDialog
              ? []
              : [
                  {
                    value: 'none',
                    label: 'Do not share now',
                    description: 'You can share later from the domain page.',
                  },
                ]),
            {
              value: 'ram-new',
              label: 'Share through a new RAM resource share',
              description:
                'Recommended by AWS. Consumers outside your organization get an invitation valid for 12 hours.',
            },
            { value: 'ram-existing', label: 'Add to an existing RAM resource share' },
            {
              value: 'management-policy',
              label: 'Share without RAM (managementPolicy)',
              description: 'No invitation: you send consumers the domain ARN. Accounts only.',
            },
          ]}
        />
      </FormField>
      {sharing.mode !== 'none' && (
        <FormField
          label="Consumer principals"
          description={
            sharing.mode === 'management-policy'
              ? '12-digit account ids, one per line.'
              : 'Account ids (12 digits), organization ARNs or OU ARNs, one per line.'
          }
          errorText={errors['sharing.principals']}
        >
          <Textarea
            ariaLabel="Consumer principals"
            rows={3}
            value={principalText}
            placeholder="222222222222"
            onChange={({ detail }) => {
              setPrincipalText(detail.value);
              setSharing({ principals: splitPrincipals(detail.value) });
            }}
          />
        </FormField>
      )}
      {sharing.mode === 'ram-new' && (
        <FormField label="Resource share name" errorText={errors['sharing.shareName']}>
          <Input
            ariaLabel="Resource share name"
            value={sharing.shareName}
            placeholder={`${draft.domainName || 'domain'}-share`}
            onChange={({ detail }) => setSharing({ shareName: detail.value })}
          />
        </FormField>
      )}
      {sharing.mode === 'ram-existing' && (
        <>
          <FormField
            label="Resource share"
            description="AWS recommends reusing one share for related domains."
            errorText={errors['sharing.existingShareArn']}
          >
            <Select
              ariaLabel="Resource share"
              placeholder="Choose a resource share"
              {...shares.selectProps}
              empty="This account owns no active resource shares."
              filteringPlaceholder="Find resource shares by name or ARN"
              selectedOption={
                sharing.existingShareArn
                  ? { value: sharing.existingShareArn, label: chosenLabel ?? sharing.existingShareArn }
                  : null
              }
              onChange={({ detail }) => {
                setChosenName(detail.selectedOption.label);
                setSharing({ existingShareArn: detail.selectedOption.value ?? '' });
              }}
            />
          </FormField>
        </>
      )}
    </SpaceBetween>
  );
  if (inDialog) return body;
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Let other accounts associate their VPC endpoints with this domain. Optional: same-account use needs no sharing."
        >
          Consumer accounts
        </Header>
      }
    >
      {body}
    </Container>
  );
}
