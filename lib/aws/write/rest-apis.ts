import 'server-only';
import {
  CreateDeploymentCommand,
  GetDeploymentCommand,
  GetRestApiCommand,
  GetStagesCommand,
  TagResourceCommand,
  UpdateRestApiCommand,
  type PatchOperation,
  type RestApi,
} from '@aws-sdk/client-api-gateway';
import { partitionOf } from '@/lib/aws-metadata/regions';
import { deploymentDescription, POLICY_CHANGED_AT_TAG } from '@/lib/domains/stage-drift';
import { getClients } from '../clients';
import type { Session } from '../session';

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

/** DNS-only association for the `{api-id}-{vpce-id}` names (docs/aws/resources.md#api-to-endpoint-association); one patch per endpoint, one call. */
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

/** Uncached stage names, for checks right before a write. */
export async function readStageNames(session: Session, restApiId: string): Promise<string[]> {
  const out = await getClients(session).apigateway.send(new GetStagesCommand({ restApiId }));
  return (out.item ?? []).map((s) => s.stageName ?? '');
}

/** The deployment a stage runs right now (uncached); undefined when the stage has none or does not exist. */
export async function readStageDeployment(
  session: Session,
  restApiId: string,
  stageName: string,
): Promise<{ description?: string; createdDate?: string } | undefined> {
  const client = getClients(session).apigateway;
  const stages = await client.send(new GetStagesCommand({ restApiId }));
  const deploymentId = (stages.item ?? []).find((s) => s.stageName === stageName)?.deploymentId;
  if (!deploymentId) return undefined;
  const deployment = await client.send(new GetDeploymentCommand({ restApiId, deploymentId }));
  return { description: deployment.description, createdDate: deployment.createdDate?.toISOString() };
}

/**
 * Deploys the API's current configuration to `stage`; the description records what was deployed. A throttled call
 * fails after the SDK's own short retries: the caller reports the wait instead of holding the request.
 */
export async function redeployStage(
  session: Session,
  restApiId: string,
  stage: string,
  reason: string,
): Promise<string> {
  const api = await readRestApi(session, restApiId);
  const description = deploymentDescription(reason, {
    policy: api.policy,
    vpcEndpointIds: api.endpointConfiguration?.vpcEndpointIds ?? [],
  });
  const out = await getClients(session).apigateway.send(
    new CreateDeploymentCommand({ restApiId, stageName: stage, description }),
  );
  return out.id ?? '';
}
