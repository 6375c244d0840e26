import { SYMPTOMS } from '../symptoms';
import type { CorsHeaders, CorsVerdict, HeaderSpec, Prerequisite } from '../types';
import { isConsumer, type CheckContext } from './context';
import { met, notMet, unknown } from './prereq';

/** Fetch standard: methods and request headers a browser sends without a preflight. */
const SIMPLE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'POST']);
const SAFELISTED_HEADERS: ReadonlySet<string> = new Set([
  'accept',
  'accept-language',
  'content-language',
  'content-type',
]);
const SIMPLE_CONTENT_TYPES: ReadonlySet<string> = new Set([
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
]);

/** Header names that make the request non-simple (a JSON content type counts). */
export function nonSimpleHeaders(headers: HeaderSpec[]): string[] {
  return headers
    .filter((h) => {
      const name = h.name.toLowerCase();
      if (!SAFELISTED_HEADERS.has(name)) return true;
      if (name !== 'content-type') return false;
      return !SIMPLE_CONTENT_TYPES.has(h.value.split(';')[0].trim().toLowerCase());
    })
    .map((h) => h.name);
}

export function preflightReasons(method: string, headers: HeaderSpec[]): string[] {
  const reasons: string[] = [];
  const m = method.toUpperCase();
  if (!SIMPLE_METHODS.has(m)) reasons.push(`method ${m} (only GET, HEAD and POST are simple)`);
  for (const h of headers) {
    const name = h.name.toLowerCase();
    if (name === 'content-type' && nonSimpleHeaders([h]).length)
      reasons.push(`Content-Type ${h.value} (only form, multipart and text/plain bodies are simple)`);
    else if (!SAFELISTED_HEADERS.has(name)) reasons.push(`header ${h.name}`);
  }
  return reasons;
}

function listed(value: string | undefined, wanted: string): boolean {
  return (value ?? '')
    .split(',')
    .map((v) => v.trim().toLowerCase())
    .some((v) => v === wanted.toLowerCase());
}

/** `*` covers any origin (no credentials mode); otherwise the value must be the page's exact origin. */
function originAllowed(value: string | undefined, origin: string | undefined): boolean | undefined {
  if (!value) return false;
  if (value.trim() === '*') return true;
  if (origin === undefined) return undefined;
  return value.trim().toLowerCase() === origin.toLowerCase();
}

export interface CorsRequest {
  method: string;
  /** Resource path as API Gateway sees it (for messages). */
  resource: string;
  /** Every header the request carries: operator, credential and form headers. */
  headers: HeaderSpec[];
  /** The form's URL. */
  url: string;
  /** Who owns the API (a consumer cannot read its methods). */
  ownerAccountId: string;
}

/** What the OPTIONS answer lacks for this request; empty when it covers it. `undefined` when origin decides and is not given. */
function preflightGaps(h: CorsHeaders, req: CorsRequest, origin: string | undefined): string[] | undefined {
  const gaps: string[] = [];
  const okOrigin = originAllowed(h.allowOrigin, origin);
  if (okOrigin === undefined) return undefined;
  if (!okOrigin) gaps.push(`Access-Control-Allow-Origin: ${origin ?? '*'} (it answers ${h.allowOrigin ?? 'none'})`);
  const m = req.method.toUpperCase();
  if (!SIMPLE_METHODS.has(m) && !listed(h.allowMethods, m) && h.allowMethods?.trim() !== '*')
    gaps.push(`${m} in Access-Control-Allow-Methods (it answers ${h.allowMethods ?? 'none'})`);
  for (const name of nonSimpleHeaders(req.headers)) {
    // `*` never covers Authorization (Fetch standard).
    const wildcard = h.allowHeaders?.trim() === '*' && name.toLowerCase() !== 'authorization';
    if (!wildcard && !listed(h.allowHeaders, name))
      gaps.push(`${name} in Access-Control-Allow-Headers (it answers ${h.allowHeaders ?? 'none'})`);
  }
  return gaps;
}

