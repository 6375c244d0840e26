import type { ServiceContext } from '../../core/types';
import type { EmulatorState } from '../../core/state';
import { restApiId as newRestApiId } from '../../core/ids';
import { jsonResponse } from '../../core/protocols/restJson';
import { regionState, type EndpointConfiguration, type StoredRestApi } from './state';
import { badRequest, limitExceeded } from './errors';
import { ENDPOINT_CONFIGURATION, bodyOf, queryOf } from './input';
import { paginate } from './pagination';
import { patchOperations, replacementValue, unsupportedPatch } from './patch';
import { storedRestApiPolicy } from './policies';
import { restApiToWire } from './wire';
import { callerSlot, requireRestApi } from './lookup';
import type { PathParams } from './router';

const ENDPOINT_TYPES = ['REGIONAL', 'EDGE', 'PRIVATE'] as const;
const VPCE_ID = /^vpce-[0-9a-f]{8,17}$/;
/** Fixed quota: private APIs per account per Region (docs/aws/quotas.md). Enforced on the API, not on seeds. */
const MAX_PRIVATE_APIS = 600;

export interface CreateRestApiInput {
  name: string;
  description?: string;
  version?: string;
  binaryMediaTypes?: string[];
  minimumCompressionSize?: number;
  apiKeySource?: string;
  endpointConfiguration?: Partial<EndpointConfiguration>;
  policy?: string;
  tags?: Record<string, string>;
  disableExecuteApiEndpoint?: boolean;
  securityPolicy?: string;
  endpointAccessMode?: string;
}

/** Create a REST API with its root resource. Plain function: the HTTP handler and the seeds both use it. */
export function createRestApi(
  state: EmulatorState,
  account: string,
  region: string,
  input: CreateRestApiInput,
  now: Date,
  ids: { id?: string; rootResourceId?: string } = {},
): StoredRestApi {
  const id = ids.id ?? newRestApiId();
  const endpointConfiguration = normalizeEndpointConfiguration(input.endpointConfiguration);
  const created = now.toISOString();
  const rootResourceId = ids.rootResourceId ?? newRestApiId();
  const api: StoredRestApi = {
    id,
    name: input.name,
    description: input.description,
    version: input.version,
    createdDate: created,
    binaryMediaTypes: input.binaryMediaTypes,
    minimumCompressionSize: input.minimumCompressionSize,
    apiKeySource: input.apiKeySource ?? 'HEADER',
    endpointConfiguration,
    policy: input.policy === undefined ? undefined : storedRestApiPolicy(input.policy, region, account, id),
    tags: input.tags ?? {},
    disableExecuteApiEndpoint: input.disableExecuteApiEndpoint ?? false,
    rootResourceId,
    securityPolicy: input.securityPolicy,
    endpointAccessMode: input.endpointAccessMode,
    policyUpdatedDate: created,
    resources: [{ id: rootResourceId, path: '/', resourceMethods: {} }],
    deployments: [],
    stages: [],
  };
  regionState(state.apigateway, account, region).restApis.push(api);
  return api;
}

function normalizeEndpointConfiguration(input: Partial<EndpointConfiguration> | undefined): EndpointConfiguration {
  const types = input?.types ?? ['EDGE'];
  if (types.length !== 1 || !ENDPOINT_TYPES.includes(types[0] as (typeof ENDPOINT_TYPES)[number])) {
    throw badRequest('Invalid endpoint configuration: exactly one of REGIONAL, EDGE, PRIVATE is required');
  }
  const isPrivate = types[0] === 'PRIVATE';
  const vpcEndpointIds = input?.vpcEndpointIds ?? [];
  if (!isPrivate && vpcEndpointIds.length > 0)
    throw badRequest('VPC endpoint ids can only be associated with a PRIVATE API');
  for (const vpce of vpcEndpointIds) if (!VPCE_ID.test(vpce)) throw badRequest(`Invalid VPC endpoint id ${vpce}`);
  const ipAddressType = input?.ipAddressType ?? (isPrivate ? 'dualstack' : 'ipv4');
  if (isPrivate && ipAddressType !== 'dualstack')
    throw badRequest('Private APIs only support the dualstack ipAddressType');
  return { types: [...types], ipAddressType, ...(isPrivate ? { vpcEndpointIds: [...new Set(vpcEndpointIds)] } : {}) };
}

export function getRestApis(ctx: ServiceContext) {
  const page = paginate(callerSlot(ctx).restApis, queryOf(ctx), (api) => api.id);
  return jsonResponse(200, { position: page.position, item: page.items.map(restApiToWire) });
}

export function getRestApi(ctx: ServiceContext, params: PathParams) {
  return jsonResponse(200, restApiToWire(requireRestApi(ctx, params.restapi_id)));
}

