import { SYMPTOMS } from '../symptoms';
import type { AuthorizerInfo, HeaderSpec, InvokeInput, MethodAuthorization, Prerequisite, QueryParam } from '../types';
import { isConsumer, type CheckContext } from './context';
import { met, unknown } from './prereq';

export interface IdentitySources {
  headers: string[];
  query: string[];
  /** `context.*` / `stageVariables.*` sources: nothing the client sends. */
  other: string[];
}

/** Splits `identitySource` (`method.request.header.Auth, method.request.querystring.token`) by what the client sends. */
export function parseIdentitySource(source: string | undefined): IdentitySources {
  const out: IdentitySources = { headers: [], query: [], other: [] };
  for (const part of (source ?? '').split(',')) {
    const expr = part.trim();
    if (expr === '') continue;
    const header = /^method\.request\.header\.(.+)$/i.exec(expr);
    const query = /^method\.request\.querystring\.(.+)$/i.exec(expr);
    if (header) out.headers.push(header[1]);
    else if (query) out.query.push(query[1]);
    else out.other.push(expr);
  }
  return out;
}

/** What the method needs the client to send: header and query names with placeholder values. */
export function requiredCredentials(auth: MethodAuthorization | undefined): {
  headers: HeaderSpec[];
  query: QueryParam[];
} {
  const headers: HeaderSpec[] = [];
  const query: QueryParam[] = [];
  if (!auth?.known) return { headers, query };
  const { authorizer } = auth;
  if (authorizer?.type === 'COGNITO_USER_POOLS') {
    for (const name of tokenHeaders(authorizer)) headers.push({ name, value: '<Cognito user pool ID token>' });
  } else if (authorizer?.type === 'TOKEN') {
    for (const name of tokenHeaders(authorizer)) headers.push({ name, value: '<token for the Lambda authorizer>' });
  } else if (authorizer?.type === 'REQUEST') {
    const sources = parseIdentitySource(authorizer.identitySource);
    for (const name of sources.headers) headers.push({ name, value: `<${name} for the Lambda authorizer>` });
    for (const name of sources.query) query.push({ name, value: `<${name} for the Lambda authorizer>` });
  }
  if (auth.apiKeyRequired) headers.push({ name: 'x-api-key', value: '<API key>' });
  return { headers, query };
}

/** TOKEN and Cognito authorizers read one header; `Authorization` is the console's and AWS's default. */
function tokenHeaders(authorizer: AuthorizerInfo): string[] {
  const named = parseIdentitySource(authorizer.identitySource).headers;
  return named.length ? named : ['Authorization'];
}

/** The credentials the request does not carry yet (operator headers / query win over placeholders). */
export function missingCredentials(input: InvokeInput): { headers: HeaderSpec[]; query: QueryParam[] } {
  const { headers, query } = requiredCredentials(input.methodAuthorization);
  const sentHeaders = new Set((input.request.headers ?? []).map((h) => h.name.toLowerCase()));
  const sentQuery = new Set((input.request.query ?? []).map((q) => q.name));
  return {
    headers: headers.filter((h) => !sentHeaders.has(h.name.toLowerCase())),
    query: query.filter((q) => !sentQuery.has(q.name)),
  };
}

function describe(auth: Extract<MethodAuthorization, { known: true }>): string {
  const { authorizer } = auth;
  const from = auth.source === 'method' ? 'read from the method' : 'as chosen in the client situation';
  const parts: string[] = [];
  if (authorizer?.type === 'COGNITO_USER_POOLS') {
    parts.push(
      `a Cognito user pool authorizer${authorizer.name ? ` (${authorizer.name})` : ''} reads a user pool token from ${tokenHeaders(authorizer).join(', ')}`,
    );
  } else if (authorizer?.type === 'TOKEN') {
    parts.push(
      `a Lambda TOKEN authorizer${authorizer.name ? ` (${authorizer.name})` : ''} reads its token from ${tokenHeaders(authorizer).join(', ')}`,
    );
  } else if (authorizer?.type === 'REQUEST') {
    const s = parseIdentitySource(authorizer.identitySource);
    const sent = [...s.headers.map((h) => `header ${h}`), ...s.query.map((q) => `query parameter ${q}`)];
    parts.push(
      `a Lambda REQUEST authorizer${authorizer.name ? ` (${authorizer.name})` : ''} ${sent.length ? `needs ${sent.join(', ')} (missing ones are answered 401 without calling the Lambda)` : 'has no identity sources the client sends'}`,
    );
  } else if (auth.authorizationType === 'AWS_IAM') {
    parts.push('AWS_IAM: the request must be SigV4-signed');
  }
  if (auth.apiKeyRequired)
    parts.push('an API key is required in x-api-key (and must belong to a usage plan of this stage)');
  return `Method authorization (${from}): ${parts.join('; ')}. Snippets carry placeholders for what the request does not set yet: replace them.`;
}

/**
 * What the method needs from the client beyond reaching it: an authorizer's token or identity sources, an API key.
 * Unknown when the account cannot read the method and the operator chose nothing (a consumer): never a silent NONE.
 */
export function methodAuthorization(ctx: CheckContext, ownerAccountId: string): Prerequisite | undefined {
  const auth = ctx.input.methodAuthorization;
  if (!auth) return undefined;
  const label = 'Method authorization';
  if (!auth.known) {
    return unknown(
      'method-authorization',
      label,
      "This account cannot read the API's method, so how it authorizes (none, AWS_IAM, Cognito, Lambda authorizer, API key) is not known; the snippets send no credentials.",
      'Choose the method authorization in the client situation (as the provider tells you): the snippets then carry the header it needs.',
      SYMPTOMS.authorizationMissing,
      isConsumer(ownerAccountId, ctx.input)
        ? `Ask the provider (account ${ownerAccountId}) how ${ctx.input.request.method} ${ctx.input.request.path} authorizes: NONE, AWS_IAM, a Cognito user pool (which header), a Lambda TOKEN or REQUEST authorizer (which identity sources), and whether an API key is required.`
        : undefined,
    );
  }
  if (auth.authorizationType === 'NONE' && !auth.apiKeyRequired) return undefined;
  if (auth.authorizationType === 'AWS_IAM' && !auth.apiKeyRequired) return undefined;
  if ((auth.authorizationType === 'CUSTOM' || auth.authorizationType === 'COGNITO_USER_POOLS') && !auth.authorizer) {
    return unknown(
      'method-authorization',
      label,
      `The method uses ${auth.authorizationType}, but its authorizer could not be read, so the header it needs is not known.`,
      "Allow apigateway:GET on the API's authorizers, or choose the authorizer kind in the client situation.",
      SYMPTOMS.authorizationMissing,
    );
  }
  return met('method-authorization', label, describe(auth));
}
