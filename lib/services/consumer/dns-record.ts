import 'server-only';
import type { Session } from '@/lib/aws/session';
import { toConsoleError } from '@/lib/aws/errors';
import { getCallerIdentity } from '@/lib/aws/identity';
import { listHostedZonesByVpc } from '@/lib/aws/read/hosted-zones';
import { createPrivateHostedZone, deleteHostedZone, upsertAliasRecords } from '@/lib/aws/write/hosted-zones';
import { NEW_HOSTED_ZONE, type CreateDnsRecordInput } from '@/lib/consumer/schemas';
import { ActionFailure, FieldError } from '@/lib/errors';
import { toEndpointInfo } from '@/lib/invoke-ui/engine-facts';
import { consumerAliasRecords, normalizeDnsName, zoneCovers, type AliasRecordSpec } from '@/lib/invoke/dns';
import type { HostedZoneInfo } from '@/lib/model/hosted-zones';
import { domainInSessionRegion, ownExecuteApiEndpoint } from './own-resources';

export interface DnsRecordWritten {
  zoneId: string;
  zoneName: string;
  createdZone: boolean;
  /** Record types written (A, AAAA). */
  records: string[];
}

/** The zone the operator picked, if a record there would answer for `name` in the endpoint's VPC. */
function pickedZone(zones: HostedZoneInfo[], input: CreateDnsRecordInput, name: string, vpcId: string, vpceId: string) {
  const picked = zones.find((z) => z.id === input.hostedZone);
  if (!picked)
    throw new FieldError(
      'hostedZone',
      `Zone ${input.hostedZone} is not associated with ${vpcId}, the VPC of ${vpceId}; a record there would not resolve in that VPC.`,
    );
  if (!zoneCovers(picked.name, name))
    throw new FieldError(
      'hostedZone',
      `Zone ${picked.name} cannot hold ${name}; pick a zone named ${name} or one of its parent domains, or create one.`,
    );
  const mostSpecific = zones.filter((z) => zoneCovers(z.name, name)).sort((a, b) => b.name.length - a.name.length)[0];
  if (mostSpecific.id !== picked.id) {
    throw new FieldError(
      'hostedZone',
      `Zone ${mostSpecific.name} (${mostSpecific.id}) on the same VPC is more specific and would hide a record in ${picked.name}; use ${mostSpecific.name}.`,
    );
  }
  return picked;
}

/** Picks (or creates) the private hosted zone, then UPSERTs the alias record(s) the invoke engine computes. */
export async function writeDnsRecord(session: Session, input: CreateDnsRecordInput): Promise<DnsRecordWritten> {
  const domain = domainInSessionRegion(session, input.domainNameArn);
  const name = normalizeDnsName(domain.domainName);
  const endpoint = await ownExecuteApiEndpoint(session, input.vpcEndpointId);
  const { account } = await getCallerIdentity(session);
  let records: AliasRecordSpec[];
  try {
    records = consumerAliasRecords(name, toEndpointInfo(endpoint, account, session.region));
  } catch (error) {
    throw new FieldError('vpcEndpointId', (error as Error).message);
  }
  const zones = (await listHostedZonesByVpc(session, endpoint.vpcId)).filter((z) => !z.owningService);

  let zone: { id: string; name: string };
  const created = input.hostedZone === NEW_HOSTED_ZONE;
  if (created) {
    const existing = zones.find((z) => normalizeDnsName(z.name) === name);
    if (existing)
      throw new FieldError(
        'hostedZone',
        `Zone ${existing.name} (${existing.id}) already exists on ${endpoint.vpcId}; pick it instead of creating a second one.`,
      );
    zone = await createPrivateHostedZone(session, name, endpoint.vpcId);
  } else {
    zone = pickedZone(zones, input, name, endpoint.vpcId, endpoint.id);
  }

  try {
    await upsertAliasRecords(session, zone.id, records, `Alias ${name} to ${endpoint.id} (private custom domain)`);
  } catch (error) {
    if (created) {
      // Nothing half-way: the zone existed only to hold this record.
      try {
        await deleteHostedZone(session, zone.id);
      } catch (cleanup) {
        const cause = toConsoleError(error, { operation: 'route53:ChangeResourceRecordSets', resource: zone.id });
        throw new ActionFailure({
          ...cause,
          message: `${cause.message} The zone ${zone.name} (${zone.id}) created for it could not be removed either (${toConsoleError(cleanup).message}); delete it in Route 53.`,
        });
      }
    }
    throw error;
  }
  return { zoneId: zone.id, zoneName: zone.name, createdZone: created, records: records.map((r) => r.type) };
}
