import type { DnsRecordInfo } from '@/lib/invoke/types';

/** A DNS record read from a private hosted zone, with the zone it lives in. */
export type ZoneRecord = DnsRecordInfo & { zone: { id: string } };
