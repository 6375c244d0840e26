import type { ServiceContext } from '../../core/types';
import { restApiId as newResourceId } from '../../core/ids';
import { jsonResponse } from '../../core/protocols/restJson';
import { z } from 'zod';
import type { StoredIntegration, StoredMethod, StoredResource, StoredRestApi } from './state';
import { badRequest, conflict, notFound } from './errors';
import { requireAuthorizer } from './authorizers';
import { bodyOf, queryOf } from './input';
import { paginate } from './pagination';
import { methodToWire, resourceToWire } from './wire';
import { requireRestApi } from './lookup';
import type { PathParams } from './router';
import { entry } from '../../core/entry';

const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'ANY'];
const AUTHORIZATION_TYPES = ['NONE', 'AWS_IAM', 'CUSTOM', 'COGNITO_USER_POOLS'];
const INTEGRATION_TYPES = ['HTTP', 'AWS', 'MOCK', 'HTTP_PROXY', 'AWS_PROXY'] as const;
const PATH_PART = /^([A-Za-z0-9._-]+|\{[A-Za-z0-9._-]+\+?\})$/;

export function requireResource(api: StoredRestApi, resourceId: string): StoredResource {
  const resource = api.resources.find((r) => r.id === resourceId);
  if (!resource) throw notFound('Invalid Resource identifier specified');
  return resource;
}

export function requireMethod(resource: StoredResource, httpMethod: string): StoredMethod {
  const method = entry(resource.resourceMethods, httpMethod);
  if (!method) throw notFound('Invalid Method identifier specified');
  return method;
}

/** The API's `/` resource, which CreateRestApi always creates. */
export function rootResource(api: StoredRestApi): StoredResource {
  return requireResource(api, api.rootResourceId);
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
  if (entry(resource.resourceMethods, httpMethod)) throw conflict('Method already exists for this resource');
  checkAuthorization(api, input.authorizationType, input.authorizerId);
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

/** CUSTOM needs a Lambda authorizer of the API, COGNITO_USER_POOLS a Cognito one; other types take none. */
function checkAuthorization(api: StoredRestApi, authorizationType: string, authorizerId: string | undefined): void {
  if (!AUTHORIZATION_TYPES.includes(authorizationType)) {
    throw badRequest(
      `Invalid authorization type ${authorizationType}: must be one of ${AUTHORIZATION_TYPES.join(', ')}`,
    );
  }
  const needsAuthorizer = authorizationType === 'CUSTOM' || authorizationType === 'COGNITO_USER_POOLS';
  if (!needsAuthorizer) {
    if (authorizerId !== undefined)
      throw badRequest(`authorizerId is not allowed with authorization type ${authorizationType}`);
    return;
  }
  if (authorizerId === undefined) throw badRequest(`Authorization type ${authorizationType} requires an authorizerId`);
  const authorizer = requireAuthorizer(api, authorizerId);
  if ((authorizer.type === 'COGNITO_USER_POOLS') !== (authorizationType === 'COGNITO_USER_POOLS')) {
    throw badRequest(`Authorizer ${authorizerId} of type ${authorizer.type} cannot be used with ${authorizationType}`);
  }
}

/** What PutIntegration reads; other members are stored as sent, like AWS echoes them back. */
export const INTEGRATION_INPUT = z.looseObject({
  type: z.enum(INTEGRATION_TYPES).optional(),
  /** On the wire the integration's own HTTP method is `httpMethod` (SDK: integrationHttpMethod). */
  httpMethod: z.string().optional(),
  uri: z.string().optional(),
  connectionType: z.string().optional(),
  passthroughBehavior: z.string().optional(),
  timeoutInMillis: z.number().optional(),
  cacheKeyParameters: z.array(z.string()).optional(),
  requestTemplates: z.record(z.string(), z.string()).optional(),
});

/** Store an integration as sent (never executed), after the checks AWS makes on its shape. */
export function putIntegration(
  api: StoredRestApi,
  resourceId: string,
  httpMethod: string,
  input: z.infer<typeof INTEGRATION_INPUT>,
): StoredIntegration {
  const resource = requireResource(api, resourceId);
  const method = requireMethod(resource, httpMethod);
  const { type } = input;
  if (!type) throw badRequest("Invalid request input: 'type' is required");
  if (type !== 'MOCK') {
    if (!input.uri) throw badRequest("Invalid request input: 'uri' is required");
    if (!input.httpMethod) throw badRequest('Enumeration value for HttpMethod must be non-empty');
  }
  const integration: StoredIntegration = {
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
  const embed = queryOf(ctx).all('embed');
  if (embed.some((e) => e !== 'methods')) throw badRequest('Only "methods" can be embedded');
  const page = paginate(api.resources, queryOf(ctx), (r) => r.id);
  return jsonResponse(200, {
    position: page.position,
    item: page.items.map((r) => resourceToWire(r, embed.length > 0)),
  });
}

export function getResource(ctx: ServiceContext, params: PathParams) {
  const api = requireRestApi(ctx, params.restapi_id);
  return jsonResponse(
    200,
    resourceToWire(requireResource(api, params.resource_id), queryOf(ctx).all('embed').includes('methods')),
  );
}

export function createResourceHandler(ctx: ServiceContext, params: PathParams) {
  const api = requireRestApi(ctx, params.restapi_id);
  const body = bodyOf(ctx);
  const resource = createResource(api, params.parent_id, body.required('pathPart'));
  ctx.commit();
  return jsonResponse(201, resourceToWire(resource, false));
}

export function putMethodHandler(ctx: ServiceContext, params: PathParams) {
  const api = requireRestApi(ctx, params.restapi_id);
  const body = bodyOf(ctx);
  const method = putMethod(api, params.resource_id, params.http_method, {
    authorizationType: body.required('authorizationType'),
    apiKeyRequired: body.boolean('apiKeyRequired'),
    operationName: body.string('operationName'),
    authorizerId: body.string('authorizerId'),
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
  const integration = putIntegration(api, params.resource_id, params.http_method, bodyOf(ctx).body(INTEGRATION_INPUT));
  ctx.commit();
  return jsonResponse(201, integration);
}
