/**
 * Does the consumer's VPC resolve the private domain to its endpoint? Compares the alias records the invoke
 * engine says are needed with what the private hosted zones on the endpoint's VPC actually hold.
 */
import {
  consumerAliasRecords,
  normalizeDnsName,
  recordTargetEndpoint,
  zoneCovers,
  type AliasRecordSpec,
} from '@/lib/invoke/dns';
import type { DnsRecordInfo, VpcDnsAttributes, VpcEndpointInfo } from '@/lib/invoke/types';
import type { HostedZoneInfo } from '@/lib/model/hosted-zones';

export type { HostedZoneInfo };

export type RecordStatus =
  | { kind: 'present'; zoneId: string }
  | { kind: 'missing' }
  /** A record with this name and type exists but sends traffic somewhere else. */
  | { kind: 'points-elsewhere'; zoneId: string; target: string };

export interface RecordCheck {
  spec: AliasRecordSpec;
  status: RecordStatus;
}

export type DnsAttributeName = 'enableDnsSupport' | 'enableDnsHostnames';

export interface DnsCheck {
  /** The records to create; empty (with `noTargetReason`) when the endpoint has no regional DNS name. */
  records: RecordCheck[];
  noTargetReason?: string;
  /** Zones on the VPC that can hold the record (named like the domain or a parent of it), most specific first. */
  candidateZones: HostedZoneInfo[];
  /**
   * The zone the VPC resolver answers from for this name: the most specific candidate. Records in a parent zone
   * are shadowed by it.
   */
  effectiveZone?: HostedZoneInfo;
  /** VPC DNS attributes that are off; both must be on for private hosted zones to resolve. Unknown = undefined. */
  vpcAttributesOff?: DnsAttributeName[];
  complete: boolean;
}

export function checkDns(input: {
  domainName: string;
  endpoint: VpcEndpointInfo;
  /** Private hosted zones associated with the endpoint's VPC (ListHostedZonesByVPC). */
  zones: HostedZoneInfo[];
  /** Records named like the domain from the candidate zones. */
  records: (DnsRecordInfo & { zone: { id: string } })[];
  vpcDns?: VpcDnsAttributes;
}): DnsCheck {
  const domain = normalizeDnsName(input.domainName);
  const candidateZones = input.zones
    .filter((z) => !z.owningService && zoneCovers(z.name, domain))
    .sort((a, b) => normalizeDnsName(b.name).length - normalizeDnsName(a.name).length);
  const effectiveZone = candidateZones.at(0);
  const vpcAttributesOff = input.vpcDns
    ? (['enableDnsSupport', 'enableDnsHostnames'] as const).filter((a) => !input.vpcDns?.[a])
    : undefined;

  let specs: AliasRecordSpec[];
  try {
    specs = consumerAliasRecords(domain, input.endpoint);
  } catch (error) {
    return {
      records: [],
      noTargetReason: (error as Error).message,
      candidateZones,
      effectiveZone,
      vpcAttributesOff,
      complete: false,
    };
  }

  const inZone = effectiveZone
    ? input.records.filter((r) => r.zone.id === effectiveZone.id && normalizeDnsName(r.name) === domain)
    : [];
  const cname = inZone.find((r) => r.type.toUpperCase() === 'CNAME');
  const records = specs.map((spec): RecordCheck => {
    // A CNAME to the endpoint's name answers A and AAAA queries alike (docs/aws/url-forms.md#dns-for-a-private-custom-domain), and excludes other types.
    const found = cname ?? inZone.find((r) => r.type.toUpperCase() === spec.type);
    if (!found || !effectiveZone) return { spec, status: { kind: 'missing' } };
    if (recordTargetEndpoint(found, [input.endpoint]))
      return { spec, status: { kind: 'present', zoneId: effectiveZone.id } };
    const target = found.aliasTarget?.dnsName ?? found.values?.join(', ') ?? 'another target';
    return { spec, status: { kind: 'points-elsewhere', zoneId: effectiveZone.id, target: normalizeDnsName(target) } };
  });

  const complete =
    records.length > 0 && records.every((r) => r.status.kind === 'present') && (vpcAttributesOff?.length ?? 0) === 0;
  return { records, candidateZones, effectiveZone, vpcAttributesOff, complete };
}
