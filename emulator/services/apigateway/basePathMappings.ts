import type { ServiceContext } from '../../core/types';
import type { EmulatorState } from '../../core/state';
import { jsonResponse } from '../../core/protocols/restJson';
import { regionState, type StoredBasePathMapping, type StoredDomainName } from './state';
import { badRequest, conflict, notFound } from './errors';
import { bodyOf, queryOf } from './input';
import { paginate } from './pagination';
import { patchOperations, replacementValue, unsupportedPatch } from './patch';
import { basePathMappingToWire } from './wire';
import { requireDomain } from './lookup';
import type { PathParams } from './router';

const NONE = '(none)';
const BASE_PATH = /^[A-Za-z0-9$\-_.+!*'()]+$/;

function normalizeBasePath(basePath: string | undefined): string {
  return basePath === undefined || basePath === '' ? NONE : basePath;
}

/** Rules from docs/aws/resources.md#base-path-mappings: single segment for private domains, allowed characters, ≤ 300 chars, no duplicates. */
function validateBasePath(domain: StoredDomainName, basePath: string): void {
  if (basePath === NONE) return;
  if (basePath.length > 300) throw badRequest('Base path must be at most 300 characters');
  if (basePath.includes('/')) {
    if (domain.domainNameId)
      throw badRequest('Multi-level base paths are not supported for private custom domain names');
    throw badRequest('Multi-level base paths are only supported by apigatewayv2 API mappings in the emulator');
  }
  if (!BASE_PATH.test(basePath))
    throw badRequest(`Invalid base path '${basePath}': allowed characters are A-Za-z0-9$-_.+!*'()`);
}

/** The API must exist in the domain's account and Region, be PRIVATE for a private domain, and have the stage. */
function validateTarget(
  state: EmulatorState,
  account: string,
  region: string,
  domain: StoredDomainName,
  restApiId: string,
  stage?: string,
): void {
  const api = regionState(state.apigateway, account, region).restApis.find((a) => a.id === restApiId);
  if (!api) throw badRequest(`Invalid REST API identifier specified: ${restApiId}`);
  const apiIsPrivate = api.endpointConfiguration.types.includes('PRIVATE');
  if (domain.domainNameId && !apiIsPrivate)
    throw badRequest('Only private REST APIs can be mapped to a private custom domain name');
  if (!domain.domainNameId && apiIsPrivate)
    throw badRequest('Private REST APIs can only be mapped to private custom domain names');
  if (stage !== undefined && !api.stages.some((s) => s.stageName === stage))
    throw badRequest('Invalid stage identifier specified');
}

/** Plain function for handlers and seeds; `account`/`region` are the domain owner's. */
export function createBasePathMapping(
  state: EmulatorState,
  account: string,
  region: string,
  domain: StoredDomainName,
  input: { restApiId: string; basePath?: string; stage?: string },
): StoredBasePathMapping {
  const basePath = normalizeBasePath(input.basePath);
  validateBasePath(domain, basePath);
  validateTarget(state, account, region, domain, input.restApiId, input.stage);
  if (domain.basePathMappings.some((m) => m.basePath === basePath))
    throw conflict('Base path already exists for this domain name');
  const mapping: StoredBasePathMapping = { basePath, restApiId: input.restApiId, stage: input.stage };
  domain.basePathMappings.push(mapping);
  return mapping;
}

function requireMapping(domain: StoredDomainName, basePath: string): StoredBasePathMapping {
  const mapping = domain.basePathMappings.find((m) => m.basePath === normalizeBasePath(basePath));
  if (!mapping) throw notFound('Invalid base path mapping identifier specified');
  return mapping;
}

export function getBasePathMappings(ctx: ServiceContext, params: PathParams) {
  const domain = requireDomain(ctx, params.domain_name);
  const page = paginate(domain.basePathMappings, queryOf(ctx), (m) => m.basePath);
  return jsonResponse(200, { position: page.position, item: page.items.map(basePathMappingToWire) });
}

export function getBasePathMapping(ctx: ServiceContext, params: PathParams) {
  return jsonResponse(
    200,
    basePathMappingToWire(requireMapping(requireDomain(ctx, params.domain_name), params.base_path)),
  );
}

export function createBasePathMappingHandler(ctx: ServiceContext, params: PathParams) {
  const domain = requireDomain(ctx, params.domain_name);
  const body = bodyOf(ctx);
  const mapping = createBasePathMapping(ctx.state, ctx.req.account, ctx.req.region, domain, {
    restApiId: body.required('restApiId'),
    basePath: body.string('basePath'),
    stage: body.string('stage'),
  });
  ctx.commit();
  return jsonResponse(201, basePathMappingToWire(mapping));
}

export function updateBasePathMapping(ctx: ServiceContext, params: PathParams) {
  const domain = requireDomain(ctx, params.domain_name);
  const mapping = requireMapping(domain, params.base_path);
  const draft = { ...mapping };
  for (const op of patchOperations(bodyOf(ctx))) {
    // The CLI examples spell it /restapiId; accept the model's casing too.
    const path = op.path.toLowerCase();
    if (path === '/basepath')
      draft.basePath = normalizeBasePath(op.op === 'remove' ? '' : replacementValue(op, 'BasePathMapping'));
    else if (path === '/stage') draft.stage = op.op === 'remove' ? undefined : replacementValue(op, 'BasePathMapping');
    else if (path === '/restapiid') draft.restApiId = replacementValue(op, 'BasePathMapping');
    else unsupportedPatch(op, 'BasePathMapping');
  }
  validateBasePath(domain, draft.basePath);
  validateTarget(ctx.state, ctx.req.account, ctx.req.region, domain, draft.restApiId, draft.stage);
  if (draft.basePath !== mapping.basePath && domain.basePathMappings.some((m) => m.basePath === draft.basePath)) {
    throw conflict('Base path already exists for this domain name');
  }
  Object.assign(mapping, draft);
  ctx.commit();
  return jsonResponse(200, basePathMappingToWire(mapping));
}

export function deleteBasePathMapping(ctx: ServiceContext, params: PathParams) {
  const domain = requireDomain(ctx, params.domain_name);
  const mapping = requireMapping(domain, params.base_path);
  domain.basePathMappings.splice(domain.basePathMappings.indexOf(mapping), 1);
  ctx.commit();
  return jsonResponse(202);
}
