import { AwsError } from '../../core/types';
import { applyFilters } from './filters';
import { newEc2Id } from './ids';
import type { Ec2Filter } from './query';
import {
  accountSlot,
  findOwned,
  scoped,
  type Ec2State,
  type IngressRule,
  type SecurityGroupRecord,
  type Tags,
} from './state';
import { tagSet } from './tag-set';
import type { Ec2Value } from './xml';
import { findVpc } from './vpc-lookup';

export interface CreateSecurityGroupInput {
  groupName: string;
  description: string;
  vpcId: string;
  tags?: Tags;
  /** Seeds only: the API surface has no AuthorizeSecurityGroupIngress. */
  ingress?: IngressRule[];
  groupId?: string;
}

export function createSecurityGroup(
  s: { ec2: Ec2State },
  account: string,
  region: string,
  input: CreateSecurityGroupInput,
): SecurityGroupRecord {
  findVpc(s.ec2, account, region, input.vpcId);
  const duplicate = scoped(s.ec2, account, region, 'securityGroups').some(
    (g) => g.vpcId === input.vpcId && g.groupName === input.groupName,
  );
  if (duplicate) {
    throw new AwsError(
      'InvalidGroup.Duplicate',
      400,
      `The security group '${input.groupName}' already exists for VPC '${input.vpcId}'`,
    );
  }
  const group: SecurityGroupRecord = {
    groupId: input.groupId ?? newEc2Id('sg'),
    groupName: input.groupName,
    description: input.description,
    vpcId: input.vpcId,
    ingress: input.ingress ?? [],
    ownerId: account,
    region,
    tags: input.tags ?? {},
  };
  accountSlot(s.ec2, account).securityGroups[group.groupId] = group;
  return group;
}

export function findSecurityGroup(
  ec2: Ec2State,
  account: string,
  region: string,
  groupId: string,
): SecurityGroupRecord {
  const group = findOwned(ec2, account, region, 'securityGroups', groupId);
  if (!group) {
    throw new AwsError('InvalidGroup.NotFound', 400, `The security group '${groupId}' does not exist`);
  }
  return group;
}

export interface DescribeSecurityGroupsInput {
  groupIds: string[];
  groupNames: string[];
  filters: Ec2Filter[];
}

export function describeSecurityGroups(
  ec2: Ec2State,
  account: string,
  region: string,
  input: DescribeSecurityGroupsInput,
): SecurityGroupRecord[] {
  const groups = input.groupIds.length
    ? input.groupIds.map((id) => findSecurityGroup(ec2, account, region, id))
    : scoped(ec2, account, region, 'securityGroups');
  // Every emulated group lives in a non-default VPC, and EC2 refuses to look those up by name.
  if (input.groupNames.length) {
    throw new AwsError(
      'InvalidParameterValue',
      400,
      `Invalid value '${input.groupNames[0]}' for groupName. You may not reference Amazon VPC security groups by name. Please use the corresponding id for this operation.`,
    );
  }
  return applyFilters(groups, input.filters, {
    'group-id': (g) => g.groupId,
    'group-name': (g) => g.groupName,
    description: (g) => g.description,
    'vpc-id': (g) => g.vpcId,
    'owner-id': (g) => g.ownerId,
  });
}

export function securityGroupXml(g: SecurityGroupRecord): Ec2Value {
  return {
    ownerId: g.ownerId,
    groupId: g.groupId,
    groupName: g.groupName,
    groupDescription: g.description,
    vpcId: g.vpcId,
    securityGroupArn: `arn:aws:ec2:${g.region}:${g.ownerId}:security-group/${g.groupId}`,
    ipPermissions: g.ingress.map((rule) => ({
      ipProtocol: rule.ipProtocol,
      fromPort: rule.fromPort,
      toPort: rule.toPort,
      ipRanges: [{ cidrIp: rule.cidrIp }],
    })),
    ipPermissionsEgress: [{ ipProtocol: '-1', ipRanges: [{ cidrIp: '0.0.0.0/0' }] }],
    tagSet: tagSet(g.tags),
  };
}
