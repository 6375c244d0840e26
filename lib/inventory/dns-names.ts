/**
 * The endpoint page's view of `DnsEntries`: every name with its kind. The classification itself is the invoke
 * engine's (`classifyDnsEntries`), so the page and the invoke answers never disagree about which name is regional.
 */
import { classifyDnsEntries } from '@/lib/invoke/dns';

export type DnsNameKind = 'regional' | 'zonal' | 'private';

export interface LabelledDnsName {
  dnsName: string;
  hostedZoneId?: string;
  kind: DnsNameKind;
  /** Availability Zone of a zonal name. */
  availabilityZone?: string;
}

function labelled(
  entry: { dnsName: string; hostedZoneId: string },
  kind: DnsNameKind,
  availabilityZone?: string,
): LabelledDnsName {
  return {
    dnsName: entry.dnsName,
    hostedZoneId: entry.hostedZoneId || undefined,
    kind,
    ...(availabilityZone ? { availabilityZone } : {}),
  };
}

/** Regional first (what alias records and the Host-header invoke forms use), then zonal by AZ, then the rest. */
export function labelDnsNames(entries: { dnsName?: string; hostedZoneId?: string }[]): LabelledDnsName[] {
  const present = entries.filter((e): e is { dnsName: string; hostedZoneId?: string } => Boolean(e.dnsName));
  const classified = classifyDnsEntries(
    present.map((e) => ({ dnsName: e.dnsName, hostedZoneId: e.hostedZoneId ?? '' })),
  );
  return [
    ...(classified.regional ? [labelled(classified.regional, 'regional')] : []),
    ...classified.zonal
      .map((z) => labelled(z.entry, 'zonal', z.availabilityZone))
      .sort((a, b) => (a.availabilityZone ?? '').localeCompare(b.availabilityZone ?? '')),
    // Names outside the vpce.amazonaws.com pattern come from the private hosted zone (or are unknown to us).
    ...[...classified.privateDns, ...classified.other].map((e) => labelled(e, 'private')),
  ];
}
