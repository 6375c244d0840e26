/**
 * Which of this account's execute-api endpoints can be associated with a private domain, and what to warn about
 * (docs/aws/resources.md#domain-name-access-association: one endpoint cannot front two private domains of the same name, and an endpoint used for a
 * public custom domain should not be reused).
 */
import { parseDomainNameArn } from '@/lib/domains/arn';
import { normalizeDnsName, recordTargetEndpoint } from '@/lib/invoke/dns';
import type { DnsRecordInfo, VpcEndpointInfo } from '@/lib/invoke/types';

export interface OwnAssociation {
  arn: string;
  domainNameArn: string;
  vpceId: string;
}

export type EndpointIssue =
  | { kind: 'already-associated'; severity: 'info'; message: string }
  | { kind: 'same-name-domain'; severity: 'error'; message: string; otherDomainArn: string }
  | { kind: 'not-available'; severity: 'error'; message: string }
  | { kind: 'serves-public-domain'; severity: 'warning'; message: string; names: string[] }
  | { kind: 'private-dns-off'; severity: 'info'; message: string };

export interface EndpointChoice {
  endpoint: VpcEndpointInfo;
  issues: EndpointIssue[];
  /** False when AWS would refuse the association, or it already exists. */
  selectable: boolean;
}

/**
 * Public custom domain names of this account that a VPC's private hosted zones send to one of its endpoints
 * (an alias or CNAME to the endpoint's DNS name). Keyed by endpoint id.
 */
export function publicDomainsServedByEndpoints(
  endpoints: VpcEndpointInfo[],
  records: DnsRecordInfo[],
  publicDomainNames: string[],
): Record<string, string[]> {
  const names = new Set(publicDomainNames.map(normalizeDnsName));
  const out: Record<string, string[]> = {};
  for (const record of records) {
    const name = normalizeDnsName(record.name);
    if (!names.has(name)) continue;
    const target = recordTargetEndpoint(record, endpoints);
    if (!target || !record.zone.vpcIds.includes(target.vpcId)) continue;
    const list = (out[target.id] ??= []);
    if (!list.includes(name)) list.push(name);
  }
  return out;
}

export function assessEndpoints(input: {
  domainNameArn: string;
  endpoints: VpcEndpointInfo[];
  /** Every association this account owns (any domain), from GetDomainNameAccessAssociations(SELF). */
  associations: OwnAssociation[];
  publicDomainsByEndpoint?: Record<string, string[]>;
}): EndpointChoice[] {
  const domain = parseDomainNameArn(input.domainNameArn);
  return input.endpoints.map((endpoint) => {
    const issues: EndpointIssue[] = [];
    const mine = input.associations.filter((a) => a.vpceId === endpoint.id);
    if (mine.some((a) => a.domainNameArn === input.domainNameArn)) {
      issues.push({ kind: 'already-associated', severity: 'info', message: 'Already associated with this domain.' });
    }
    const clash = mine.find(
      (a) =>
        a.domainNameArn !== input.domainNameArn &&
        parseDomainNameArn(a.domainNameArn)?.domainName === domain?.domainName,
    );
    if (clash) {
      issues.push({
        kind: 'same-name-domain',
        severity: 'error',
        otherDomainArn: clash.domainNameArn,
        message: `Already associated with another private domain named ${domain?.domainName} (${clash.domainNameArn}). An endpoint can front only one private domain of a given name; use another endpoint or delete that association.`,
      });
    }
    if (endpoint.state.toLowerCase() !== 'available') {
      issues.push({
        kind: 'not-available',
        severity: 'error',
        message: `Endpoint state is ${endpoint.state.toLowerCase()}; only available endpoints can be associated.`,
      });
    }
    const served = input.publicDomainsByEndpoint?.[endpoint.id] ?? [];
    if (served.length > 0) {
      issues.push({
        kind: 'serves-public-domain',
        severity: 'warning',
        names: served,
        message: `Already serves the public custom domain ${served.join(', ')}. AWS advises not to reuse an endpoint that reaches a public custom domain for private domain associations.`,
      });
    }
    if (!endpoint.privateDnsEnabled) {
      issues.push({
        kind: 'private-dns-off',
        severity: 'info',
        message: 'Private DNS off: fine for this domain; default execute-api URLs will not reach this endpoint.',
      });
    }
    const selectable = !issues.some((i) => i.severity === 'error' || i.kind === 'already-associated');
    return { endpoint, issues, selectable };
  });
}
