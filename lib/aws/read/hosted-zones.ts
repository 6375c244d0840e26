import 'server-only';
import { cache } from 'react';
import {
  GetHostedZoneCommand,
  ListHostedZonesByVPCCommand,
  paginateListHostedZones,
  ListResourceRecordSetsCommand,
  type ListResourceRecordSetsCommandOutput,
  type ResourceRecordSet,
  type RRType,
  type VPCRegion,
} from '@aws-sdk/client-route-53';
import { normalizeDnsName, zoneCovers } from '@/lib/invoke/dns';
import { bareHostedZoneId, type HostedZoneInfo, type ZoneRecord } from '@/lib/model/hosted-zones';
import { getClients } from '../clients';
import type { Session } from '../session';

/** Route 53 page maxima (docs/aws/api-operations.md#route-53): 100 zones, 300 records. */
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
      new ListHostedZonesByVPCCommand({
        VPCId: vpcId,
        VPCRegion: session.region as VPCRegion,
        MaxItems: ZONES_PAGE,
        NextToken: token,
      }),
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
 * This account's private zones that could answer for `domainName` (named like it or a parent), wherever they are
 * associated: only read when the client VPC's resolver has no record, to tell "no record" from "zone on another
 * VPC". ListHostedZones does not carry the VPCs, so GetHostedZone is called for the few zones whose name matches.
 */
export async function privateZonesFor(
  session: Session,
  domainName: string,
): Promise<(HostedZoneInfo & { vpcIds: string[] })[]> {
  const client = getClients(session).route53;
  const name = normalizeDnsName(domainName);
  const candidates: { id: string; name: string }[] = [];
  const privateOnly = { HostedZoneType: 'PrivateHostedZone' as const };
  for await (const page of paginateListHostedZones({ client, pageSize: ZONES_PAGE }, privateOnly)) {
    for (const z of page.HostedZones ?? []) {
      const zoneName = normalizeDnsName(z.Name ?? '');
      if (zoneCovers(zoneName, name)) candidates.push({ id: bareHostedZoneId(z.Id ?? ''), name: zoneName });
    }
  }
  return Promise.all(
    candidates.map(async (z) => {
      const { VPCs } = await client.send(new GetHostedZoneCommand({ Id: z.id }));
      const vpcIds = (VPCs ?? []).filter((v) => v.VPCRegion === session.region).map((v) => v.VPCId ?? '');
      return { ...z, vpcIds };
    }),
  );
}

/**
 * Every record set of one zone named exactly `name`, as Route 53 returns them (a DELETE must repeat them exactly).
 * ListResourceRecordSets has no JS paginator; it lists in name order from `StartRecordName`, so the loop stops as
 * soon as the names move past the one asked for.
 */
export async function recordSetsNamed(session: Session, zoneId: string, name: string): Promise<ResourceRecordSet[]> {
  const client = getClients(session).route53;
  const wanted = normalizeDnsName(name);
  const sets: ResourceRecordSet[] = [];
  let start: { name: string; type?: RRType; identifier?: string } | undefined = { name: wanted };
  while (start) {
    const page: ListResourceRecordSetsCommandOutput = await client.send(
      new ListResourceRecordSetsCommand({
        HostedZoneId: zoneId,
        StartRecordName: start.name,
        StartRecordType: start.type,
        StartRecordIdentifier: start.identifier,
        MaxItems: RECORDS_PAGE,
      }),
    );
    const batch = page.ResourceRecordSets ?? [];
    const matching = batch.filter((r) => normalizeDnsName(r.Name ?? '') === wanted);
    sets.push(...matching);
    const next = page.NextRecordName;
    const more = !!page.IsTruncated && matching.length === batch.length && !!next && normalizeDnsName(next) === wanted;
    start = more ? { name: next, type: page.NextRecordType, identifier: page.NextRecordIdentifier } : undefined;
  }
  return sets;
}

/** The records named `name` of a private zone on `vpcIds`, in the shape the invoke engine and the DNS check read. */
export async function zoneRecordsNamed(
  session: Session,
  zone: { id: string; name: string; vpcIds: string[] },
  name: string,
): Promise<ZoneRecord[]> {
  const sets = await recordSetsNamed(session, zone.id, name);
  return sets.map((r) => ({
    name: normalizeDnsName(r.Name ?? ''),
    type: r.Type ?? '',
    zone: { ...zone, privateZone: true },
    aliasTarget: r.AliasTarget
      ? { dnsName: r.AliasTarget.DNSName ?? '', hostedZoneId: r.AliasTarget.HostedZoneId ?? '' }
      : undefined,
    values: r.ResourceRecords?.map((v) => v.Value ?? ''),
  }));
}

/** `zoneRecordsNamed` for a zone on one VPC, deduplicated per request (React's `cache` keys on plain arguments). */
export const listRecordsNamed = cache(
  (session: Session, zoneId: string, zoneName: string, vpcId: string, name: string): Promise<ZoneRecord[]> =>
    zoneRecordsNamed(session, { id: zoneId, name: zoneName, vpcIds: [vpcId] }, name),
);
