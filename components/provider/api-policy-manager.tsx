import SpaceBetween from '@cloudscape-design/components/space-between';
import { PolicyPanel } from '@/components/inventory/policy-panel';
import { SectionError } from '@/components/common/section-error';
import type { RestApi, Stage } from '@/lib/model/rest-apis';
import type { Section } from '@/lib/result';
import { ApiPolicyEditor } from './api-policy-editor';
import { RedeployStageControl } from './redeploy-stage-control';

/**
 * The API's policy tab: the stored policy, its editor and a redeploy control. The editor needs the account id so
 * that `execute-api:/…` shorthand compares with the stored ARNs; without it the editor says why it is missing.
 */
export function ApiPolicyManager({
  api,
  region,
  accountId,
  stages,
}: {
  api: RestApi;
  region: string;
  accountId: Section<string>;
  stages: Section<Stage[]>;
}) {
  return (
    <SpaceBetween size="l">
      <PolicyPanel
        title="Resource policy"
        role="api"
        policy={api.policy}
        description="Decides which VPC endpoints and VPCs may invoke the API. Changes take effect after a deployment."
      />
      {accountId.ok ? (
        <ApiPolicyEditor
          restApiId={api.id}
          policy={api.policy}
          scope={{ kind: 'rest-api', region, accountId: accountId.data, apiId: api.id }}
        />
      ) : (
        <SectionError error={accountId.error} what="The policy editor (it needs this account's id)" />
      )}
      {stages.ok ? (
        <RedeployStageControl restApiId={api.id} stages={stages.data.map((s) => s.stageName)} />
      ) : (
        <SectionError error={stages.error} what="Stages to redeploy" />
      )}
    </SpaceBetween>
  );
}
