import type { ServiceContext } from '../../core/types';
import { restApiId as newResourceId } from '../../core/ids';
import { jsonResponse, parseJsonObject } from '../../core/protocols/restJson';
import type { StoredMethod, StoredResource, StoredRestApi } from './state';
import { badRequest, conflict, notFound } from './errors';
import { optionalBoolean, optionalEnum, optionalString, requiredString } from './input';
import { paginate } from './pagination';
import { methodToWire, resourceToWire } from './wire';
import { requireRestApi } from './lookup';
import type { PathParams } from './router';

const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'ANY'];
const INTEGRATION_TYPES = ['HTTP', 'AWS', 'MOCK', 'HTTP_PROXY', 'AWS_PROXY'] as const;
const PATH_PART = /^([A-Za-z0-9._-]+|\{[A-Za-z0-9._-]+\+?\})$/;

function requireResource(api: StoredRestApi, resourceId: string): StoredResource {
  const resource = api.resources.find((r) => r.id === resourceId);
  if (!resource) throw notFound('Invalid Resource identifier specified');
  return resource;
}

function requireMethod(resource: StoredResource, httpMethod: string): StoredMethod {
  const method = resource.resourceMethods[httpMethod];
  if (!method) throw notFound('Invalid Method identifier specified');
  return method;
}

/** Add a child resource. Plain function for handlers and seeds. */
export function createResource(
  api: StoredRestApi,
  parentId: string,
  pathPart: string,
  id = newResourceId(),
): StoredResource {
  const parent = requireResource(api, parentId);
  if (!PATH_PART.test(pathPart))
    throw badRequest(`Resource's path part must be alphanumeric, '{param}' or '{proxy+}': ${pathPart}`);
  if (api.resources.some((r) => r.parentId === parentId && r.pathPart === pathPart)) {
    throw conflict('Another resource with the same parent already has this name: ' + pathPart);
  }
  const resource: StoredResource = {
    id,
    parentId,
    pathPart,
    path: parent.path === '/' ? `/${pathPart}` : `${parent.path}/${pathPart}`,
    resourceMethods: {},
  };
  api.resources.push(resource);
  return resource;
}

export function putMethod(
  api: StoredRestApi,
  resourceId: string,
  httpMethod: string,
  input: { authorizationType: string; apiKeyRequired?: boolean; operationName?: string; authorizerId?: string },
): StoredMethod {
  const resource = requireResource(api, resourceId);
  if (!HTTP_METHODS.includes(httpMethod)) throw badRequest(`Invalid HTTP method ${httpMethod}`);
  if (resource.resourceMethods[httpMethod]) throw conflict('Method already exists for this resource');
  const method: StoredMethod = {
    httpMethod,
    authorizationType: input.authorizationType,
    authorizerId: input.authorizerId,
    apiKeyRequired: input.apiKeyRequired ?? false,
    operationName: input.operationName,
  };
  resource.resourceMethods[httpMethod] = method;
  return method;
}

/** Store an integration as sent (never executed), after the checks AWS makes on its shape. */
export function putIntegration(
  api: StoredRestApi,
  resourceId: string,
  httpMethod: string,
  input: Record<string, unknown>,
) {
  const resource = requireResource(api, resourceId);
  const method = requireMethod(resource, httpMethod);
  const type = optionalEnum(input, 'type', INTEGRATION_TYPES);
  if (!type) throw badRequest("Invalid request input: 'type' is required");
  // On the wire the integration's own HTTP method is the body key `httpMethod` (SDK: integrationHttpMethod).
  if (type !== 'MOCK') {
    requiredString(input, 'uri');
    if (!optionalString(input, 'httpMethod')) throw badRequest('Enumeration value for HttpMethod must be non-empty');
  }
  const integration: Record<string, unknown> = {
    ...input,
    type,
    passthroughBehavior: input.passthroughBehavior ?? 'WHEN_NO_MATCH',
    timeoutInMillis: input.timeoutInMillis ?? 29000,
    cacheNamespace: resource.id,
    cacheKeyParameters: input.cacheKeyParameters ?? [],
  };
  method.methodIntegration = integration;
  return integration;
}

export function getResources(ctx: ServiceContext, params: PathParams) {
  const api = requireRestApi(ctx, params.restapi_id);
  const embed = ctx.req.query.getAll('embed');
  if (embed.some((e) => e !== 'methods')) throw badRequest('Only "methods" can be embedded');
  const page = paginate(api.resources, ctx.req.query, (r) => r.id);
  return jsonResponse(200, {
    position: page.position,
    item: page.items.map((r) => resourceToWire(r, embed.length > 0)),
  });
}

export function getResource(ctx: ServiceContext, params: PathParams) {
  const api = requireRestApi(ctx, params.restapi_id);
  return jsonResponse(
    200,
    resourceToWire(requireResource(api, params.resource_id), ctx.req.query.getAll('embed').includes('methods')),
  );
}

export function createResourceHandler(ctx: ServiceContext, params: PathParams) {
  const api = requireRestApi(ctx, params.restapi_id);
  const body = parseJsonObject(ctx.req, 'BadRequestException');
  const resource = createResource(api, params.parent_id, requiredString(body, 'pathPart'));
  ctx.commit();
  return jsonResponse(201, resourceToWire(resource, false));
}

export function putMethodHandler(ctx: ServiceContext, params: PathParams) {
  const api = requireRestApi(ctx, params.restapi_id);
  const body = parseJsonObject(ctx.req, 'BadRequestException');
  const method = putMethod(api, params.resource_id, params.http_method, {
    authorizationType: requiredString(body, 'authorizationType'),
    apiKeyRequired: optionalBoolean(body, 'apiKeyRequired'),
    operationName: optionalString(body, 'operationName'),
    authorizerId: optionalString(body, 'authorizerId'),
  });
  ctx.commit();
  return jsonResponse(201, methodToWire(method));
}

export function getMethod(ctx: ServiceContext, params: PathParams) {
  const api = requireRestApi(ctx, params.restapi_id);
  return jsonResponse(200, methodToWire(requireMethod(requireResource(api, params.resource_id), params.http_method)));
}

export function putIntegrationHandler(ctx: ServiceContext, params: PathParams) {
  const api = requireRestApi(ctx, params.restapi_id);
  const integration = putIntegration(
    api,
    params.resource_id,
    params.http_method,
    parseJsonObject(ctx.req, 'BadRequestException'),
  );
  ctx.commit();
  return jsonResponse(201, integration);
}
