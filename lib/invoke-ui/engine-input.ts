/** Turns the operator's selection into the engine's request and client situation. */
import type {
  AuthorizationType,
  AuthorizerInfo,
  ClientSituation,
  HeaderSpec,
  InvokeRequest,
  MethodAuthorization,
  QueryParam,
} from '@/lib/invoke/types';
import type { InvokeSelection } from './selection';

/** `a=1&b=x%20y` → name/value pairs with percent-decoding undone (the engine encodes again). */
export function parseQuery(query: string): QueryParam[] {
  if (query.trim() === '') return [];
  return query
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const i = part.indexOf('=');
      const name = i < 0 ? part : part.slice(0, i);
      const value = i < 0 ? '' : part.slice(i + 1);
      return { name: safeDecode(name), value: safeDecode(value) };
    });
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    // A lone `%` is meant literally.
    return text;
  }
}

export function parseHeaders(lines: string[]): HeaderSpec[] {
  return lines.map((line) => {
    const i = line.indexOf(':');
    return { name: line.slice(0, i).trim(), value: line.slice(i + 1).trim() };
  });
}

export function toInvokeRequest(s: InvokeSelection): InvokeRequest {
  const request: InvokeRequest = { method: s.method, path: s.path };
  const query = parseQuery(s.query);
  const headers = parseHeaders(s.headers);
  if (query.length) request.query = query;
  if (headers.length) request.headers = headers;
  if (s.body !== '') request.body = s.body;
  return request;
}

/** `vpcId` is the VPC of the chosen endpoint (the engine resolves DNS and private-DNS endpoints per VPC). */
export function toClientSituation(s: InvokeSelection, vpcId: string | undefined): ClientSituation {
  const location = s.from === 'onprem' ? 'on-premises' : s.from;
  const situation: ClientSituation = { location, client: s.client };
  if (vpcId) situation.vpcId = vpcId;
  if (s.vpce) situation.vpceId = s.vpce;
  if (location === 'on-premises' && s.resolver !== undefined) situation.onPremResolverForwarding = s.resolver;
  if (location === 'vpc' && s.dns) {
    situation.vpcResolver = s.dns;
    if (s.dns === 'custom' && s.resolver !== undefined) situation.customResolverForwarding = s.resolver;
  }
  if (s.client === 'browser' && s.origin) situation.origin = s.origin;
  return situation;
}

/** `Authorization, ?tenant` → API Gateway's identity-source expressions. */
export function identitySourceOf(identity: string | undefined): string {
  const parts = (identity ?? 'Authorization')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts
    .map((p) => (p.startsWith('?') ? `method.request.querystring.${p.slice(1)}` : `method.request.header.${p}`))
    .join(', ');
}

const CHOSEN: Record<
  NonNullable<InvokeSelection['auth']>,
  { type: AuthorizationType; authorizer?: AuthorizerInfo['type'] }
> = {
  none: { type: 'NONE' },
  iam: { type: 'AWS_IAM' },
  cognito: { type: 'COGNITO_USER_POOLS', authorizer: 'COGNITO_USER_POOLS' },
  token: { type: 'CUSTOM', authorizer: 'TOKEN' },
  request: { type: 'CUSTOM', authorizer: 'REQUEST' },
};

/** The method authorization the operator chose; `undefined` when the console is to read it. */
export function chosenAuthorization(s: InvokeSelection): MethodAuthorization | undefined {
  if (!s.auth) return undefined;
  const { type, authorizer } = CHOSEN[s.auth];
  const auth: MethodAuthorization = {
    known: true,
    source: 'chosen',
    authorizationType: type,
    apiKeyRequired: s.apiKey ?? false,
  };
  if (authorizer) auth.authorizer = { type: authorizer, identitySource: identitySourceOf(s.identity) };
  return auth;
}
