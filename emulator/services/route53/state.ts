/**
 * Route 53 state. Route 53 is global: data is per account only (`byAccount`, the convention all services
 * share); a private zone remembers the VPCs (with their Regions) it is attached to.
 */

export interface AliasTarget {
  hostedZoneId: string;
  /** Lowercase with trailing dot. */
  dnsName: string;
  evaluateTargetHealth: boolean;
}

export interface RecordSet {
  /** Lowercase with trailing dot; `*` stored unescaped. */
  name: string;
  type: string;
  ttl?: number;
  values?: string[];
  aliasTarget?: AliasTarget;
}

export interface ZoneVpc {
  vpcId: string;
  vpcRegion: string;
}

export interface HostedZoneRecord {
  /** Bare id (`Z0…`); the wire adds `/hostedzone/`. */
  id: string;
  /** Lowercase with trailing dot. */
  name: string;
  callerReference: string;
  comment?: string;
  privateZone: boolean;
  vpcs: ZoneVpc[];
  nameServers: string[];
  records: RecordSet[];
  createdAt: string;
}

export interface ChangeRecord {
  id: string;
  submittedAt: string;
  comment?: string;
}

export interface Route53Account {
  hostedZones: Record<string, HostedZoneRecord>;
  changes: Record<string, ChangeRecord>;
}

export interface Route53State {
  byAccount: Record<string, Route53Account>;
}

export function emptyRoute53State(): Route53State {
  return { byAccount: {} };
}

export function route53Account(r53: Route53State, account: string): Route53Account {
  return (r53.byAccount[account] ??= { hostedZones: {}, changes: {} });
}
