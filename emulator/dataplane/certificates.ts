import type { EmulatorState } from '../core/state';
import { isPrivateDomain, regionState } from '../services/apigateway/state';
import { entry } from '../core/entry';
import type { VpcEndpointRecord } from '../services/ec2/state';
import { effectiveStatus } from '../services/acm/index';

/**
 * The names of the server certificate an endpoint presents for a TLS server name (docs/aws/url-forms.md#tls-and-sni),
 * or undefined when it has none (the handshake then fails, as it would):
 * - `*.execute-api.{region}.amazonaws.com` and `*.execute-api.{region}.vpce.amazonaws.com` (A1–A4, B2) — AWS's own
 *   certificates, one wildcard each, only for the endpoint's Region;
 * - a private custom domain of that name in the Region (B1): the names of its ACM certificate (DomainName and
 *   SubjectAlternativeNames), preferring the domain this endpoint has an access association with when several
 *   accounts use the name. A certificate that is not ISSUED at `now` (expired by the emulator's clock, revoked)
 *   fails the handshake: AWS would present it and the client would refuse it, the same failure for the caller.
 */
export function certificateNamesFor(
  state: EmulatorState,
  endpoint: VpcEndpointRecord,
  servername: string,
  now: Date,
): string[] | undefined {
  const region = endpoint.region;
  const awsNames = [`*.execute-api.${region}.amazonaws.com`, `*.execute-api.${region}.vpce.amazonaws.com`];
  if (awsNames.some((wildcard) => coveredBy(wildcard, servername))) return awsNames;

  const associated = new Set(
    regionState(state.apigateway, endpoint.ownerId, region)
      .accessAssociations.filter((a) => a.accessAssociationSource === endpoint.vpcEndpointId)
      .map((a) => a.domainNameArn),
  );
  const domains = Object.entries(state.apigateway.byAccount)
    .flatMap(([account, regions]) =>
      (Object.hasOwn(regions, region) ? regions[region].domainNames : []).map((domain) => ({ account, domain })),
    )
    .filter(({ domain }) => isPrivateDomain(domain) && domain.domainName.toLowerCase() === servername)
    .sort((a, b) => Number(associated.has(b.domain.domainNameArn)) - Number(associated.has(a.domain.domainNameArn)));
  for (const { account, domain } of domains) {
    const arn = domain.certificateArn;
    const certificate =
      arn === undefined ? undefined : entry(entry(state.acm.byAccount, account)?.certificates ?? {}, arn);
    if (!certificate || effectiveStatus(certificate, now) !== 'ISSUED') continue;
    const names = certificate.subjectAlternativeNames.map((n) => n.toLowerCase());
    if (names.some((n) => coveredBy(n, servername))) return names;
  }
  return undefined;
}

/** TLS name matching: exact, or a wildcard standing for exactly one left-most label. */
function coveredBy(pattern: string, name: string): boolean {
  if (!pattern.startsWith('*.')) return pattern === name;
  const dot = name.indexOf('.');
  return dot > 0 && name.slice(dot + 1) === pattern.slice(2);
}
