import 'server-only';
import type { Session } from '@/lib/aws/session';
import { toConsoleError } from '@/lib/aws/errors';
import { listAccessAssociations } from '@/lib/aws/read/access-associations';
import { listHostedZonesByVpc } from '@/lib/aws/read/hosted-zones';
import { listExecuteApiEndpoints } from '@/lib/aws/read/vpc-endpoints';
import { deleteAccessAssociation } from '@/lib/aws/write/access-associations';
import { deleteAliasRecordsTo } from '@/lib/aws/write/hosted-zones';
import type { LeaveDomainInput } from '@/lib/consumer/schemas';
import { FieldError, type ConsoleError } from '@/lib/errors';
import { normalizeDnsName, zoneCovers } from '@/lib/invoke/dns';
import type { HostedZoneInfo } from '@/lib/model/hosted-zones';
import { domainInSessionRegion } from './own-resources';

export interface LeftDomain {
  associationArn: string;
  deletedRecords: number;
  /** The DNS records were asked for, but the endpoint no longer exists, so none could be matched. */
  endpointGone: boolean;
  /**
   * The association is gone but a record could not be deleted. A result rather than a failure: the change happened,
   * so the page must show it (the action client refreshes only after a success).
   */
  recordsLeft?: ConsoleError;
}

/** Deletes the association and, if asked, the alias records for the domain that point at its endpoint. */
export async function leaveDomain(session: Session, input: LeaveDomainInput): Promise<LeftDomain> {
  const domain = domainInSessionRegion(session, input.domainNameArn);
  const name = normalizeDnsName(domain.domainName);
  const association = (await listAccessAssociations(session, 'SELF')).find((a) => a.arn === input.associationArn);
  if (!association)
    throw new FieldError('associationArn', 'This account has no such association (any more); reload the page.');

  // Work out which records to delete before deleting anything, so a failed lookup changes nothing.
  let dnsPlan: { zones: HostedZoneInfo[]; targets: string[] } | undefined;
  if (input.deleteDnsRecords) {
    const endpoint = (await listExecuteApiEndpoints(session)).find((e) => e.id === association.source);
    if (endpoint) {
      const zones = (await listHostedZonesByVpc(session, endpoint.vpcId)).filter(
        (z) => !z.owningService && zoneCovers(z.name, name),
      );
      dnsPlan = { zones, targets: endpoint.dnsNames.map((d) => d.dnsName) };
    }
  }

  await deleteAccessAssociation(session, association.arn);

  const left = { associationArn: association.arn, endpointGone: input.deleteDnsRecords && !dnsPlan };
  let deletedRecords = 0;
  for (const zone of dnsPlan?.zones ?? []) {
    try {
      deletedRecords += await deleteAliasRecordsTo(session, zone.id, name, dnsPlan?.targets ?? []);
    } catch (error) {
      const e = toConsoleError(error, { operation: 'route53:ChangeResourceRecordSets', resource: zone.id });
      const recordsLeft: ConsoleError = {
        ...e,
        title: 'Association deleted, DNS record left in place',
        message: `The association was deleted, but the alias record for ${name} in zone ${zone.name} (${zone.id}) could not be removed: ${e.message} Delete it in Route 53.`,
      };
      return { ...left, deletedRecords, recordsLeft };
    }
  }
  return { ...left, deletedRecords };
}
