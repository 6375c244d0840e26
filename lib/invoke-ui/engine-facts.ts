/**
 * The console's own types (as the AWS readers return them) turned into the facts the invoke engine reasons about.
 * Pure: the invoke service reads, these translate.
 */
import type { HostedZoneInfo } from '@/lib/consumer/dns-check';
import { normalizeDnsName, zoneCovers } from '@/lib/invoke/dns';
import type { EndpointAccessMode, PrivateDomainInfo, ReadRestApiInfo, VpcEndpointInfo } from '@/lib/invoke/types';
import type { BasePathMapping, Domain, SharedDomain } from '@/lib/model/domains';
import type { RestApi, Stage } from '@/lib/model/rest-apis';
import type { VpcEndpoint } from '@/lib/model/vpc-endpoints';

export function toEndpointInfo(e: VpcEndpoint, account: string, region: string): VpcEndpointInfo {
  return {
    id: e.id,
    vpcId: e.vpcId,
    ownerAccountId: e.ownerId ?? account,
    region,
    privateDnsEnabled: e.privateDnsEnabled,
    dnsEntries: e.dnsNames.map((d) => ({ dnsName: d.dnsName, hostedZoneId: d.hostedZoneId ?? '' })),
    ipAddressType: e.ipAddressType ?? 'ipv4',
    state: e.state,
    ...(e.policyDocument === undefined ? {} : { policy: e.policyDocument }),
  };
}

function accessMode(value: string | undefined): EndpointAccessMode | undefined {
  return value === 'STRICT' || value === 'BASIC' ? value : undefined;
}

/** An API as its owner reads it: no policy attached is a fact, not an unknown. */
export function toRestApiInfo(api: RestApi, stages: Stage[], account: string, region: string): ReadRestApiInfo {
  return {
    id: api.id,
    name: api.name,
    accountId: account,
    region,
    endpointTypes: api.endpointTypes,
    vpcEndpointIds: api.vpcEndpointIds,
    policy: api.policy ?? null,
    disableExecuteApiEndpoint: api.disableExecuteApiEndpoint,
    securityPolicy: api.securityPolicy,
    endpointAccessMode: accessMode(api.endpointAccessMode),
    stages: stages.map((s) =>
      s.deploymentId ? { name: s.stageName, deploymentId: s.deploymentId } : { name: s.stageName },
    ),
  };
}

/** A domain as its owner reads it: policy, settings and mappings are known. */
export function toOwnDomainInfo(
  d: Domain,
  mappings: BasePathMapping[],
  account: string,
  region: string,
): PrivateDomainInfo {
  return {
    domainName: d.domainName,
    domainNameId: d.domainNameId ?? '',
    domainNameArn: d.domainNameArn ?? '',
    ownerAccountId: account,
    region,
    policy: d.policy ?? null,
    status: d.status,
    securityPolicy: d.securityPolicy,
    endpointAccessMode: accessMode(d.endpointAccessMode),
    basePathMappings: mappings,
  };
}

/** A consumer sees name, id and ARN only: policy, mappings and settings stay unknown. */
export function toSharedDomainInfo(d: SharedDomain, region: string): PrivateDomainInfo {
  return {
    domainName: d.domainName,
    domainNameId: d.domainNameId,
    domainNameArn: d.domainNameArn,
    ownerAccountId: d.ownerAccountId ?? '',
    region,
  };
}

/**
 * The zone the VPC resolver answers the name from: the most specific private zone on the VPC that covers it (a
 * more specific zone shadows its parents). Zones a service owns (an endpoint's own private DNS) never hold it.
 */
export function answeringZone(zones: HostedZoneInfo[], domainName: string): HostedZoneInfo | undefined {
  return zones
    .filter((z) => !z.owningService && zoneCovers(z.name, normalizeDnsName(domainName)))
    .sort((a, b) => b.name.length - a.name.length)[0];
}

/** The path the API sees behind a mapping: without a mapping stage, the first path segment names the stage. */
export function pathBehindMapping(mapping: BasePathMapping, path: string): string {
  return mapping.stage ? path : `/${path.split('/').filter(Boolean).slice(1).join('/')}`;
}
