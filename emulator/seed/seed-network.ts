import type { EmulatorState } from '../core/state';
import { createSecurityGroup, createSubnet, createVpc, createVpcEndpoint } from '../services/ec2/index';

export interface NetworkSpec {
  vpc: { id?: string; name: string; cidr: string };
  subnets: ReadonlyArray<{ id?: string; az: string; cidr: string; name: string }>;
  securityGroup: { id?: string; name: string };
  /** Both VPC DNS attributes on (needed for private DNS on an endpoint). */
  dnsHostnames: boolean;
  tags?: Record<string, string>;
}

/** A VPC with private subnets and a security group admitting HTTPS from the VPC, as the execute-api endpoint needs. */
export function seedNetwork(state: EmulatorState, account: string, region: string, spec: NetworkSpec) {
  const vpc = createVpc(state, account, region, {
    vpcId: spec.vpc.id,
    cidrBlock: spec.vpc.cidr,
    enableDnsHostnames: spec.dnsHostnames,
    tags: { Name: spec.vpc.name, ...spec.tags },
  });
  const subnets = spec.subnets.map((s) =>
    createSubnet(state, account, region, {
      subnetId: s.id,
      vpcId: vpc.vpcId,
      cidrBlock: s.cidr,
      availabilityZone: s.az,
      tags: { Name: s.name },
    }),
  );
  const group = createSecurityGroup(state, account, region, {
    groupId: spec.securityGroup.id,
    groupName: spec.securityGroup.name,
    description: 'HTTPS from the VPC to the execute-api interface endpoint',
    vpcId: vpc.vpcId,
    ingress: [{ ipProtocol: 'tcp', fromPort: 443, toPort: 443, cidrIp: spec.vpc.cidr }],
    tags: { Name: spec.securityGroup.name },
  });
  return { vpc, subnets, group };
}

export function seedExecuteApiEndpoint(
  state: EmulatorState,
  account: string,
  region: string,
  network: ReturnType<typeof seedNetwork>,
  opts: { id?: string; name: string; privateDns: boolean },
  now: Date,
) {
  return createVpcEndpoint(
    state,
    account,
    region,
    {
      vpcEndpointId: opts.id,
      vpcId: network.vpc.vpcId,
      serviceName: `com.amazonaws.${region}.execute-api`,
      vpcEndpointType: 'Interface',
      subnetIds: network.subnets.map((s) => s.subnetId),
      securityGroupIds: [network.group.groupId],
      privateDnsEnabled: opts.privateDns,
      tags: { Name: opts.name },
    },
    now,
  );
}
