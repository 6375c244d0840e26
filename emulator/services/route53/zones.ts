import { AwsError } from '../../core/types';
import { dnsEntries, findVpc, type Ec2State } from '../ec2/index';
import { recordChange } from './changes';
import { newHostedZoneId, nameServers } from './ids';
import { normalizeName } from './names';
import { route53Account, type ChangeRecord, type HostedZoneRecord, type Route53State, type ZoneVpc } from './state';
import { entry, removeEntry } from '../../core/entry';

type R53Deps = { route53: Route53State; ec2: Ec2State };

export interface CreateHostedZoneInput {
  name: string;
  callerReference: string;
  comment?: string;
  /** Presence makes the zone private, as in the API. */
  vpc?: ZoneVpc;
  privateZone?: boolean;
  id?: string;
}

export function createHostedZone(
  s: R53Deps,
  account: string,
  input: CreateHostedZoneInput,
  now: Date,
): { zone: HostedZoneRecord; change: ChangeRecord } {
  const name = normalizeName(input.name);
  if (!input.callerReference || input.callerReference.length > 128) {
    throw new AwsError('InvalidInput', 400, 'CallerReference must be between 1 and 128 characters.');
  }
  const zones = route53Account(s.route53, account).hostedZones;
  if (Object.values(zones).some((z) => z.callerReference === input.callerReference)) {
    throw new AwsError(
      'HostedZoneAlreadyExists',
      409,
      `A hosted zone has already been created with the specified caller reference: ${input.callerReference}`,
    );
  }
  if (input.privateZone && !input.vpc) {
    throw new AwsError(
      'InvalidInput',
      400,
      'When you are creating a private hosted zone, you must also specify values for VPCId and VPCRegion.',
    );
  }
  const { vpc } = input;
  if (vpc) {
    assertVpc(s, account, vpc);
    assertNoSameNameZone(Object.values(zones), name, vpc);
  }
  const privateZone = input.vpc !== undefined;
  const servers = nameServers(privateZone);
  const zone: HostedZoneRecord = {
    id: input.id ?? newHostedZoneId(),
    name,
    callerReference: input.callerReference,
    comment: input.comment,
    privateZone,
    vpcs: input.vpc ? [input.vpc] : [],
    nameServers: servers,
    records: [
      { name, type: 'NS', ttl: 172800, values: servers },
      { name, type: 'SOA', ttl: 900, values: [`${servers[0]} awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400`] },
    ],
    createdAt: now.toISOString(),
  };
  zones[zone.id] = zone;
  return { zone, change: recordChange(s.route53, account, now, input.comment) };
}

