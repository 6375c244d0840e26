import 'server-only';
import {
  GetAuthorizerCommand,
  GetGatewayResponsesCommand,
  GetMethodCommand,
  paginateGetResources,
  type Method,
} from '@aws-sdk/client-api-gateway';
import type {
  AuthorizerDetails,
  GatewayResponseOrigins,
  MethodDetails,
  ResourceSummary,
} from '@/lib/model/method-details';
import { getClients } from '../clients';
import { cachedReader } from '../read-cache';
import type { Session } from '../session';
import { PAGE_SIZE } from './serialize';

/** Every resource of the API with its id and method names (GetResources without embedded methods). */
export const listResources = cachedReader(
  'listResources',
  async (session: Session, restApiId: string): Promise<ResourceSummary[]> => {
    const client = getClients(session).apigateway;
    const out: ResourceSummary[] = [];
    for await (const page of paginateGetResources({ client, pageSize: PAGE_SIZE.apigateway }, { restApiId })) {
      for (const r of page.items ?? [])
        out.push({
          id: r.id ?? '',
          path: r.path ?? '/',
          methods: Object.keys(r.resourceMethods ?? {}).map((m) => m.toUpperCase()),
        });
    }
    return out;
  },
);

/** `'https://a.example'` → `https://a.example`; expressions that are not static values → undefined. */
function staticValue(expression: string): string | undefined {
  const m = /^'(.*)'$/s.exec(expression.trim());
  return m ? m[1] : undefined;
}

function staticResponseHeaders(method: Method): Record<string, string> {
  const responses = Object.values(method.methodIntegration?.integrationResponses ?? {}).sort(
    (a, b) => Number(!(a.statusCode ?? '').startsWith('2')) - Number(!(b.statusCode ?? '').startsWith('2')),
  );
  const headers: Record<string, string> = {};
  for (const r of responses) {
    for (const [name, expression] of Object.entries(r.responseParameters ?? {})) {
      const header = /^method\.response\.header\.(.+)$/i.exec(name)?.[1]?.toLowerCase();
      const value = staticValue(expression);
      if (header && value !== undefined) headers[header] ??= value;
    }
  }
  return headers;
}

/** GetMethod for one method of a resource; `undefined` when the resource has no such method. */
export const getMethodDetails = cachedReader(
  'getMethodDetails',
  async (
    session: Session,
    restApiId: string,
    resourceId: string,
    resourcePath: string,
    httpMethod: string,
  ): Promise<MethodDetails> => {
    const m = await getClients(session).apigateway.send(new GetMethodCommand({ restApiId, resourceId, httpMethod }));
    return {
      resourcePath,
      httpMethod,
      authorizationType: m.authorizationType ?? 'NONE',
      authorizerId: m.authorizerId,
      apiKeyRequired: m.apiKeyRequired ?? false,
      integrationType: m.methodIntegration?.type,
      staticResponseHeaders: staticResponseHeaders(m),
    };
  },
);

export const getAuthorizerDetails = cachedReader(
  'getAuthorizerDetails',
  async (session: Session, restApiId: string, authorizerId: string): Promise<AuthorizerDetails> => {
    const a = await getClients(session).apigateway.send(new GetAuthorizerCommand({ restApiId, authorizerId }));
    return { id: a.id ?? authorizerId, name: a.name ?? '', type: a.type ?? '', identitySource: a.identitySource };
  },
);

/** Access-Control-Allow-Origin of DEFAULT_4XX and DEFAULT_5XX (GetGatewayResponses lists generated defaults too). */
export const getGatewayResponseOrigins = cachedReader(
  'getGatewayResponseOrigins',
  async (session: Session, restApiId: string): Promise<GatewayResponseOrigins> => {
    const client = getClients(session).apigateway;
    const out: GatewayResponseOrigins = {};
    // No SDK paginator for this operation; 500 is its page maximum (about 20 response types exist).
    let position: string | undefined;
    do {
      const page = await client.send(new GetGatewayResponsesCommand({ restApiId, limit: 500, position }));
      for (const r of page.items ?? []) {
        const key =
          r.responseType === 'DEFAULT_4XX' ? 'default4xx' : r.responseType === 'DEFAULT_5XX' ? 'default5xx' : undefined;
        const origin = Object.entries(r.responseParameters ?? {}).find(
          ([name]) => name.toLowerCase() === 'gatewayresponse.header.access-control-allow-origin',
        )?.[1];
        const value = origin === undefined ? undefined : staticValue(origin);
        if (key && value !== undefined) out[key] = value;
      }
      position = page.position;
    } while (position);
    return out;
  },
);
