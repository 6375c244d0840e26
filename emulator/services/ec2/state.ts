/**
 * EC2 state. Plain JSON (the core persists the whole emulator state as one document), records keyed by
 * resource id; every record carries its owner account and Region because EC2 ids are global in practice
 * while visibility is per account + Region.
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

export interface Ec2State {
  vpcs: Record<string, VpcRecord>;
  subnets: Record<string, SubnetRecord>;
  securityGroups: Record<string, SecurityGroupRecord>;
  vpcEndpoints: Record<string, VpcEndpointRecord>;
}

export function emptyEc2State(): Ec2State {
  return { vpcs: {}, subnets: {}, securityGroups: {}, vpcEndpoints: {} };
}

/** Records visible to one account in one Region, in creation order. */
export function scoped<T extends Owned>(records: Record<string, T>, account: string, region: string): T[] {
  return Object.values(records).filter((r) => r.ownerId === account && r.region === region);
}
