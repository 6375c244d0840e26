/**
 * What kind of name each `DnsEntries` value of an execute-api interface endpoint is (reference §2.3).
 * Order is not guaranteed by EC2, so kinds are read from the names themselves.
 */
export type DnsNameKind = 'regional' | 'zonal' | 'private';

export interface LabelledDnsName {
  dnsName: string;
  hostedZoneId?: string;
  kind: DnsNameKind;
  /** Availability Zone of a zonal name. */
  availabilityZone?: string;
}

// vpce-{17 hex}-{8 chars}[-{az}].execute-api.{region}.vpce.amazonaws.com
const ENDPOINT_NAME = /^vpce-[0-9a-f]+-[0-9a-z]+(?:-([a-z]{2}(?:-[a-z]+)+-\d+[a-z]))?\.[^.]+\.[^.]+\.vpce\.amazonaws\.com$/;

export function labelDnsName(dnsName: string, hostedZoneId?: string): LabelledDnsName {
  const m = ENDPOINT_NAME.exec(dnsName.toLowerCase());
  if (!m) return { dnsName, hostedZoneId, kind: 'private' };
  return m[1] ? { dnsName, hostedZoneId, kind: 'zonal', availabilityZone: m[1] } : { dnsName, hostedZoneId, kind: 'regional' };
}

const ORDER: Record<DnsNameKind, number> = { regional: 0, zonal: 1, private: 2 };

/** Regional first (what alias records and the Host-header invoke forms should use), then zonal by AZ, then private. */
export function labelDnsNames(entries: { dnsName?: string; hostedZoneId?: string }[]): LabelledDnsName[] {
  return entries
    .filter((e): e is { dnsName: string; hostedZoneId?: string } => Boolean(e.dnsName))
    .map((e) => labelDnsName(e.dnsName, e.hostedZoneId))
    .sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || (a.availabilityZone ?? '').localeCompare(b.availabilityZone ?? ''));
}