export function createRestApiHandler(ctx: ServiceContext) {
  const body = bodyOf(ctx);
  const endpointConfiguration = body.read('endpointConfiguration', ENDPOINT_CONFIGURATION, 'an object');
  if (body.has('cloneFrom')) throw badRequest('cloneFrom is not supported by the emulator');
  const input: CreateRestApiInput = {
    name: body.required('name'),
    description: body.string('description'),
    version: body.string('version'),
    binaryMediaTypes: body.strings('binaryMediaTypes'),
    minimumCompressionSize: body.number('minimumCompressionSize'),
    apiKeySource: body.oneOf('apiKeySource', ['HEADER', 'AUTHORIZER']),
    endpointConfiguration,
    policy: body.string('policy'),
    tags: body.stringMap('tags'),
    disableExecuteApiEndpoint: body.boolean('disableExecuteApiEndpoint'),
    securityPolicy: body.string('securityPolicy'),
    endpointAccessMode: body.oneOf('endpointAccessMode', ['BASIC', 'STRICT']),
  };
  const privateCount = callerSlot(ctx).restApis.filter((a) => a.endpointConfiguration.types.includes('PRIVATE')).length;
  if (endpointConfiguration?.types?.includes('PRIVATE') && privateCount >= MAX_PRIVATE_APIS) {
    throw limitExceeded(`Maximum number of private APIs (${MAX_PRIVATE_APIS}) reached for this account in this Region`);
  }
  const api = createRestApi(ctx.state, ctx.req.account, ctx.req.region, input, ctx.now());
  ctx.commit();
  return jsonResponse(201, restApiToWire(api));
}

export function updateRestApi(ctx: ServiceContext, params: PathParams) {
  const api = requireRestApi(ctx, params.restapi_id);
  const operations = patchOperations(bodyOf(ctx));
  // Validate everything on a copy so a bad operation late in the list leaves the API untouched.
  const draft: StoredRestApi = structuredClone(api);
  for (const op of operations) applyRestApiPatch(ctx, draft, op);
  if (
    draft.policy !== api.policy ||
    String(draft.endpointConfiguration.vpcEndpointIds) !== String(api.endpointConfiguration.vpcEndpointIds)
  ) {
    draft.policyUpdatedDate = ctx.now().toISOString();
  }
  Object.assign(api, draft);
  ctx.commit();
  return jsonResponse(200, restApiToWire(api));
}

function applyRestApiPatch(
  ctx: ServiceContext,
  api: StoredRestApi,
  op: ReturnType<typeof patchOperations>[number],
): void {
  const what = 'RestApi';
  const isPrivate = api.endpointConfiguration.types.includes('PRIVATE');
  switch (op.path) {
    case '/name':
      api.name = replacementValue(op, what);
      return;
    case '/description':
      api.description = op.op === 'remove' ? undefined : replacementValue(op, what);
      return;
    case '/policy':
      api.policy =
        op.op === 'remove'
          ? undefined
          : storedRestApiPolicy(replacementValue(op, what), ctx.req.region, ctx.req.account, api.id);
      return;
    case '/disableExecuteApiEndpoint':
      api.disableExecuteApiEndpoint = replacementValue(op, what) === 'true';
      return;
    case '/apiKeySource':
      api.apiKeySource = replacementValue(op, what);
      return;
    case '/minimumCompressionSize':
      api.minimumCompressionSize =
        op.op === 'remove' || op.value === '' ? undefined : Number(replacementValue(op, what));
      return;
    case '/endpointConfiguration/vpcEndpointIds': {
      if (!isPrivate) throw badRequest('VPC endpoint ids can only be associated with a PRIVATE API');
      const vpce = op.value ?? '';
      if (!VPCE_ID.test(vpce)) throw badRequest(`Invalid VPC endpoint id ${vpce}`);
      const ids = api.endpointConfiguration.vpcEndpointIds ?? [];
      if (op.op === 'add') api.endpointConfiguration.vpcEndpointIds = [...new Set([...ids, vpce])];
      else if (op.op === 'remove') api.endpointConfiguration.vpcEndpointIds = ids.filter((id) => id !== vpce);
      else unsupportedPatch(op, what);
      return;
    }
    default:
      if (!op.path.startsWith('/endpointConfiguration/types/')) unsupportedPatch(op, what);
      changeEndpointType(ctx, api, op.path, replacementValue(op, what));
  }
}

/** `replace /endpointConfiguration/types/{CURRENT}` with the new type (docs/aws/resources.md#private-rest-api restrictions). */
function changeEndpointType(ctx: ServiceContext, api: StoredRestApi, path: string, next: string): void {
  const current = path.slice('/endpointConfiguration/types/'.length);
  if (!api.endpointConfiguration.types.includes(current))
    throw badRequest(`The API does not have endpoint type ${current}`);
  if (!ENDPOINT_TYPES.includes(next as (typeof ENDPOINT_TYPES)[number]))
    throw badRequest(`Invalid endpoint type ${next}`);
  if (current === next) return;
  if (current === 'PRIVATE' && next === 'EDGE')
    throw badRequest('A private API cannot be converted to an edge-optimized API');
  const mapped = callerSlot(ctx).domainNames.some(
    (d) => d.domainNameId && d.basePathMappings.some((m) => m.restApiId === api.id),
  );
  if (mapped)
    throw badRequest('Cannot change the endpoint type of an API that is mapped to a private custom domain name');
  api.endpointConfiguration = normalizeEndpointConfiguration({ types: [next] });
}

export function deleteRestApi(ctx: ServiceContext, params: PathParams) {
  const api = requireRestApi(ctx, params.restapi_id);
  const slot = callerSlot(ctx);
  const mappedBy = slot.domainNames.find((d) => d.basePathMappings.some((m) => m.restApiId === api.id));
  if (mappedBy) {
    throw badRequest(
      `Cannot delete API ${api.id}: it is mapped by custom domain name ${mappedBy.domainName}; delete the base path mapping first`,
    );
  }
  slot.restApis.splice(slot.restApis.indexOf(api), 1);
  ctx.commit();
  return jsonResponse(202);
}
