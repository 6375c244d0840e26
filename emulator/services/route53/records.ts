import { AwsError } from '../../core/types';
import type { Ec2State } from '../ec2/index';
import { aliasTargetProblem } from './alias-targets';
import { recordChange } from './changes';
import { isWithinZone, normalizeName, sortKey } from './names';
import type { ChangeRecord, HostedZoneRecord, RecordSet, Route53State } from './state';
import { findHostedZone } from './zones';

export type ChangeAction = 'CREATE' | 'UPSERT' | 'DELETE';

export interface RecordChange {
  action: ChangeAction;
  record: RecordSet;
}

const TYPES = ['A', 'AAAA', 'CAA', 'CNAME', 'DS', 'MX', 'NAPTR', 'NS', 'PTR', 'SOA', 'SPF', 'SRV', 'TXT'];

const describe = (r: RecordSet) => `[name='${r.name}', type='${r.type}']`;

/**
 * Applies a change batch atomically: every change is checked against the zone as the earlier changes left
 * it, and any problem rejects the whole batch with InvalidChangeBatch listing all messages, as Route 53 does.
 */
export function changeResourceRecordSets(
  s: { route53: Route53State; ec2: Ec2State },
  account: string,
  zoneId: string,
  changes: RecordChange[],
  now: Date,
  comment?: string,
): ChangeRecord {
  const zone = findHostedZone(s.route53, account, zoneId);
  if (!changes.length)
    throw new AwsError('InvalidInput', 400, 'Invalid request: ChangeBatch must contain at least one change.');
  const records = zone.records.map((r) => ({ ...r }));
  const problems: string[] = [];
  for (const change of changes) {
    const record = { ...change.record, name: normalizeName(change.record.name) };
    checkShape(record, change.action);
    const problem = applyOne(s.ec2, { ...zone, records }, records, change.action, record);
    if (problem) problems.push(problem);
  }
  if (problems.length) throw new AwsError('InvalidChangeBatch', 400, `[${problems.join(', ')}]`);
  zone.records = records;
  return recordChange(s.route53, account, now, comment);
}

function checkShape(record: RecordSet, action: ChangeAction): void {
  if (!TYPES.includes(record.type))
    throw new AwsError('InvalidInput', 400, `Invalid request: unsupported record type ${record.type}`);
  const hasAlias = record.aliasTarget !== undefined;
  const hasPlain = record.ttl !== undefined || record.values !== undefined;
  if (hasAlias === hasPlain || (!hasAlias && (record.ttl === undefined || !record.values?.length))) {
    throw new AwsError(
      'InvalidInput',
      400,
      `Invalid request: Expected exactly one of [AliasTarget, all of [TTL, and ResourceRecords], or TrafficPolicyInstanceId], but found ${hasAlias && hasPlain ? 'more than one' : 'none'} in Change with [Action=${action}, Name=${record.name}, Type=${record.type}, SetIdentifier=null]`,
    );
  }
}

function applyOne(
  ec2: Ec2State,
  zone: HostedZoneRecord,
  records: RecordSet[],
  action: ChangeAction,
  record: RecordSet,
): string | undefined {
  const index = records.findIndex((r) => r.name === record.name && r.type === record.type);
  if (action === 'DELETE') {
    if (index < 0) return `Tried to delete resource record set ${describe(record)} but it was not found`;
    if (JSON.stringify(normalized(records[index])) !== JSON.stringify(normalized(record))) {
      return `Tried to delete resource record set ${describe(record)} but the values provided do not match the current values`;
    }
    if (record.name === zone.name && record.type === 'SOA') return 'A HostedZone must contain exactly one SOA record.';
    if (record.name === zone.name && record.type === 'NS')
      return 'A HostedZone must contain at least one NS record for the zone itself.';
    records.splice(index, 1);
    return undefined;
  }
  if (action === 'CREATE' && index >= 0)
    return `Tried to create resource record set ${describe(record)} but it already exists`;
  if (!isWithinZone(record.name, zone.name))
    return `RRSet with DNS name ${record.name} is not permitted in zone ${zone.name}`;
  if (record.type === 'CNAME' && record.name === zone.name) {
    return `RRSet of type CNAME with DNS name ${record.name} is not permitted at apex in zone ${zone.name}`;
  }
  const sameName = records.filter((r) => r.name === record.name && r.type !== record.type);
  if (sameName.length && (record.type === 'CNAME' || sameName.some((r) => r.type === 'CNAME'))) {
    return `RRSet of type ${record.type} with DNS name ${record.name} is not permitted as it conflicts with other records with the same DNS name in zone ${zone.name}`;
  }
  if (record.aliasTarget) {
    const target = { ...record.aliasTarget, dnsName: normalizeName(record.aliasTarget.dnsName) };
    const problem = aliasTargetProblem(ec2, zone, record.name, record.type, target);
    if (problem) return problem;
    record.aliasTarget = target;
  }
  if (index >= 0) records[index] = record;
  else records.push(record);
  return undefined;
}

function normalized(r: RecordSet): RecordSet {
  return {
    name: r.name,
    type: r.type,
    ttl: r.ttl,
    values: r.values ? [...r.values].sort() : undefined,
    aliasTarget: r.aliasTarget ? { ...r.aliasTarget, dnsName: normalizeName(r.aliasTarget.dnsName) } : undefined,
  };
}

export interface ListRecordsInput {
  startName?: string;
  startType?: string;
  maxItems: number;
}

/** Records in Route 53 order (reversed labels, then type), from (startName, startType) on. */
export function listResourceRecordSets(
  r53: Route53State,
  account: string,
  zoneId: string,
  input: ListRecordsInput,
): { records: RecordSet[]; next?: { name: string; type: string } } {
  const zone = findHostedZone(r53, account, zoneId);
  if (input.startType !== undefined && input.startName === undefined) {
    throw new AwsError(
      'InvalidInput',
      400,
      'The input is not valid: a record type requires a record name (StartRecordName).',
    );
  }
  const sorted = [...zone.records].sort((a, b) => compare(a.name, a.type, b.name, b.type));
  const startName = input.startName === undefined ? undefined : normalizeName(input.startName);
  const from =
    startName === undefined
      ? 0
      : sorted.findIndex((r) => compare(r.name, r.type, startName, input.startType ?? '') >= 0);
  const slice = from < 0 ? [] : sorted.slice(from, from + input.maxItems);
  const following = from < 0 ? undefined : sorted[from + input.maxItems];
  return { records: slice, next: following && { name: following.name, type: following.type } };
}

function compare(nameA: string, typeA: string, nameB: string, typeB: string): number {
  const [a, b] = [sortKey(nameA), sortKey(nameB)];
  if (a !== b) return a < b ? -1 : 1;
  return typeA === typeB ? 0 : typeA < typeB ? -1 : 1;
}
