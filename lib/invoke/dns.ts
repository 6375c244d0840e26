import type { DnsEntry, DnsRecordInfo, VpcEndpointInfo } from './types';

/** DNS suffix of AWS service names in a region's partition. */
export function awsDnsSuffix(region: string): string {
  return region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
}

/** A1 host: `{api-id}.execute-api.{region}.amazonaws.com`. */
export function defaultApiHost(apiId: string, region: string): string {
  return `${apiId}.execute-api.${region}.${awsDnsSuffix(region)}`;
}

/** A4 host: `{api-id}-{vpce-id}.execute-api.{region}.amazonaws.com`. */
export function vpceAliasApiHost(apiId: string, vpceId: string, region: string): string {
  return `${apiId}-${vpceId}.execute-api.${region}.${awsDnsSuffix(region)}`;
}

export function normalizeDnsName(name: string): string {
  // Route 53 returns names with a trailing dot and `*` as `\052`.
  return name.trim().toLowerCase().replace(/\\052/g, '*').replace(/\.$/, '');
}

export interface ClassifiedDnsEntries {
  /** `vpce-…-xxxxxxxx.execute-api.{region}.vpce.amazonaws.com`: the name to use in URLs and alias targets. */
  regional?: DnsEntry;
  /** One per AZ: `vpce-…-xxxxxxxx-{az}.execute-api.{region}.vpce.amazonaws.com`. */
  zonal: { entry: DnsEntry; availabilityZone: string }[];
  /** Names the private hosted zone provides when private DNS is on (`*.execute-api.{region}.amazonaws.com`). */
  privateDns: DnsEntry[];
  /** Anything else, so nothing is silently dropped. */
  other: DnsEntry[];
}

const VPCE_LABEL = /^vpce-[0-9a-f]+-[0-9a-z]+(?:-([a-z]{2}(?:-[a-z]+)+-\d+[a-z]))?$/;

/**
 * Classifies `DnsEntries` without relying on their order (docs/aws/url-forms.md#endpoint-dns-names: the API gives no order guarantee).
 * Regional = a `vpce.amazonaws.com` name whose first label carries no AZ suffix.
 */
export function classifyDnsEntries(entries: DnsEntry[]): ClassifiedDnsEntries {
  const out: ClassifiedDnsEntries = { zonal: [], privateDns: [], other: [] };
  for (const entry of entries) {
    const name = normalizeDnsName(entry.dnsName);
    const [label, ...rest] = name.split('.');
    const domain = rest.join('.');
    const m = VPCE_LABEL.exec(label);
    if (m && /^execute-api\.[a-z0-9-]+\.vpce\.amazonaws\.com(\.cn)?$/.test(domain)) {
      if (m[1]) out.zonal.push({ entry, availabilityZone: m[1] });
      else out.regional ??= entry;
    } else if (/^(\*\.)?execute-api\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/.test(name)) {
      out.privateDns.push(entry);
    } else {
      out.other.push(entry);
    }
  }
  return out;
}

/** The host to put in A2/A3/B2 URLs: the regional name, else a zonal one. */
export function vpceHostname(vpce: VpcEndpointInfo): string | undefined {
  const c = classifyDnsEntries(vpce.dnsEntries);
  return normalizeOrUndefined((c.regional ?? c.zonal.at(0)?.entry)?.dnsName);
}

function normalizeOrUndefined(name: string | undefined): string | undefined {
  return name === undefined ? undefined : normalizeDnsName(name);
}

export interface AliasRecordSpec {
  name: string;
  type: 'A' | 'AAAA';
  aliasTarget: { dnsName: string; hostedZoneId: string; evaluateTargetHealth: false };
}

/**
 * Route 53 alias record(s) a consumer creates in its private hosted zone for a private custom domain
 * (docs/aws/url-forms.md#dns-for-a-private-custom-domain): alias A for IPv4/dualstack endpoints and alias AAAA for dualstack/IPv6 endpoints, targeting the
 * regional VPCE name with the hosted zone id EC2 returned for it (never a hard-coded id, docs/aws/gotchas.md item 21).
 */
export function consumerAliasRecords(customDomain: string, vpce: VpcEndpointInfo): AliasRecordSpec[] {
  const target = classifyDnsEntries(vpce.dnsEntries).regional;
  if (!target) throw new Error(`VPC endpoint ${vpce.id} has no regional DNS name to alias to.`);
  const aliasTarget = {
    dnsName: normalizeDnsName(target.dnsName),
    hostedZoneId: target.hostedZoneId,
    evaluateTargetHealth: false as const,
  };
  const ip = vpce.ipAddressType.toLowerCase();
  const types: ('A' | 'AAAA')[] = ip === 'ipv6' ? ['AAAA'] : ip === 'dualstack' ? ['A', 'AAAA'] : ['A'];
  return types.map((type) => ({ name: normalizeDnsName(customDomain), type, aliasTarget }));
}

/** Which of the given endpoints a record sends traffic to, judged by its alias/CNAME target. */
export function recordTargetEndpoint(record: DnsRecordInfo, endpoints: VpcEndpointInfo[]): VpcEndpointInfo | undefined {
  const target =
    record.aliasTarget?.dnsName ?? (record.type.toUpperCase() === 'CNAME' ? record.values?.[0] : undefined);
  if (!target) return undefined;
  // Route 53 may prefix alias targets with `dualstack.`.
  const wanted = normalizeDnsName(target).replace(/^dualstack\./, '');
  return endpoints.find((e) => e.dnsEntries.some((d) => normalizeDnsName(d.dnsName) === wanted));
}

/** A zone can hold a record for `domain` (normalized) when it is named like it or like one of its parents. */
export function zoneCovers(zoneName: string, domain: string): boolean {
  const z = normalizeDnsName(zoneName);
  return domain === z || domain.endsWith(`.${z}`);
}

/** Does a record name (possibly a wildcard) cover `host`? */
export function recordCovers(recordName: string, host: string): boolean {
  const r = normalizeDnsName(recordName);
  const h = normalizeDnsName(host);
  if (r === h) return true;
  return r.startsWith('*.') && h.endsWith(r.slice(1)) && !h.slice(0, h.length - r.length + 1).includes('.');
}
