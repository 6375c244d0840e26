import { removeEntry } from '../../core/entry';
import { AwsError } from '../../core/types';
import { privateDnsName } from './dns-entries';
import { resolveService, serviceShortName } from './endpoint-services';
import { applyFilters } from './filters';
import { derivedEc2Id, newEc2Id, stableLabel } from './ids';
import type { Ec2Filter } from './query';
import { findSecurityGroup } from './security-groups';
import {
  accountSlot,
  findOwned,
  scoped,
  type Ec2State,
  type Tags,
  type VpcEndpointRecord,
  type VpcEndpointType,
  type VpcRecord,
} from './state';
import { findSubnet } from './subnets';
import { findVpc } from './vpc-lookup';

export const DEFAULT_ENDPOINT_POLICY = JSON.stringify({
  Version: '2008-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
});

export interface CreateVpcEndpointInput {
  vpcId: string;
  serviceName: string;
  /** Defaults to Gateway, as the EC2 API does. */
  vpcEndpointType?: VpcEndpointType;
  subnetIds?: string[];
  securityGroupIds?: string[];
  routeTableIds?: string[];
  /** Defaults to true for interface endpoints, as AWS does. */
  privateDnsEnabled?: boolean;
  policyDocument?: string;
  ipAddressType?: VpcEndpointRecord['ipAddressType'];
  tags?: Tags;
  vpcEndpointId?: string;
}

export function createVpcEndpoint(
  s: { ec2: Ec2State },
  account: string,
  region: string,
  input: CreateVpcEndpointInput,
  now: Date,
): VpcEndpointRecord {
  const type = input.vpcEndpointType ?? 'Gateway';
  const vpc = findVpc(s.ec2, account, region, input.vpcId);
  const service = resolveService(input.serviceName, region, type);
  const interfaceEndpoint = type === 'Interface';
  if (!interfaceEndpoint && (input.subnetIds?.length || input.securityGroupIds?.length)) {
    throw new AwsError('InvalidParameter', 400, 'Subnets and security groups are not supported for Gateway endpoints.');
  }
  if (interfaceEndpoint && input.routeTableIds?.length) {
    throw new AwsError('InvalidParameter', 400, 'Route tables are not supported for Interface endpoints.');
  }
  if (!interfaceEndpoint && input.privateDnsEnabled) {
    throw new AwsError('InvalidParameter', 400, 'Private DNS can only be enabled for Interface endpoints.');
  }
  const vpcEndpointId = input.vpcEndpointId ?? newEc2Id('vpce');
  const vpce: VpcEndpointRecord = {
    vpcEndpointId,
    vpcEndpointType: type,
    vpcId: vpc.vpcId,
    serviceName: input.serviceName,
    state: 'available',
    policyDocument: validPolicy(input.policyDocument) ?? DEFAULT_ENDPOINT_POLICY,
    subnetIds: [],
    securityGroupIds: interfaceEndpoint ? [vpc.defaultSecurityGroupId] : [],
    routeTableIds: input.routeTableIds ?? [],
    privateDnsEnabled: false,
    ipAddressType: input.ipAddressType ?? 'ipv4',
    networkInterfaceIds: [],
    dnsSuffix: stableLabel(vpcEndpointId, 8),
    creationTimestamp: now.toISOString(),
    ownerId: account,
    region,
    tags: input.tags ?? {},
  };
  if (interfaceEndpoint) {
    setSubnets(s.ec2, vpce, input.subnetIds ?? []);
    if (input.securityGroupIds?.length) setSecurityGroups(s.ec2, vpce, input.securityGroupIds);
    if (input.privateDnsEnabled ?? true) enablePrivateDns(s.ec2, vpce, vpc, service);
  }
  accountSlot(s.ec2, account).vpcEndpoints[vpcEndpointId] = vpce;
  return vpce;
}

export interface ModifyVpcEndpointInput {
  privateDnsEnabled?: boolean;
  policyDocument?: string;
  resetPolicy?: boolean;
  addSubnetIds?: string[];
  removeSubnetIds?: string[];
  addSecurityGroupIds?: string[];
  removeSecurityGroupIds?: string[];
}

