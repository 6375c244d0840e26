import 'server-only';
import { randomUUID } from 'node:crypto';
import {
  ChangeResourceRecordSetsCommand,
  CreateHostedZoneCommand,
  DeleteHostedZoneCommand,
  type VPCRegion,
} from '@aws-sdk/client-route-53';
import type { AliasRecordSpec } from '@/lib/invoke/dns';
import { normalizeDnsName } from '@/lib/invoke/dns';
import { recordSetsNamed } from '../read/hosted-zones';
import { bareHostedZoneId } from '@/lib/model/hosted-zones';
import { getClients } from '../clients';
import type { Session } from '../session';

/** A private hosted zone named `name`, associated with the VPC at creation (a private zone cannot exist without one). */
export async function createPrivateHostedZone(
  session: Session,
  name: string,
  vpcId: string,
): Promise<{ id: string; name: string }> {
  const out = await getClients(session).route53.send(
    new CreateHostedZoneCommand({
      Name: name,
      CallerReference: `private-domains-console-${randomUUID()}`,
      VPC: { VPCId: vpcId, VPCRegion: session.region as VPCRegion },
      HostedZoneConfig: {
        PrivateZone: true,
        Comment: `Private custom domain ${name}, created by the Private Domains Console`,
      },
    }),
  );
  return { id: bareHostedZoneId(out.HostedZone?.Id ?? ''), name: normalizeDnsName(out.HostedZone?.Name ?? name) };
}

/** Only used to undo a zone this console just created when the record that was its purpose could not be written. */
export async function deleteHostedZone(session: Session, zoneId: string): Promise<void> {
  await getClients(session).route53.send(new DeleteHostedZoneCommand({ Id: zoneId }));
}

/** UPSERT: creating twice, or repointing a record at another endpoint, both end in the wanted state. */
export async function upsertAliasRecords(
  session: Session,
  zoneId: string,
  records: AliasRecordSpec[],
  comment: string,
): Promise<void> {
  await getClients(session).route53.send(
    new ChangeResourceRecordSetsCommand({
      HostedZoneId: zoneId,
      ChangeBatch: {
        Comment: comment,
        Changes: records.map((r) => ({
          Action: 'UPSERT',
          ResourceRecordSet: {
            Name: r.name,
            Type: r.type,
            AliasTarget: {
              DNSName: r.aliasTarget.dnsName,
              HostedZoneId: r.aliasTarget.hostedZoneId,
              EvaluateTargetHealth: r.aliasTarget.evaluateTargetHealth,
            },
          },
        })),
      },
    }),
  );
}

/**
 * Deletes the alias A/AAAA records named `name` whose target is one of `targetDnsNames` (an endpoint's names),
 * leaving records that point elsewhere alone. Route 53 only deletes a record given exactly as stored, so they
 * are read first. Returns how many were deleted.
 */
export async function deleteAliasRecordsTo(
  session: Session,
  zoneId: string,
  name: string,
  targetDnsNames: string[],
): Promise<number> {
  const targets = new Set(targetDnsNames.map((n) => normalizeDnsName(n)));
  const sets = (await recordSetsNamed(session, zoneId, name)).filter(
    (r) =>
      (r.Type === 'A' || r.Type === 'AAAA') &&
      r.AliasTarget &&
      targets.has(normalizeDnsName(r.AliasTarget.DNSName ?? '').replace(/^dualstack\./, '')),
  );
  if (sets.length === 0) return 0;
  await getClients(session).route53.send(
    new ChangeResourceRecordSetsCommand({
      HostedZoneId: zoneId,
      ChangeBatch: {
        Comment: `Remove ${name} (endpoint association deleted)`,
        Changes: sets.map((r) => ({ Action: 'DELETE', ResourceRecordSet: r })),
      },
    }),
  );
  return sets.length;
}