function askProvider(ctx: CheckContext, req: CorsRequest, what: string): string | undefined {
  return isConsumer(req.ownerAccountId, ctx.input)
    ? `Ask the provider (account ${req.ownerAccountId}) whether ${what}.`
    : undefined;
}

export function corsPreflight(ctx: CheckContext, req: CorsRequest, origin: string | undefined): Prerequisite {
  const id = 'cors-preflight';
  const label = `OPTIONS ${req.resource} answers the browser's preflight`;
  const preflight = ctx.input.cors?.preflight;
  const allow = `Access-Control-Allow-Origin ${origin ?? '<the page origin>'}, Access-Control-Allow-Methods ${req.method.toUpperCase()} and Access-Control-Allow-Headers ${nonSimpleHeaders(req.headers).join(',') || '(none needed)'}`;
  const fix = `Add an OPTIONS method to ${req.resource} with authorization NONE and no API key (MOCK integration) whose response sets ${allow}, then redeploy the API.`;
  if (preflight === undefined)
    return unknown(
      id,
      label,
      "This account cannot read the API's OPTIONS method for this resource.",
      fix,
      SYMPTOMS.corsPreflightFails,
      askProvider(ctx, req, `OPTIONS ${req.resource} answers a preflight from ${origin ?? 'the page'} with ${allow}`),
    );
  if (preflight === null)
    return notMet(
      id,
      label,
      `${req.resource} has no OPTIONS method: API Gateway refuses the preflight and the browser never sends the ${req.method.toUpperCase()}.`,
      fix,
      SYMPTOMS.corsPreflightFails,
    );
  if (preflight.authorizationType !== 'NONE' || preflight.apiKeyRequired)
    return notMet(
      id,
      label,
      `OPTIONS ${req.resource} requires ${preflight.apiKeyRequired ? 'an API key' : preflight.authorizationType}: browsers send preflights without credentials, so it is refused (401/403).`,
      `Set OPTIONS ${req.resource} to authorization NONE without API key, then redeploy the API.`,
      SYMPTOMS.corsPreflightFails,
    );
  if (!preflight.headers)
    return unknown(
      id,
      label,
      `OPTIONS ${req.resource} passes the preflight to the backend (proxy integration): its answer is not readable here.`,
      `Make the backend answer OPTIONS with ${allow}.`,
      SYMPTOMS.corsPreflightFails,
    );
  const gaps = preflightGaps(preflight.headers, req, origin);
  if (gaps === undefined)
    return unknown(
      id,
      label,
      `OPTIONS ${req.resource} allows origin ${preflight.headers.allowOrigin ?? ''} only; give the page's origin to check it.`,
      'Enter the origin of the calling page in the client situation.',
      SYMPTOMS.corsPreflightFails,
    );
  return gaps.length === 0
    ? met(id, label, `OPTIONS ${req.resource} answers with ${describeHeaders(preflight.headers)}.`)
    : notMet(
        id,
        label,
        `OPTIONS ${req.resource} lacks ${gaps.join('; ')}.`,
        `Set on the OPTIONS integration response (method response headers too): ${gaps.map((g) => g.replace(/ \(it answers .*\)$/, '')).join('; ')}; then redeploy the API.`,
        SYMPTOMS.corsPreflightFails,
      );
}

function describeHeaders(h: CorsHeaders): string {
  return [
    `Access-Control-Allow-Origin ${h.allowOrigin ?? '–'}`,
    `-Methods ${h.allowMethods ?? '–'}`,
    `-Headers ${h.allowHeaders ?? '–'}`,
  ].join(', ');
}

