import type { EmulatorState } from '../core/state';
import type { StoredDeployment, StoredRestApi, StoredResource, StoredAuthorizer } from '../services/apigateway/state';

export interface FoundApi {
  account: string;
  api: StoredRestApi;
}

/** A REST API by id in a Region, whichever account owns it (ids are unique per Region). */
export function findApi(state: EmulatorState, region: string, apiId: string): FoundApi | undefined {
  for (const [account, regions] of Object.entries(state.apigateway.byAccount)) {
    const api = (Object.hasOwn(regions, region) ? regions[region].restApis : []).find((a) => a.id === apiId);
    if (api) return { account, api };
  }
  return undefined;
}

/** The deployment a stage serves, or undefined when the stage does not exist. */
export function servedDeployment(api: StoredRestApi, stageName: string): StoredDeployment | undefined {
  const stage = api.stages.find((s) => s.stageName === stageName);
  return stage && api.deployments.find((d) => d.id === stage.deploymentId);
}

/**
 * What a stage serves: the policy, resources and authorizers frozen by its deployment (docs/aws/gotchas.md item 4:
 * changes need CreateDeployment). Deployments recorded before resources were frozen fall back to the live API.
 */
export interface ServedApi {
  policy?: string;
  resources: StoredResource[];
  authorizers: StoredAuthorizer[];
  deployment: StoredDeployment;
}

export function servedApi(api: StoredRestApi, stageName: string): ServedApi | undefined {
  const deployment = servedDeployment(api, stageName);
  if (!deployment) return undefined;
  return {
    policy: deployment.snapshot.policy,
    resources: deployment.snapshot.resources ?? api.resources,
    authorizers: deployment.snapshot.authorizers ?? api.authorizers ?? [],
    deployment,
  };
}