/** Accepts `Z…` or `/hostedzone/Z…` (the SDK strips the prefix, hand-written clients may not). */
export function findHostedZone(r53: Route53State, account: string, id: string): HostedZoneRecord {
  const bare = id.replace(/^\/?hostedzone\//, '');
  const zone = entry(entry(r53.byAccount, account)?.hostedZones ?? {}, bare);
  if (!zone) throw new AwsError('NoSuchHostedZone', 404, `No hosted zone found with ID: ${bare}`);
  return zone;
}

export function deleteHostedZone(r53: Route53State, account: string, id: string, now: Date): ChangeRecord {
  const zone = findHostedZone(r53, account, id);
  if (zone.records.some((r) => !(r.name === zone.name && (r.type === 'NS' || r.type === 'SOA')))) {
    throw new AwsError(
      'HostedZoneNotEmpty',
      400,
      'The specified hosted zone contains non-required resource record sets and so cannot be deleted.',
    );
  }
  removeEntry(r53.byAccount[account].hostedZones, zone.id);
  return recordChange(r53, account, now);
}

/** A VPC to associate with, or disassociate from, one of `account`'s zones (`id`). */
export interface ZoneVpcChange {
  account: string;
  id: string;
  vpc: ZoneVpc;
}

/**
 * AssociateVPCWithHostedZone for the zone owner's own VPCs: cross-account association needs
 * CreateVPCAssociationAuthorization, which the emulator does not model, so another account's VPC is `InvalidVPCId`.
 */
export function associateVpcWithHostedZone(s: R53Deps, { account, id, vpc }: ZoneVpcChange, now: Date): ChangeRecord {
  const zone = findHostedZone(s.route53, account, id);
  if (!zone.privateZone) {
    throw new AwsError(
      'PublicZoneVPCAssociation',
      400,
      `You're trying to associate a VPC with a public hosted zone. Amazon Route 53 doesn't support associating a VPC with a public hosted zone.`,
    );
  }
  assertVpc(s, account, vpc);
  assertNoSameNameZone(Object.values(route53Account(s.route53, account).hostedZones), zone.name, vpc);
  zone.vpcs.push(vpc);
  return recordChange(s.route53, account, now);
}

/** DisassociateVPCFromHostedZone: a private zone keeps at least one VPC. */
export function disassociateVpcFromHostedZone(
  s: R53Deps,
  { account, id, vpc }: ZoneVpcChange,
  now: Date,
): ChangeRecord {
  const zone = findHostedZone(s.route53, account, id);
  const at = zone.vpcs.findIndex((v) => v.vpcId === vpc.vpcId && v.vpcRegion === vpc.vpcRegion);
  if (at < 0) {
    throw new AwsError(
      'VPCAssociationNotFound',
      404,
      `The specified VPC ${vpc.vpcId} in region ${vpc.vpcRegion} is not currently associated with the hosted zone ${zone.id}.`,
    );
  }
  if (zone.vpcs.length === 1) {
    throw new AwsError(
      'LastVPCAssociation',
      400,
      `The VPC ${vpc.vpcId} in region ${vpc.vpcRegion} is the last VPC associated with the hosted zone ${zone.id}; a private hosted zone must keep at least one.`,
    );
  }
  zone.vpcs.splice(at, 1);
  return recordChange(s.route53, account, now);
}

export function listHostedZones(r53: Route53State, account: string, privateOnly: boolean): HostedZoneRecord[] {
  const zones = Object.values(entry(r53.byAccount, account)?.hostedZones ?? {});
  return privateOnly ? zones.filter((z) => z.privateZone) : zones;
}

export interface ZoneSummary {
  hostedZoneId: string;
  name: string;
  owningAccount?: string;
  owningService?: string;
}

/**
 * Zones of any account attached to the VPC, plus the AWS-managed zone behind each interface endpoint with
 * private DNS on (owned by the service, as Route 53 reports such zones).
 */
export function listHostedZonesByVpc(s: R53Deps, account: string, vpc: ZoneVpc): ZoneSummary[] {
  assertVpc(s, account, vpc);
  const summaries: ZoneSummary[] = [];
  for (const [owner, data] of Object.entries(s.route53.byAccount)) {
    for (const zone of Object.values(data.hostedZones)) {
      if (zone.vpcs.some((v) => v.vpcId === vpc.vpcId && v.vpcRegion === vpc.vpcRegion)) {
        summaries.push({ hostedZoneId: zone.id, name: zone.name, owningAccount: owner });
      }
    }
  }
  for (const vpce of Object.values(entry(s.ec2.byAccount, account)?.vpcEndpoints ?? {})) {
    if (vpce.vpcId !== vpc.vpcId || !vpce.privateDnsEnabled) continue;
    const privateName = dnsEntries(s.ec2, vpce).at(-1);
    if (!privateName) continue;
    summaries.push({
      hostedZoneId: privateName.hostedZoneId,
      name: `${privateName.dnsName.replace(/^\*\./, '')}.`,
      owningService: 'vpce.amazonaws.com',
    });
  }
  return summaries;
}

/** A VPC sees one zone per name: a second one of that name on it is `ConflictingDomainExists`. */
function assertNoSameNameZone(zones: HostedZoneRecord[], name: string, vpc: ZoneVpc): void {
  const clash = zones.find((z) => z.name === name && z.vpcs.some((v) => v.vpcId === vpc.vpcId));
  if (clash) {
    throw new AwsError(
      'ConflictingDomainExists',
      400,
      `The VPC ${vpc.vpcId} in region ${vpc.vpcRegion} has already been associated with the hosted zone ${clash.id} with the same domain name.`,
    );
  }
}

function assertVpc(s: R53Deps, account: string, vpc: ZoneVpc): void {
  try {
    findVpc(s.ec2, account, vpc.vpcRegion, vpc.vpcId);
  } catch {
    throw new AwsError(
      'InvalidVPCId',
      400,
      `The VPC: ${vpc.vpcId} you provided is not authorized to make the association.`,
    );
  }
}
