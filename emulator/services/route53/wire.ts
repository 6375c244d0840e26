import { wireName } from './names';
import type { ChangeRecord, HostedZoneRecord, RecordSet } from './state';
import type { ZoneSummary } from './zones';

/** Element trees for the core's restXml renderer; arrays become repeated elements. */

export function hostedZoneXml(zone: HostedZoneRecord) {
  return {
    Id: `/hostedzone/${zone.id}`,
    Name: wireName(zone.name),
    CallerReference: zone.callerReference,
    Config: { Comment: zone.comment, PrivateZone: String(zone.privateZone) },
    ResourceRecordSetCount: String(zone.records.length),
  };
}

export function changeInfoXml(change: ChangeRecord, status: 'PENDING' | 'INSYNC') {
  return { Id: `/change/${change.id}`, Status: status, SubmittedAt: change.submittedAt, Comment: change.comment };
}

export function delegationSetXml(zone: HostedZoneRecord) {
  return zone.privateZone ? undefined : { NameServers: { NameServer: zone.nameServers } };
}

export function vpcsXml(zone: HostedZoneRecord) {
  return zone.privateZone ? { VPC: zone.vpcs.map((v) => ({ VPCRegion: v.vpcRegion, VPCId: v.vpcId })) } : undefined;
}

export function recordSetXml(r: RecordSet) {
  return {
    Name: wireName(r.name),
    Type: r.type,
    TTL: r.ttl === undefined ? undefined : String(r.ttl),
    ResourceRecords: r.values ? { ResourceRecord: r.values.map((Value) => ({ Value })) } : undefined,
    AliasTarget: r.aliasTarget && {
      HostedZoneId: r.aliasTarget.hostedZoneId,
      DNSName: r.aliasTarget.dnsName,
      EvaluateTargetHealth: String(r.aliasTarget.evaluateTargetHealth),
    },
  };
}

export function zoneSummaryXml(s: ZoneSummary) {
  return {
    HostedZoneId: s.hostedZoneId,
    Name: wireName(s.name),
    Owner: s.owningAccount ? { OwningAccount: s.owningAccount } : { OwningService: s.owningService },
  };
}
