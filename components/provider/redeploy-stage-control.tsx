'use client';

import { useState } from 'react';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { runAction } from '@/lib/actions/action-result';
import { redeploy } from '@/lib/actions/apis';
import { ActionFlash, type Flash } from './action-flash';
import { useCanMutate } from '@/components/common/access';

/** Deploys the API's current policy and endpoint associations to one stage, whenever the operator wants. */
export function RedeployStageControl({ restApiId, stages }: { restApiId: string; stages: string[] }) {
  const [stage, setStage] = useState(stages[0] ?? '');
  const [busy, setBusy] = useState(false);
  const [flash, setFlash] = useState<Flash>();
  const mutate = useCanMutate();
  const run = async () => {
    setBusy(true);
    const r = await runAction(redeploy, { restApiId, stage });
    setBusy(false);
    setFlash(r.ok ? { type: 'success', message: r.data.message } : { type: 'error', error: r.error });
  };
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="A policy or endpoint-association change reaches callers only after a deployment of each stage."
        >
          Redeploy a stage
        </Header>
      }
    >
      <SpaceBetween size="s">
        <ActionFlash flash={flash} onDismiss={() => setFlash(undefined)} />
        <SpaceBetween direction="horizontal" size="xs" alignItems="end">
          <FormField label="Stage">
            <Select
              ariaLabel="Stage to redeploy"
              empty="The API has no stages."
              selectedOption={stage ? { value: stage, label: stage } : null}
              options={stages.map((s) => ({ value: s, label: s }))}
              onChange={({ detail }) => setStage(detail.selectedOption.value ?? '')}
            />
          </FormField>
          <Button
            disabled={!stage || !mutate.allowed}
            disabledReason={mutate.reason}
            loading={busy}
            onClick={() => void run()}
          >
            Redeploy
          </Button>
        </SpaceBetween>
      </SpaceBetween>
    </Container>
  );
}
