/**
 * What GetMethod / GetAuthorizer / GetGatewayResponses returned, turned into the engine's method authorization and
 * CORS facts. Pure: the invoke service reads, these translate.
 */
import type { AuthorizationType, AuthorizerType, CorsInfo, MethodAuthorization } from '@/lib/invoke/types';
import type { AuthorizerDetails, GatewayResponseOrigins, MethodDetails } from '@/lib/model/method-details';

const AUTHORIZATION_TYPES: ReadonlySet<string> = new Set(['NONE', 'AWS_IAM', 'CUSTOM', 'COGNITO_USER_POOLS']);
const AUTHORIZER_TYPES: ReadonlySet<string> = new Set(['TOKEN', 'REQUEST', 'COGNITO_USER_POOLS']);
/** Integrations whose response headers come from the backend, not from static mappings. */
const PROXY: ReadonlySet<string> = new Set(['HTTP_PROXY', 'AWS_PROXY']);

export function authorizationTypeOf(value: string): AuthorizationType {
  return (AUTHORIZATION_TYPES.has(value) ? value : 'NONE') as AuthorizationType;
}

/** The method's authorization as read; an authorizer that could not be read stays absent (the engine says so). */
export function readAuthorization(
  method: MethodDetails,
  authorizer: AuthorizerDetails | undefined,
): MethodAuthorization {
  const auth: MethodAuthorization = {
    known: true,
    source: 'method',
    authorizationType: authorizationTypeOf(method.authorizationType),
    apiKeyRequired: method.apiKeyRequired,
  };
  if (authorizer && AUTHORIZER_TYPES.has(authorizer.type)) {
    auth.authorizer = { type: authorizer.type as AuthorizerType, name: authorizer.name };
    if (authorizer.identitySource) auth.authorizer.identitySource = authorizer.identitySource;
  }
  return auth;
}

function corsHeaders(method: MethodDetails) {
  const h: Partial<Record<string, string>> = method.staticResponseHeaders;
  return {
    ...(h['access-control-allow-origin'] === undefined ? {} : { allowOrigin: h['access-control-allow-origin'] }),
    ...(h['access-control-allow-methods'] === undefined ? {} : { allowMethods: h['access-control-allow-methods'] }),
    ...(h['access-control-allow-headers'] === undefined ? {} : { allowHeaders: h['access-control-allow-headers'] }),
  };
}

/**
 * The API's CORS answers for one resource: its OPTIONS method (`null` when there is none), the called method's
 * own Access-Control-Allow-Origin, and the gateway responses' (each `undefined` when it could not be read).
 */
export function corsInfo(
  resourcePath: string,
  called: MethodDetails | undefined,
  options: MethodDetails | null | undefined,
  gateway: GatewayResponseOrigins | undefined,
): CorsInfo {
  const info: CorsInfo = { resourcePath };
  if (options === null) info.preflight = null;
  else if (options) {
    info.preflight = {
      authorizationType: options.authorizationType,
      apiKeyRequired: options.apiKeyRequired,
      ...(PROXY.has(options.integrationType ?? '') ? {} : { headers: corsHeaders(options) }),
    };
  }
  if (called)
    info.actual = PROXY.has(called.integrationType ?? '') ? 'backend' : { ...pick(corsHeaders(called).allowOrigin) };
  if (gateway) info.gatewayResponses = gateway;
  return info;
}

function pick(allowOrigin: string | undefined): { allowOrigin?: string } {
  return allowOrigin === undefined ? {} : { allowOrigin };
}
