import { methodAuthorization, missingCredentials } from '../checks/authorization';
import type { CheckContext } from '../checks/context';
import { corsChecks } from '../checks/cors';
import { classifyDnsEntries, normalizeDnsName } from '../dns';
import type { CorsVerdict, HeaderSpec, Prerequisite, VpcEndpointInfo, ZonalAlternative } from '../types';

/** What a form adds for the client itself: the method's credentials and, for browsers, CORS. */
export interface ClientNeeds {
  prerequisites: Prerequisite[];
  credentialHeaders: HeaderSpec[];
  cors?: CorsVerdict;
  notes: string[];
}

const FORM_OWNED = new Set(['host', 'x-apigw-api-id']);

export function clientNeeds(
  ctx: CheckContext,
  form: { url: string; headers: HeaderSpec[]; ownerAccountId: string },
): ClientNeeds {
  const { request } = ctx.input;
  const credentialHeaders = missingCredentials(ctx.input).headers;
  const auth = methodAuthorization(ctx, form.ownerAccountId);
  const operator = (request.headers ?? []).filter((h) => !FORM_OWNED.has(h.name.toLowerCase()));
  const cors = corsChecks(ctx, {
    method: request.method,
    resource: ctx.input.cors?.resourcePath ?? request.path,
    headers: [...form.headers, ...operator, ...credentialHeaders],
    url: form.url,
    ownerAccountId: form.ownerAccountId,
  });
  const needs: ClientNeeds = {
    prerequisites: [...(auth ? [auth] : []), ...cors.prerequisites],
    credentialHeaders,
    notes: cors.notes,
  };
  if (cors.verdict) needs.cors = cors.verdict;
  return needs;
}

/**
 * The same URL on each zonal name of the endpoint, for forms whose host is its Regional name: AZ-local routing
 * (no cross-AZ hop, AZ fault isolation) at the price of no failover to another AZ.
 */
export function zonalAlternatives(
  vpce: VpcEndpointInfo | undefined,
  host: string,
  url: (host: string) => string,
): ZonalAlternative[] {
  if (!vpce) return [];
  const c = classifyDnsEntries(vpce.dnsEntries);
  if (!c.regional || normalizeDnsName(c.regional.dnsName) !== host) return [];
  return c.zonal.map(({ entry, availabilityZone }) => {
    const zonalHost = normalizeDnsName(entry.dnsName);
    return { availabilityZone, host: zonalHost, url: url(zonalHost) };
  });
}
