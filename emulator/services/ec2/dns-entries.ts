import { createHash } from 'node:crypto';
import { serviceShortName, VPCE_PUBLIC_HOSTED_ZONE_IDS } from './endpoint-services';
import type { Ec2State, VpcEndpointRecord } from './state';
import { entry } from '../../core/entry';

/** A type alias (not an interface) so it fits the index-signature shape of the XML renderer. */
export type DnsEntry = {
  dnsName: string;
  hostedZoneId: string;
};

/**
 * DnsEntries as EC2 lists them for an interface endpoint: the regional name, one zonal name per subnet AZ,
 * then (private DNS on) the service's private names, which live in an AWS-managed private zone attached to
 * the VPC. For execute-api these are `execute-api.{region}.amazonaws.com` and the wildcard
 * `*.execute-api.{region}.amazonaws.com` (the reference's "five names with two subnets").
 */
export function dnsEntries(ec2: Ec2State, vpce: VpcEndpointRecord): DnsEntry[] {
  if (vpce.vpcEndpointType !== 'Interface') return [];
  const service = serviceShortName(vpce.serviceName);
  const base = `${vpce.vpcEndpointId}-${vpce.dnsSuffix}`;
  const domain = `${service}.${vpce.region}.vpce.amazonaws.com`;
  const publicZone = VPCE_PUBLIC_HOSTED_ZONE_IDS[vpce.region] ?? madeUpZoneId(`public/${vpce.region}`);
  const zones = [
    ...new Set(
      vpce.subnetIds
        .map((id) => entry(entry(ec2.byAccount, vpce.ownerId)?.subnets ?? {}, id)?.availabilityZone)
        .filter(Boolean),
    ),
  ];
  const entries: DnsEntry[] = [
    { dnsName: `${base}.${domain}`, hostedZoneId: publicZone },
    ...zones.map((zone) => ({ dnsName: `${base}-${zone}.${domain}`, hostedZoneId: publicZone })),
  ];
  if (vpce.privateDnsEnabled) {
    const managedZone = madeUpZoneId(`private/${vpce.vpcEndpointId}`);
    const name = privateDnsName(service, vpce.region);
    const names = service === 'execute-api' ? [name, `*.${name}`] : [name];
    entries.push(...names.map((dnsName) => ({ dnsName, hostedZoneId: managedZone })));
  }
  return entries;
}

/** The private DNS domain an endpoint claims in its VPC; two endpoints in one VPC cannot claim the same one. */
export function privateDnsName(service: string, region: string): string {
  return `${service}.${region}.amazonaws.com`;
}

function madeUpZoneId(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `Z${BigInt(`0x${hex.slice(0, 24)}`)
    .toString(36)
    .toUpperCase()
    .slice(0, 20)}`;
}
