import type { ServiceContext } from '../../core/types';
import { jsonResponse } from '../../core/protocols/restJson';
import type { StoredRestApi, StoredStage } from './state';
import { badRequest, conflict, notFound } from './errors';
import { bodyOf, queryOf } from './input';
import { stageToWire } from './wire';
import { requireRestApi } from './lookup';
import type { PathParams } from './router';

const STAGE_NAME = /^[A-Za-z0-9_-]{1,128}$/;

interface StageSettings {
  description?: string;
  variables?: Record<string, string>;
  tracingEnabled?: boolean;
  tags?: Record<string, string>;
}

export function validStageName(name: string): string {
  if (!STAGE_NAME.test(name)) throw badRequest('Stage name only allows a-zA-Z0-9_-');
  return name;
}

/** CreateStage: a new stage on an existing deployment. */
export function createStage(
  api: StoredRestApi,
  stageName: string,
  deploymentId: string,
  now: Date,
  settings: StageSettings = {},
): StoredStage {
  validStageName(stageName);
  if (api.stages.some((s) => s.stageName === stageName)) throw conflict('Stage already exists');
  if (!api.deployments.some((d) => d.id === deploymentId)) throw badRequest('Invalid deployment identifier specified');
  const stage: StoredStage = {
    stageName,
    deploymentId,
    description: settings.description,
    variables: settings.variables,
    tracingEnabled: settings.tracingEnabled ?? false,
    cacheClusterEnabled: false,
    tags: settings.tags ?? {},
    createdDate: now.toISOString(),
    lastUpdatedDate: now.toISOString(),
  };
  api.stages.push(stage);
  return stage;
}

/** CreateDeployment with a stageName: move the stage to the deployment, creating the stage when it is new. */
export function deployToStage(
  api: StoredRestApi,
  stageName: string,
  deploymentId: string,
  now: Date,
  settings: StageSettings,
): StoredStage {
  const existing = api.stages.find((s) => s.stageName === stageName);
  if (!existing) return createStage(api, stageName, deploymentId, now, settings);
  existing.deploymentId = deploymentId;
  existing.lastUpdatedDate = now.toISOString();
  if (settings.description !== undefined) existing.description = settings.description;
  if (settings.variables !== undefined) existing.variables = settings.variables;
  return existing;
}

export function requireStage(api: StoredRestApi, stageName: string): StoredStage {
  const stage = api.stages.find((s) => s.stageName === stageName);
  if (!stage) throw notFound('Invalid Stage identifier specified');
  return stage;
}

export function getStages(ctx: ServiceContext, params: PathParams) {
  const api = requireRestApi(ctx, params.restapi_id);
  const deploymentId = queryOf(ctx).string('deploymentId');
  const stages = deploymentId ? api.stages.filter((s) => s.deploymentId === deploymentId) : api.stages;
  return jsonResponse(200, { item: stages.map(stageToWire) });
}

export function getStage(ctx: ServiceContext, params: PathParams) {
  return jsonResponse(200, stageToWire(requireStage(requireRestApi(ctx, params.restapi_id), params.stage_name)));
}

export function createStageHandler(ctx: ServiceContext, params: PathParams) {
  const api = requireRestApi(ctx, params.restapi_id);
  const body = bodyOf(ctx);
  const stage = createStage(api, body.required('stageName'), body.required('deploymentId'), ctx.now(), {
    description: body.string('description'),
    variables: body.stringMap('variables'),
    tracingEnabled: body.boolean('tracingEnabled'),
    tags: body.stringMap('tags'),
  });
  ctx.commit();
  return jsonResponse(201, stageToWire(stage));
}
