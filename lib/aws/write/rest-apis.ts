import 'server-only';
import {
  CreateDeploymentCommand,
  GetRestApiCommand,
  TagResourceCommand,
  UpdateRestApiCommand,
  type PatchOperation,
  type RestApi,
} from '@aws-sdk/client-api-gateway';
import { partitionOf } from '@/lib/policies/arn';
import { deploymentDescription, POLICY_CHANGED_AT_TAG } from '@/lib/domains/stage-drift';
import { getClients } from '../clients';
import type { Session } from '../session';
import { withQuotaWait } from './quota';

/** Uncached: write paths decide on what exists right now. */
export async function readRestApi(session: Session, restApiId: string): Promise<RestApi> {
  return getClients(session).apigateway.send(new GetRestApiCommand({ restApiId }));
}

function restApiArn(session: Session, restApiId: string): string {
  return `arn:${partitionOf(session.region)}:apigateway:${session.region}::/restapis/${restApiId}`;
}

/** Records when the console changed what a deployment must pick up, for the "redeploy needed" banner. */
async function markConfigChanged(session: Session, restApiId: string): Promise<void> {
  await getClients(session).apigateway.send(
    new TagResourceCommand({
      resourceArn: restApiArn(session, restApiId),
      tags: { [POLICY_CHANGED_AT_TAG]: new Date().toISOString() },
    }),
  );
}

async function patchRestApi(session: Session, restApiId: string, patchOperations: PatchOperation[]): Promise<void> {
  if (patchOperations.length === 0) return;
  await getClients(session).apigateway.send(new UpdateRestApiCommand({ restApiId, patchOperations }));
  await markConfigChanged(session, restApiId);
}

/** `policy` is stringified JSON; it takes effect at the next deployment of each stage. */
export async function replaceRestApiPolicy(session: Session, restApiId: string, policy: string): Promise<void> {
  await patchRestApi(session, restApiId, [{ op: 'replace', path: '/policy', value: policy }]);
}

/** DNS-only association for the `{api-id}-{vpce-id}` names (reference §1.4); one patch per endpoint, one call. */
export async function changeVpcEndpointAssociations(
  session: Session,
  restApiId: string,
  add: string[],
  remove: string[],
): Promise<void> {
  await patchRestApi(session, restApiId, [
    ...add.map((value) => ({ op: 'add' as const, path: '/endpointConfiguration/vpcEndpointIds', value })),
    ...remove.map((value) => ({ op: 'remove' as const, path: '/endpointConfiguration/vpcEndpointIds', value })),
  ]);
}

/** Deploys the API's current configuration to `stage`; the description records what was deployed. */
export async function redeployStage(
  session: Session,
  restApiId: string,
  stage: string,
  reason: string,
  waitForQuota = true,
): Promise<string> {
  const api = await readRestApi(session, restApiId);
  const description = deploymentDescription(reason, {
    policy: api.policy,
    vpcEndpointIds: api.endpointConfiguration?.vpcEndpointIds ?? [],
  });
  const send = () =>
    getClients(session).apigateway.send(new CreateDeploymentCommand({ restApiId, stageName: stage, description }));
  const out = await (waitForQuota ? withQuotaWait(send, 30) : send());
  return out.id ?? '';
}