export function modifyVpcEndpoint(
  s: { ec2: Ec2State },
  account: string,
  region: string,
  vpcEndpointId: string,
  input: ModifyVpcEndpointInput,
): void {
  const vpce = findVpcEndpoint(s.ec2, account, region, vpcEndpointId);
  if (input.resetPolicy && input.policyDocument !== undefined) {
    throw new AwsError(
      'InvalidParameterCombination',
      400,
      'ResetPolicy and PolicyDocument cannot be specified together.',
    );
  }
  const isInterface = vpce.vpcEndpointType === 'Interface';
  const touchesInterfaceOnly =
    input.privateDnsEnabled !== undefined ||
    [input.addSubnetIds, input.removeSubnetIds, input.addSecurityGroupIds, input.removeSecurityGroupIds].some(
      (l) => l?.length,
    );
  if (!isInterface && touchesInterfaceOnly) {
    throw new AwsError(
      'InvalidParameter',
      400,
      'Subnets, security groups and private DNS apply to Interface endpoints only.',
    );
  }
  if (input.resetPolicy) vpce.policyDocument = DEFAULT_ENDPOINT_POLICY;
  if (input.policyDocument !== undefined)
    vpce.policyDocument = validPolicy(input.policyDocument) ?? DEFAULT_ENDPOINT_POLICY;
  if (input.addSubnetIds?.length || input.removeSubnetIds?.length) {
    const remaining = vpce.subnetIds.filter((id) => !input.removeSubnetIds?.includes(id));
    setSubnets(s.ec2, vpce, [...remaining, ...(input.addSubnetIds ?? [])]);
  }
  if (input.addSecurityGroupIds?.length || input.removeSecurityGroupIds?.length) {
    const remaining = vpce.securityGroupIds.filter((id) => !input.removeSecurityGroupIds?.includes(id));
    const groups = [...new Set([...remaining, ...(input.addSecurityGroupIds ?? [])])];
    if (!groups.length)
      throw new AwsError('InvalidParameter', 400, 'An Interface endpoint needs at least one security group.');
    setSecurityGroups(s.ec2, vpce, groups);
  }
  if (input.privateDnsEnabled === true && !vpce.privateDnsEnabled) {
    enablePrivateDns(s.ec2, vpce, findVpc(s.ec2, account, region, vpce.vpcId), serviceShortName(vpce.serviceName));
  } else if (input.privateDnsEnabled === false) {
    vpce.privateDnsEnabled = false;
  }
}

/** Like EC2: unknown ids do not fail the call, they come back as unsuccessful items. */
export function deleteVpcEndpoints(
  s: { ec2: Ec2State },
  account: string,
  region: string,
  vpcEndpointIds: string[],
): Array<{ resourceId: string; code: string; message: string }> {
  const unsuccessful = [];
  for (const id of vpcEndpointIds) {
    try {
      findVpcEndpoint(s.ec2, account, region, id);
      removeEntry(accountSlot(s.ec2, account).vpcEndpoints, id);
    } catch (err) {
      if (!(err instanceof AwsError)) throw err;
      unsuccessful.push({ resourceId: id, code: err.code, message: err.message });
    }
  }
  return unsuccessful;
}

export function findVpcEndpoint(
  ec2: Ec2State,
  account: string,
  region: string,
  vpcEndpointId: string,
): VpcEndpointRecord {
  if (!/^vpce-[0-9a-f]{8,17}$/.test(vpcEndpointId)) {
    throw new AwsError('InvalidVpcEndpointId.Malformed', 400, `Invalid Id: '${vpcEndpointId}' (expecting 'vpce-...')`);
  }
  const vpce = findOwned(ec2, account, region, 'vpcEndpoints', vpcEndpointId);
  if (!vpce) {
    throw new AwsError('InvalidVpcEndpointId.NotFound', 400, `The Vpc Endpoint Id '${vpcEndpointId}' does not exist`);
  }
  return vpce;
}

