import SpaceBetween from '@cloudscape-design/components/space-between';
import { PolicyPanel } from '@/components/inventory/policy-panel';
import { getSession } from '@/lib/aws/session';
import { getCallerIdentity } from '@/lib/aws/identity';
import { listStages } from '@/lib/aws/read/rest-apis';
import type { RestApi } from '@/lib/model/rest-apis';
import { ApiPolicyEditor } from './api-policy-editor';
import { RedeployStageControl } from './redeploy-stage-control';

/** Server part of the API's policy tab: the account id makes `execute-api:/…` comparable with the stored ARNs. */
export async function ApiPolicyManager({ api }: { api: RestApi }) {
  const session = await getSession();
  const [identity, stages] = await Promise.all([
    getCallerIdentity(session).catch(() => undefined),
    listStages(session, api.id).catch(() => undefined),
  ]);
  return (
    <SpaceBetween size="l">
      <PolicyPanel
        title="Resource policy"
        role="api"
        policy={api.policy}
        description="Decides which VPC endpoints and VPCs may invoke the API. Changes take effect after a deployment."
      />
      {identity && (
        <ApiPolicyEditor
          restApiId={api.id}
          policy={api.policy}
          scope={{ kind: 'rest-api', region: session.region, accountId: identity.account, apiId: api.id }}
        />
      )}
      {stages && <RedeployStageControl restApiId={api.id} stages={stages.map((s) => s.stageName)} />}
    </SpaceBetween>
  );
}
