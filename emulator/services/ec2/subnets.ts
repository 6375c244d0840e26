import { AwsError } from '../../core/types';
import { contains, overlaps, parseCidr, usableAddresses } from './cidr';
import { applyFilters } from './filters';
import { newEc2Id } from './ids';
import type { Ec2Filter } from './query';
import { accountSlot, findOwned, scoped, type Ec2State, type SubnetRecord, type Tags } from './state';
import { tagSet } from './tag-set';
import { findVpc } from './vpc-lookup';
import type { Ec2Value } from './xml';
import { assertZoneInRegion, availabilityZoneId, availabilityZones } from './zones';

export interface CreateSubnetInput {
  vpcId: string;
  cidrBlock: string;
  /** Defaults to the Region's first AZ (AWS picks one for you). */
  availabilityZone?: string;
  tags?: Tags;
  subnetId?: string;
}

export function createSubnet(
  s: { ec2: Ec2State },
  account: string,
  region: string,
  input: CreateSubnetInput,
): SubnetRecord {
  const vpc = findVpc(s.ec2, account, region, input.vpcId);
  const zone = input.availabilityZone ?? availabilityZones(region)[0];
  assertZoneInRegion(zone, region);
  const cidr = parseCidr(input.cidrBlock);
  if (!contains(parseCidr(vpc.cidrBlock), cidr) || cidr.prefix > 28) {
    throw new AwsError('InvalidSubnet.Range', 400, `The CIDR '${input.cidrBlock}' is invalid.`);
  }
  const siblings = scoped(s.ec2, account, region, 'subnets').filter((sub) => sub.vpcId === vpc.vpcId);
  if (siblings.some((sub) => overlaps(parseCidr(sub.cidrBlock), cidr))) {
    throw new AwsError('InvalidSubnet.Conflict', 400, `The CIDR '${input.cidrBlock}' conflicts with another subnet`);
  }
  const subnet: SubnetRecord = {
    subnetId: input.subnetId ?? newEc2Id('subnet'),
    vpcId: vpc.vpcId,
    cidrBlock: input.cidrBlock,
    availabilityZone: zone,
    ownerId: account,
    region,
    tags: input.tags ?? {},
  };
  accountSlot(s.ec2, account).subnets[subnet.subnetId] = subnet;
  return subnet;
}

export function findSubnet(ec2: Ec2State, account: string, region: string, subnetId: string): SubnetRecord {
  const subnet = findOwned(ec2, account, region, 'subnets', subnetId);
  if (!subnet) {
    throw new AwsError('InvalidSubnetID.NotFound', 400, `The subnet ID '${subnetId}' does not exist`);
  }
  return subnet;
}

export function describeSubnets(
  ec2: Ec2State,
  account: string,
  region: string,
  subnetIds: string[],
  filters: Ec2Filter[],
): SubnetRecord[] {
  const subnets = subnetIds.length
    ? subnetIds.map((id) => findSubnet(ec2, account, region, id))
    : scoped(ec2, account, region, 'subnets');
  return applyFilters(subnets, filters, {
    'subnet-id': (sub) => sub.subnetId,
    'vpc-id': (sub) => sub.vpcId,
    'availability-zone': (sub) => sub.availabilityZone,
    'availability-zone-id': (sub) => availabilityZoneId(sub.availabilityZone),
    'cidr-block': (sub) => sub.cidrBlock,
    state: () => 'available',
    'owner-id': (sub) => sub.ownerId,
    'default-for-az': () => 'false',
  });
}

export function subnetXml(sub: SubnetRecord): Ec2Value {
  return {
    subnetId: sub.subnetId,
    subnetArn: `arn:aws:ec2:${sub.region}:${sub.ownerId}:subnet/${sub.subnetId}`,
    state: 'available',
    ownerId: sub.ownerId,
    vpcId: sub.vpcId,
    cidrBlock: sub.cidrBlock,
    availableIpAddressCount: usableAddresses(parseCidr(sub.cidrBlock)),
    availabilityZone: sub.availabilityZone,
    availabilityZoneId: availabilityZoneId(sub.availabilityZone),
    defaultForAz: false,
    mapPublicIpOnLaunch: false,
    assignIpv6AddressOnCreation: false,
    tagSet: tagSet(sub.tags),
  };
}
