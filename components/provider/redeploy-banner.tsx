'use client';

import { useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { runAction } from '@/lib/actions/action-result';
import { redeploy } from '@/lib/actions/apis';
import type { Deployment, RestApi, Stage } from '@/lib/model/rest-apis';
import type { StagesServingCurrent } from '@/lib/model/stage-export';
import { stageDrift } from '@/lib/domains/stage-drift';
import type { Section } from '@/lib/result';
import { ActionFlash, type Flash } from './action-flash';
import { useCanMutate } from '@/components/common/access';

/**
 * Policy and endpoint-association changes take effect only after a deployment (docs/aws/gotchas.md item 4). Names each stage still
 * running an older configuration and redeploys it. What a stage serves is read from its export (`served`), so
 * changes made outside the console show too; a stage whose export says nothing falls back to the console's own
 * records (deployment fingerprint, change tag).
 */
export function RedeployBanner({
  api,
  stages,
  deployments,
  served,
}: {
  api: RestApi;
  stages: Section<Stage[]>;
  deployments: Section<Deployment[]>;
  served: StagesServingCurrent;
}) {
  const [busy, setBusy] = useState<string>();
  const [flash, setFlash] = useState<Flash>();
  const mutate = useCanMutate();
  if (!stages.ok || !deployments.ok) return null;
  const current = { policy: api.policy, vpcEndpointIds: api.vpcEndpointIds, tags: api.tags };
  const stale = stages.data.filter((s) =>
    s.stageName in served
      ? !served[s.stageName]
      : stageDrift(
          current,
          deployments.data.find((d) => d.id === s.deploymentId),
        ) === 'changed',
  );

  const run = async (stage: string) => {
    setBusy(stage);
    const r = await runAction(redeploy, { restApiId: api.id, stage });
    setBusy(undefined);
    setFlash(r.ok ? { type: 'success', message: r.data.message } : { type: 'error', error: r.error });
  };

  return (
    <SpaceBetween size="s">
      <ActionFlash flash={flash} onDismiss={() => setFlash(undefined)} />
      {stale.length > 0 && (
        <Alert
          type="warning"
          data-testid="redeploy-banner"
          header={`Redeploy needed: ${stale.map((s) => s.stageName).join(', ')}`}
          action={
            <SpaceBetween direction="horizontal" size="xs">
              {stale.map((s) => (
                <Button
                  key={s.stageName}
                  loading={busy === s.stageName}
                  disabled={busy !== undefined || !mutate.allowed}
                  disabledReason={mutate.reason}
                  onClick={() => void run(s.stageName)}
                >
                  Redeploy {s.stageName}
                </Button>
              ))}
            </SpaceBetween>
          }
        >
          The resource policy or the VPC endpoint associations changed after{' '}
          {stale.length === 1 ? 'this stage was' : 'these stages were'} last deployed. Callers still get the old
          behaviour until you redeploy.
        </Alert>
      )}
    </SpaceBetween>
  );
}