/** Unknown ids fail the whole call, as EC2 does. */
export function describeVpcEndpoints(
  ec2: Ec2State,
  account: string,
  region: string,
  vpcEndpointIds: string[],
  filters: Ec2Filter[],
): VpcEndpointRecord[] {
  const endpoints = vpcEndpointIds.length
    ? [...new Set(vpcEndpointIds)].map((id) => findVpcEndpoint(ec2, account, region, id))
    : scoped(ec2, account, region, 'vpcEndpoints');
  return applyFilters(endpoints, filters, {
    'service-name': (e) => e.serviceName,
    'service-region': (e) => e.region,
    'vpc-id': (e) => e.vpcId,
    'vpc-endpoint-id': (e) => e.vpcEndpointId,
    'vpc-endpoint-state': (e) => e.state,
    'vpc-endpoint-type': (e) => e.vpcEndpointType,
    'ip-address-type': (e) => e.ipAddressType,
  });
}

function setSubnets(ec2: Ec2State, vpce: VpcEndpointRecord, subnetIds: string[]): void {
  const zones = new Map<string, string>();
  for (const id of subnetIds) {
    const subnet = findSubnet(ec2, vpce.ownerId, vpce.region, id);
    if (subnet.vpcId !== vpce.vpcId) {
      throw new AwsError('InvalidParameter', 400, `The subnet '${id}' does not belong to the VPC '${vpce.vpcId}'.`);
    }
    if (zones.has(subnet.availabilityZone)) {
      throw new AwsError(
        'DuplicateSubnetsInSameZone',
        400,
        `Found another VPC endpoint subnet in the availability zone of ${id}. VPC endpoint subnets should be in different availability zones supported by the VPC endpoint service.`,
      );
    }
    zones.set(subnet.availabilityZone, id);
  }
  vpce.subnetIds = [...subnetIds];
  vpce.networkInterfaceIds = subnetIds.map((id) => derivedEc2Id('eni', `${vpce.vpcEndpointId}/${id}`));
}

function setSecurityGroups(ec2: Ec2State, vpce: VpcEndpointRecord, groupIds: string[]): void {
  for (const id of groupIds) {
    if (findSecurityGroup(ec2, vpce.ownerId, vpce.region, id).vpcId !== vpce.vpcId) {
      throw new AwsError(
        'InvalidParameter',
        400,
        `The security group '${id}' does not belong to the VPC '${vpce.vpcId}'.`,
      );
    }
  }
  vpce.securityGroupIds = groupIds;
}

function enablePrivateDns(ec2: Ec2State, vpce: VpcEndpointRecord, vpc: VpcRecord, service: string): void {
  if (!vpc.enableDnsSupport || !vpc.enableDnsHostnames) {
    throw new AwsError(
      'InvalidParameter',
      400,
      `Enabling private DNS requires both enableDnsSupport and enableDnsHostnames VPC attributes set to true for ${vpc.vpcId}`,
    );
  }
  const name = privateDnsName(service, vpc.region);
  const conflict = scoped(ec2, vpc.ownerId, vpc.region, 'vpcEndpoints').find(
    (e) =>
      e.vpcId === vpc.vpcId &&
      e.vpcEndpointId !== vpce.vpcEndpointId &&
      e.privateDnsEnabled &&
      e.serviceName === vpce.serviceName,
  );
  if (conflict) {
    throw new AwsError(
      'InvalidParameter',
      400,
      `private-dns-enabled cannot be set because there is already a conflicting DNS domain for ${name} in the VPC ${vpc.vpcId}`,
    );
  }
  vpce.privateDnsEnabled = true;
}

function validPolicy(policy: string | undefined): string | undefined {
  if (policy === undefined) return undefined;
  try {
    JSON.parse(policy);
  } catch {
    throw new AwsError('InvalidPolicyDocument', 400, 'The policy document is not valid JSON.');
  }
  return policy;
}
