import type { ServiceContext } from '../../core/types';
import { randomString } from '../../core/ids';
import { jsonResponse } from '../../core/protocols/restJson';
import type { StoredDeployment, StoredRestApi } from './state';
import { badRequest, notFound } from './errors';
import { bodyOf, queryOf } from './input';
import { paginate } from './pagination';
import { deploymentToWire } from './wire';
import { requireRestApi } from './lookup';
import { deployToStage, validStageName } from './stages';
import type { PathParams } from './router';

export interface CreateDeploymentInput {
  stageName?: string;
  stageDescription?: string;
  description?: string;
  variables?: Record<string, string>;
  tracingEnabled?: boolean;
}

/**
 * Deploy the API (and point `stageName` at it, creating the stage if needed). Enforces what AWS checks: a private
 * API needs a resource policy, and the API needs at least one method, each with an integration.
 */
export function createDeployment(
  api: StoredRestApi,
  input: CreateDeploymentInput,
  now: Date,
  id = randomString(6),
): StoredDeployment {
  if (api.endpointConfiguration.types.includes('PRIVATE') && !api.policy) {
    throw badRequest("Private REST API doesn't have a resource policy attached to it");
  }
  const methods = api.resources.flatMap((r) => Object.values(r.resourceMethods));
  if (methods.length === 0) throw badRequest("The REST API doesn't contain any methods");
  if (methods.some((m) => !m.methodIntegration)) throw badRequest('No integration defined for method');
  // Validate before anything is stored so a rejected request leaves no half-made deployment behind.
  if (input.stageName) validStageName(input.stageName);
  const deployment: StoredDeployment = {
    id,
    description: input.description,
    createdDate: now.toISOString(),
    snapshot: {
      policy: api.policy,
      vpcEndpointIds: [...(api.endpointConfiguration.vpcEndpointIds ?? [])],
      resources: structuredClone(api.resources),
      authorizers: structuredClone(api.authorizers ?? []),
    },
  };
  api.deployments.push(deployment);
  if (input.stageName) {
    deployToStage(api, input.stageName, deployment.id, now, {
      description: input.stageDescription,
      variables: input.variables,
      tracingEnabled: input.tracingEnabled,
    });
  }
  return deployment;
}

export function createDeploymentHandler(ctx: ServiceContext, params: PathParams) {
  const api = requireRestApi(ctx, params.restapi_id);
  const body = bodyOf(ctx);
  const deployment = createDeployment(
    api,
    {
      stageName: body.string('stageName'),
      stageDescription: body.string('stageDescription'),
      description: body.string('description'),
      variables: body.stringMap('variables'),
      tracingEnabled: body.boolean('tracingEnabled'),
    },
    ctx.now(),
  );
  ctx.commit();
  return jsonResponse(201, deploymentToWire(deployment));
}

export function getDeployments(ctx: ServiceContext, params: PathParams) {
  const api = requireRestApi(ctx, params.restapi_id);
  const page = paginate(api.deployments, queryOf(ctx), (d) => d.id);
  return jsonResponse(200, { position: page.position, item: page.items.map(deploymentToWire) });
}

export function getDeployment(ctx: ServiceContext, params: PathParams) {
  const deployment = requireRestApi(ctx, params.restapi_id).deployments.find((d) => d.id === params.deployment_id);
  if (!deployment) throw notFound('Invalid Deployment identifier specified');
  return jsonResponse(200, deploymentToWire(deployment));
}