export function corsResponse(ctx: CheckContext, req: CorsRequest, origin: string | undefined): Prerequisite {
  const id = 'cors-response';
  const m = req.method.toUpperCase();
  const label = `${m} ${req.resource} answers with Access-Control-Allow-Origin`;
  const actual = ctx.input.cors?.actual;
  const want = origin ?? '<the page origin>';
  const fix = `Return Access-Control-Allow-Origin: ${want} from ${m} ${req.resource} (method response header plus an integration response mapping, or from the backend for a proxy integration), then redeploy the API.`;
  if (actual === undefined)
    return unknown(
      id,
      label,
      "This account cannot read the method's responses.",
      fix,
      SYMPTOMS.corsResponseBlocked,
      askProvider(ctx, req, `${m} ${req.resource} returns Access-Control-Allow-Origin: ${want}`),
    );
  if (actual === 'backend')
    return unknown(
      id,
      label,
      `${m} ${req.resource} uses a proxy integration: the backend's own response must carry Access-Control-Allow-Origin.`,
      `Make the backend return Access-Control-Allow-Origin: ${want}.`,
      SYMPTOMS.corsResponseBlocked,
    );
  const ok = originAllowed(actual.allowOrigin, origin);
  if (ok === undefined)
    return unknown(
      id,
      label,
      `The response allows origin ${actual.allowOrigin ?? ''} only; give the page's origin to check it.`,
      'Enter the origin of the calling page in the client situation.',
      SYMPTOMS.corsResponseBlocked,
    );
  return ok
    ? met(id, label, `The response carries Access-Control-Allow-Origin: ${actual.allowOrigin ?? ''}.`)
    : notMet(
        id,
        label,
        actual.allowOrigin
          ? `The response carries Access-Control-Allow-Origin: ${actual.allowOrigin}, not ${want}.`
          : `The response of ${m} ${req.resource} carries no Access-Control-Allow-Origin.`,
        fix,
        SYMPTOMS.corsResponseBlocked,
      );
}

/** Gateway responses carry no CORS headers unless set: the page then sees API Gateway's own 4xx/5xx as CORS errors. */
function gatewayResponseNotes(ctx: CheckContext, origin: string | undefined): string[] {
  const g = ctx.input.cors?.gatewayResponses;
  if (!g) return [];
  const missing = (['default4xx', 'default5xx'] as const).filter((k) => originAllowed(g[k], origin) === false);
  if (missing.length === 0) return [];
  const names = missing.map((k) => (k === 'default4xx' ? 'DEFAULT_4XX' : 'DEFAULT_5XX')).join(' and ');
  return [
    `Gateway responses ${names} set no Access-Control-Allow-Origin${origin ? ` for ${origin}` : ''}: when API Gateway itself refuses a call (403 policy, 401 authorizer, 429 throttling, 5xx), the page sees a CORS error instead of the status. Add gatewayresponse.header.Access-Control-Allow-Origin to ${names} (PutGatewayResponse), then redeploy the API.`,
  ];
}

/** The CORS verdict for a browser client and the prerequisites it adds; nothing for servers or same-origin pages. */
export function corsChecks(
  ctx: CheckContext,
  req: CorsRequest,
): { verdict?: CorsVerdict; prerequisites: Prerequisite[]; notes: string[] } {
  if (ctx.situation.client !== 'browser') return { prerequisites: [], notes: [] };
  const origin = ctx.situation.origin;
  const sameOrigin = origin !== undefined && origin.toLowerCase() === new URL(req.url).origin.toLowerCase();
  const reasons = preflightReasons(req.method, req.headers);
  const verdict: CorsVerdict = {
    sameOrigin,
    preflight: !sameOrigin && reasons.length > 0,
    preflightReasons: reasons,
    missing: [],
  };
  if (origin !== undefined) verdict.origin = origin;
  if (sameOrigin) return { verdict, prerequisites: [], notes: [] };
  const prerequisites = [
    ...(verdict.preflight ? [corsPreflight(ctx, req, origin)] : []),
    corsResponse(ctx, req, origin),
  ];
  const notes = gatewayResponseNotes(ctx, origin);
  verdict.missing = [...prerequisites.filter((p) => p.status === 'not-met').map((p) => p.fix ?? p.reason), ...notes];
  return { verdict, prerequisites, notes };
}
