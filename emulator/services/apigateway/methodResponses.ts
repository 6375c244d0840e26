import { z } from 'zod';
import { entry } from '../../core/entry';
import { jsonResponse } from '../../core/protocols/restJson';
import type { ServiceContext } from '../../core/types';
import { badRequest, notFound } from './errors';
import { bodyOf } from './input';
import { requireRestApi } from './lookup';
import { requireMethod, requireResource } from './resources';
import type { PathParams } from './router';
import type {
  StoredIntegration,
  StoredIntegrationResponse,
  StoredMethod,
  StoredMethodResponse,
  StoredRestApi,
} from './state';

const STATUS_CODE = /^[1-5]\d\d$/;
const RESPONSE_HEADER = /^method\.response\.header\.[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function checkStatus(statusCode: string): void {
  if (!STATUS_CODE.test(statusCode)) throw badRequest(`Invalid status code ${statusCode}`);
}

function methodOf(ctx: ServiceContext, params: PathParams): { api: StoredRestApi; method: StoredMethod } {
  const api = requireRestApi(ctx, params.restapi_id);
  return { api, method: requireMethod(requireResource(api, params.resource_id), params.http_method) };
}

function integrationOf(method: StoredMethod): StoredIntegration {
  if (!method.methodIntegration) throw notFound('No integration defined for method');
  return method.methodIntegration;
}

/** Add or replace a method response. Plain function for handlers and seeds. */
export function putMethodResponse(
  method: StoredMethod,
  statusCode: string,
  input: Omit<StoredMethodResponse, 'statusCode'> = {},
): StoredMethodResponse {
  checkStatus(statusCode);
  for (const name of Object.keys(input.responseParameters ?? {})) {
    if (!RESPONSE_HEADER.test(name)) throw badRequest(`Invalid mapping expression specified: ${name}`);
  }
  const response: StoredMethodResponse = { statusCode, ...input };
  (method.methodResponses ??= {})[statusCode] = response;
  return response;
}

/**
 * Add or replace an integration response. AWS refuses a mapping to a header the method response does not
 * declare, so the method response for the status must exist first and declare every mapped header.
 */
export function putIntegrationResponse(
  method: StoredMethod,
  statusCode: string,
  input: Omit<StoredIntegrationResponse, 'statusCode'> = {},
): StoredIntegrationResponse {
  checkStatus(statusCode);
  const integration = integrationOf(method);
  const methodResponse = method.methodResponses && entry(method.methodResponses, statusCode);
  if (!methodResponse) throw notFound('Invalid Response status code specified');
  for (const name of Object.keys(input.responseParameters ?? {})) {
    if (
      !RESPONSE_HEADER.test(name) ||
      !methodResponse.responseParameters ||
      !(name in methodResponse.responseParameters)
    )
      throw badRequest(
        `Invalid mapping expression specified: Validation Result: warnings : [], errors : [No method response exists for method.]: ${name}`,
      );
  }
  const response: StoredIntegrationResponse = { statusCode, ...input };
  (integration.integrationResponses ??= {})[statusCode] = response;
  return response;
}

const METHOD_RESPONSE_INPUT = z.object({
  responseParameters: z.record(z.string(), z.boolean()).optional(),
  responseModels: z.record(z.string(), z.string()).optional(),
});

const INTEGRATION_RESPONSE_INPUT = z.object({
  selectionPattern: z.string().optional(),
  responseParameters: z.record(z.string(), z.string()).optional(),
  responseTemplates: z.record(z.string(), z.string()).optional(),
  contentHandling: z.string().optional(),
});

export function putMethodResponseHandler(ctx: ServiceContext, params: PathParams) {
  const { method } = methodOf(ctx, params);
  const response = putMethodResponse(method, params.status_code, bodyOf(ctx).body(METHOD_RESPONSE_INPUT));
  ctx.commit();
  return jsonResponse(201, response);
}

export function getMethodResponse(ctx: ServiceContext, params: PathParams) {
  const { method } = methodOf(ctx, params);
  const response = method.methodResponses && entry(method.methodResponses, params.status_code);
  if (!response) throw notFound('Invalid Response status code specified');
  return jsonResponse(200, response);
}

export function getIntegration(ctx: ServiceContext, params: PathParams) {
  const { method } = methodOf(ctx, params);
  return jsonResponse(200, integrationOf(method));
}

export function putIntegrationResponseHandler(ctx: ServiceContext, params: PathParams) {
  const { method } = methodOf(ctx, params);
  const response = putIntegrationResponse(method, params.status_code, bodyOf(ctx).body(INTEGRATION_RESPONSE_INPUT));
  ctx.commit();
  return jsonResponse(201, response);
}

export function getIntegrationResponse(ctx: ServiceContext, params: PathParams) {
  const integration = integrationOf(methodOf(ctx, params).method);
  const response = integration.integrationResponses && entry(integration.integrationResponses, params.status_code);
  if (!response) throw notFound('Invalid Response status code specified');
  return jsonResponse(200, response);
}
