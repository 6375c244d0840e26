import { createHash } from 'node:crypto';
import { serviceShortName, VPCE_PUBLIC_HOSTED_ZONE_IDS } from './endpoint-services';
import type { Ec2State, VpcEndpointRecord } from './state';

/** A type alias (not an interface) so it fits the index-signature shape of the XML renderer. */
export type DnsEntry = {
  dnsName: string;
  hostedZoneId: string;
};

/**
 * DnsEntries as EC2 lists them for an interface endpoint: the regional name, one zonal name per subnet AZ,
 * then (private DNS on) the service's private name, which for execute-api is the wildcard
 * `*.execute-api.{region}.amazonaws.com` living in an AWS-managed private zone attached to the VPC.
 */
export function dnsEntries(ec2: Ec2State, vpce: VpcEndpointRecord): DnsEntry[] {
  if (vpce.vpcEndpointType !== 'Interface') return [];
  const service = serviceShortName(vpce.serviceName);
  const base = `${vpce.vpcEndpointId}-${vpce.dnsSuffix}`;
  const domain = `${service}.${vpce.region}.vpce.amazonaws.com`;
  const publicZone = VPCE_PUBLIC_HOSTED_ZONE_IDS[vpce.region] ?? madeUpZoneId(`public/${vpce.region}`);
  const zones = [...new Set(vpce.subnetIds.map((id) => ec2.byAccount[vpce.ownerId]?.subnets[id]?.availabilityZone).filter(Boolean))];
  const entries: DnsEntry[] = [
    { dnsName: `${base}.${domain}`, hostedZoneId: publicZone },
    ...zones.map((zone) => ({ dnsName: `${base}-${zone}.${domain}`, hostedZoneId: publicZone })),
  ];
  if (vpce.privateDnsEnabled) {
    entries.push({ dnsName: privateDnsName(service, vpce.region), hostedZoneId: madeUpZoneId(`private/${vpce.vpcEndpointId}`) });
  }
  return entries;
}

/** The private DNS name an endpoint claims in its VPC; two endpoints in one VPC cannot claim the same one. */
export function privateDnsName(service: string, region: string): string {
  return service === 'execute-api' ? `*.execute-api.${region}.amazonaws.com` : `${service}.${region}.amazonaws.com`;
}

function madeUpZoneId(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `Z${BigInt(`0x${hex.slice(0, 24)}`).toString(36).toUpperCase().slice(0, 20)}`;
}
