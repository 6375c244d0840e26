import type { DnsRecordInfo } from '@/lib/invoke/types';

/** A private hosted zone associated with a VPC (`ListHostedZonesByVPC`). */
export interface HostedZoneInfo {
  /** Bare id (`Z…`), without `/hostedzone/`. */
  id: string;
  name: string;
  /** Account that owns the zone; absent when a service owns it (e.g. the endpoint's own private DNS zone). */
  owningAccount?: string;
  owningService?: string;
}

/** A DNS record read from a private hosted zone, with the zone it lives in. */
export type ZoneRecord = DnsRecordInfo & { zone: { id: string } };

/** Route 53 returns `/hostedzone/Z…`; the SDK accepts both, the console shows and compares the bare id. */
export function bareHostedZoneId(id: string): string {
  return id.replace(/^\/?hostedzone\//, '');
}
