import { AwsError } from '../../core/types';
import { parseCidr } from './cidr';
import { applyFilters } from './filters';
import { derivedEc2Id, newEc2Id } from './ids';
import type { Ec2Filter } from './query';
import { createSecurityGroup } from './security-groups';
import { accountSlot, scoped, type Ec2State, type Tags, type VpcRecord } from './state';
import { tagSet } from './tag-set';
import { findVpc } from './vpc-lookup';
import type { Ec2Value } from './xml';

export interface CreateVpcInput {
  cidrBlock: string;
  tags?: Tags;
  /** Seeds only (the API sets these through ModifyVpcAttribute). */
  enableDnsHostnames?: boolean;
  vpcId?: string;
}

/** Like AWS for a non-default VPC: DNS support on, DNS hostnames off, plus a `default` security group. */
export function createVpc(s: { ec2: Ec2State }, account: string, region: string, input: CreateVpcInput): VpcRecord {
  const cidr = parseCidr(input.cidrBlock);
  if (cidr.prefix < 16 || cidr.prefix > 28) {
    throw new AwsError('InvalidVpc.Range', 400, `The CIDR '${input.cidrBlock}' is invalid.`);
  }
  const vpcId = input.vpcId ?? newEc2Id('vpc');
  const vpc: VpcRecord = {
    vpcId,
    cidrBlock: input.cidrBlock,
    enableDnsSupport: true,
    enableDnsHostnames: input.enableDnsHostnames ?? false,
    dhcpOptionsId: derivedEc2Id('dopt', `${account}/${region}`),
    defaultSecurityGroupId: derivedEc2Id('sg', vpcId),
    ownerId: account,
    region,
    tags: input.tags ?? {},
  };
  accountSlot(s.ec2, account).vpcs[vpcId] = vpc;
  createSecurityGroup(s, account, region, {
    groupName: 'default',
    description: 'default VPC security group',
    vpcId,
    groupId: vpc.defaultSecurityGroupId,
  });
  return vpc;
}

export function describeVpcs(
  ec2: Ec2State,
  account: string,
  region: string,
  vpcIds: string[],
  filters: Ec2Filter[],
): VpcRecord[] {
  const vpcs = vpcIds.length
    ? vpcIds.map((id) => findVpc(ec2, account, region, id))
    : scoped(ec2, account, region, 'vpcs');
  return applyFilters(vpcs, filters, {
    'vpc-id': (v) => v.vpcId,
    'cidr-block': (v) => v.cidrBlock,
    cidr: (v) => v.cidrBlock,
    'cidr-block-association.cidr-block': (v) => v.cidrBlock,
    state: () => 'available',
    'is-default': () => 'false',
    'owner-id': (v) => v.ownerId,
    'dhcp-options-id': (v) => v.dhcpOptionsId,
  });
}

export type DnsAttribute = 'enableDnsSupport' | 'enableDnsHostnames';

export function isDnsAttribute(name: string): name is DnsAttribute {
  return name === 'enableDnsSupport' || name === 'enableDnsHostnames';
}

export function modifyVpcAttribute(
  ec2: Ec2State,
  account: string,
  region: string,
  vpcId: string,
  attribute: DnsAttribute,
  value: boolean,
): void {
  const vpc = findVpc(ec2, account, region, vpcId);
  vpc[attribute] = value;
}

export function vpcXml(v: VpcRecord): Ec2Value {
  return {
    vpcId: v.vpcId,
    ownerId: v.ownerId,
    state: 'available',
    cidrBlock: v.cidrBlock,
    cidrBlockAssociationSet: [
      {
        cidrBlock: v.cidrBlock,
        associationId: derivedEc2Id('vpc-cidr-assoc', v.vpcId),
        cidrBlockState: { state: 'associated' },
      },
    ],
    dhcpOptionsId: v.dhcpOptionsId,
    instanceTenancy: 'default',
    isDefault: false,
    tagSet: tagSet(v.tags),
  };
}
