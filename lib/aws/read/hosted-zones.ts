import 'server-only';
import { cache } from 'react';
import { ListHostedZonesByVPCCommand, ListResourceRecordSetsCommand, type VPCRegion } from '@aws-sdk/client-route-53';
import { normalizeDnsName } from '@/lib/invoke/dns';
import { bareHostedZoneId } from '@/lib/consumer/ids';
import type { HostedZoneInfo } from '@/lib/consumer/dns-check';
import type { DnsRecordInfo } from '@/lib/invoke/types';
import { getClients } from '../clients';
import type { Session } from '../session';

/** Route 53 page maxima (reference §5.5): 100 zones, 300 records. */
const ZONES_PAGE = 100;
const RECORDS_PAGE = 300;

/**
 * Private hosted zones associated with a VPC of this Region, including zones other accounts or services own.
 * The JS SDK has no paginator for ListHostedZonesByVPC, so `NextToken` is looped here.
 */
export const listHostedZonesByVpc = cache(async (session: Session, vpcId: string): Promise<HostedZoneInfo[]> => {
  const client = getClients(session).route53;
  const zones: HostedZoneInfo[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(
      new ListHostedZonesByVPCCommand({ VPCId: vpcId, VPCRegion: session.region as VPCRegion, MaxItems: ZONES_PAGE, NextToken: token }),
    );
    for (const z of page.HostedZoneSummaries ?? []) {
      zones.push({
        id: bareHostedZoneId(z.HostedZoneId ?? ''),
        name: normalizeDnsName(z.Name ?? ''),
        owningAccount: z.Owner?.OwningAccount,
        owningService: z.Owner?.OwningService,
      });
    }
    token = page.NextToken && page.NextToken !== token ? page.NextToken : undefined;
  } while (token);
  return zones;
});

/**
 * Every record of one zone named exactly `name` (any type). ListResourceRecordSets has no JS paginator; it lists
 * in name order from `StartRecordName`, so the loop stops as soon as the names move past the one asked for.
 */
export const listRecordsNamed = cache(
  async (session: Session, zone: string, zoneName: string, vpcId: string, name: string): Promise<(DnsRecordInfo & { zone: { id: string } })[]> => {
    const client = getClients(session).route53;
    const wanted = normalizeDnsName(name);
    const records: (DnsRecordInfo & { zone: { id: string } })[] = [];
    let start: { name: string; type?: string; identifier?: string } | undefined = { name: wanted };
    while (start) {
      const page = await client.send(
        new ListResourceRecordSetsCommand({
          HostedZoneId: zone,
          StartRecordName: start.name,
          StartRecordType: start.type as never,
          StartRecordIdentifier: start.identifier,
          MaxItems: RECORDS_PAGE,
        }),
      );
      let passed = false;
      for (const r of page.ResourceRecordSets ?? []) {
        if (normalizeDnsName(r.Name ?? '') !== wanted) {
          passed = true;
          break;
        }
        records.push({
          name: wanted,
          type: r.Type ?? '',
          zone: { id: zone, name: zoneName, privateZone: true, vpcIds: [vpcId] },
          aliasTarget: r.AliasTarget ? { dnsName: r.AliasTarget.DNSName ?? '', hostedZoneId: r.AliasTarget.HostedZoneId ?? '' } : undefined,
          values: r.ResourceRecords?.map((v) => v.Value ?? ''),
        });
      }
      start =
        !passed && page.IsTruncated && page.NextRecordName && normalizeDnsName(page.NextRecordName) === wanted
          ? { name: page.NextRecordName, type: page.NextRecordType, identifier: page.NextRecordIdentifier }
          : undefined;
    }
    return records;
  },
);
