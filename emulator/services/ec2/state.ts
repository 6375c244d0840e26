import { entry } from '../../core/entry';
/**
 * EC2 state. Plain JSON (the core persists the whole emulator state as one document): per account
 * (`byAccount`, the convention all services share), records keyed by resource id. Records carry their
 * Region because visibility is per account + Region while ids are unique across Regions.
 */

export type Tags = Record<string, string>;

interface Owned {
  ownerId: string;
  region: string;
  tags: Tags;
}

export interface VpcRecord extends Owned {
  vpcId: string;
  cidrBlock: string;
  enableDnsSupport: boolean;
  enableDnsHostnames: boolean;
  dhcpOptionsId: string;
  defaultSecurityGroupId: string;
}

export interface SubnetRecord extends Owned {
  subnetId: string;
  vpcId: string;
  cidrBlock: string;
  availabilityZone: string;
}

export interface IngressRule {
  ipProtocol: string;
  fromPort: number;
  toPort: number;
  cidrIp: string;
}

export interface SecurityGroupRecord extends Owned {
  groupId: string;
  groupName: string;
  description: string;
  vpcId: string;
  ingress: IngressRule[];
}

export type VpcEndpointType = 'Interface' | 'Gateway';

export interface VpcEndpointRecord extends Owned {
  vpcEndpointId: string;
  vpcEndpointType: VpcEndpointType;
  vpcId: string;
  serviceName: string;
  /** Lowercase, as EC2 returns it on the wire. */
  state: 'available' | 'pending' | 'deleting';
  policyDocument: string;
  subnetIds: string[];
  securityGroupIds: string[];
  routeTableIds: string[];
  privateDnsEnabled: boolean;
  ipAddressType: 'ipv4' | 'dualstack' | 'ipv6';
  /** ENI ids, one per subnet, kept stable so DescribeVpcEndpoints output does not change between calls. */
  networkInterfaceIds: string[];
  /** 8-char label AWS appends to the endpoint id in its DNS names. */
  dnsSuffix: string;
  creationTimestamp: string;
}

interface Ec2RecordKinds {
  vpcs: VpcRecord;
  subnets: SubnetRecord;
  securityGroups: SecurityGroupRecord;
  vpcEndpoints: VpcEndpointRecord;
}

/** One account's records of each kind, keyed by id. */
export type Ec2Account = { [K in keyof Ec2RecordKinds]: Record<string, Ec2RecordKinds[K]> };

export interface Ec2State {
  byAccount: Record<string, Ec2Account>;
}

export function emptyEc2State(): Ec2State {
  return { byAccount: {} };
}

/** The account's records, created on first use. */
export function accountSlot(ec2: Ec2State, account: string): Ec2Account {
  return (ec2.byAccount[account] ??= { vpcs: {}, subnets: {}, securityGroups: {}, vpcEndpoints: {} });
}

/** One kind of record of one account, looked up by id and Region. */
export function findOwned<K extends keyof Ec2Account>(
  ec2: Ec2State,
  account: string,
  region: string,
  kind: K,
  id: string,
): Ec2RecordKinds[K] | undefined {
  const records: Record<string, Ec2RecordKinds[K]> = entry(ec2.byAccount, account)?.[kind] ?? {};
  const record = entry(records, id);
  return record?.region === region ? record : undefined;
}

/** Records of one kind visible to one account in one Region, in creation order. */
export function scoped<K extends keyof Ec2Account>(
  ec2: Ec2State,
  account: string,
  region: string,
  kind: K,
): Array<Ec2RecordKinds[K]> {
  const records: Record<string, Ec2RecordKinds[K]> = entry(ec2.byAccount, account)?.[kind] ?? {};
  return Object.values(records).filter((r) => r.region === region);
}
