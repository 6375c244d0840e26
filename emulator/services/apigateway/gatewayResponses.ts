import { z } from 'zod';
import { jsonResponse } from '../../core/protocols/restJson';
import type { ServiceContext } from '../../core/types';
import { badRequest, notFound } from './errors';
import { bodyOf, queryOf } from './input';
import { requireRestApi } from './lookup';
import { paginate } from './pagination';
import type { PathParams } from './router';
import type { StoredGatewayResponse, StoredRestApi } from './state';

/** Response types and their default status codes (API Gateway developer guide, "Gateway response types"). */
const RESPONSE_TYPES: Readonly<Record<string, string | undefined>> = {
  ACCESS_DENIED: '403',
  API_CONFIGURATION_ERROR: '500',
  AUTHORIZER_CONFIGURATION_ERROR: '500',
  AUTHORIZER_FAILURE: '500',
  BAD_REQUEST_BODY: '400',
  BAD_REQUEST_PARAMETERS: '400',
  DEFAULT_4XX: undefined,
  DEFAULT_5XX: undefined,
  EXPIRED_TOKEN: '403',
  INTEGRATION_FAILURE: '504',
  INTEGRATION_TIMEOUT: '504',
  INVALID_API_KEY: '403',
  INVALID_SIGNATURE: '403',
  MISSING_AUTHENTICATION_TOKEN: '403',
  QUOTA_EXCEEDED: '429',
  REQUEST_TOO_LARGE: '413',
  RESOURCE_NOT_FOUND: '404',
  THROTTLED: '429',
  UNAUTHORIZED: '401',
  UNSUPPORTED_MEDIA_TYPE: '415',
  WAF_FILTERED: '403',
};

const DEFAULT_TEMPLATES = { 'application/json': '{"message":$context.error.messageString}' };

export interface GatewayResponseWire {
  responseType: string;
  statusCode?: string;
  responseParameters: Record<string, string>;
  responseTemplates: Record<string, string>;
  defaultResponse: boolean;
}

function checkType(responseType: string): void {
  if (!(responseType in RESPONSE_TYPES)) throw badRequest(`Invalid response type ${responseType}`);
}

/** The customized response, else the generated default (AWS lists defaults for every type nobody customized). */
function responseOf(api: StoredRestApi, responseType: string): GatewayResponseWire {
  const custom = api.gatewayResponses?.find((r) => r.responseType === responseType);
  if (custom)
    return {
      responseType,
      statusCode: custom.statusCode ?? RESPONSE_TYPES[responseType],
      responseParameters: custom.responseParameters ?? {},
      responseTemplates: custom.responseTemplates ?? DEFAULT_TEMPLATES,
      defaultResponse: false,
    };
  return {
    responseType,
    statusCode: RESPONSE_TYPES[responseType],
    responseParameters: {},
    responseTemplates: DEFAULT_TEMPLATES,
    defaultResponse: true,
  };
}

/** Customize a gateway response (replacing an earlier customization). Plain function for handlers and seeds. */
export function putGatewayResponse(
  api: StoredRestApi,
  responseType: string,
  input: Omit<StoredGatewayResponse, 'responseType'>,
): GatewayResponseWire {
  checkType(responseType);
  for (const name of Object.keys(input.responseParameters ?? {})) {
    if (!/^gatewayresponse\.(header|querystring|path)\.[\w-]+$/.test(name))
      throw badRequest(`Invalid mapping expression specified: ${name}`);
  }
  if (input.statusCode !== undefined && !/^[1-5]\d\d$/.test(input.statusCode))
    throw badRequest(`Invalid status code ${input.statusCode}`);
  const rest = (api.gatewayResponses ?? []).filter((r) => r.responseType !== responseType);
  api.gatewayResponses = [...rest, { responseType, ...input }];
  return responseOf(api, responseType);
}

const PUT_INPUT = z.object({
  statusCode: z.string().optional(),
  responseParameters: z.record(z.string(), z.string()).optional(),
  responseTemplates: z.record(z.string(), z.string()).optional(),
});

export function putGatewayResponseHandler(ctx: ServiceContext, params: PathParams) {
  const api = requireRestApi(ctx, params.restapi_id);
  const response = putGatewayResponse(api, params.response_type, bodyOf(ctx).body(PUT_INPUT));
  ctx.commit();
  return jsonResponse(201, response);
}

export function getGatewayResponse(ctx: ServiceContext, params: PathParams) {
  const api = requireRestApi(ctx, params.restapi_id);
  if (!(params.response_type in RESPONSE_TYPES)) throw notFound('Invalid gateway response type specified');
  return jsonResponse(200, responseOf(api, params.response_type));
}

export function getGatewayResponses(ctx: ServiceContext, params: PathParams) {
  const api = requireRestApi(ctx, params.restapi_id);
  const all = Object.keys(RESPONSE_TYPES).map((type) => responseOf(api, type));
  const page = paginate(all, queryOf(ctx), (r) => r.responseType);
  return jsonResponse(200, { position: page.position, item: page.items });
}
