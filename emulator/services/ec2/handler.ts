import type { RequestInput } from '../../core/input';
import { AwsError, type ServiceContext, type ServiceHandler } from '../../core/types';
import { paginate } from './paging';
import { filtersOf, paramsOf, tagsOf } from './query';
import { createSecurityGroup, describeSecurityGroups, securityGroupXml } from './security-groups';
import type { Ec2State } from './state';
import { createSubnet, describeSubnets, subnetXml } from './subnets';
import { createVpcEndpoint, deleteVpcEndpoints, describeVpcEndpoints, modifyVpcEndpoint } from './vpc-endpoints';
import { vpcEndpointXml } from './vpc-endpoint-xml';
import { findVpc } from './vpc-lookup';
import { createVpc, describeVpcs, isDnsAttribute, modifyVpcAttribute, vpcXml } from './vpcs';
import { ec2Success, type Ec2Value } from './xml';
import { entry } from '../../core/entry';

interface Call {
  ctx: ServiceContext;
  ec2: Ec2State;
  account: string;
  region: string;
  params: RequestInput;
}

type Operation = (call: Call) => Record<string, Ec2Value>;

/** Mutating operations persist through ctx.commit() once they succeed. */
const OPERATIONS: Record<string, { mutates: boolean; run: Operation }> = {
  CreateVpc: {
    mutates: true,
    run: ({ ctx, account, region, params }) => {
      const vpc = createVpc(ctx.state, account, region, {
        cidrBlock: params.required('CidrBlock'),
        tags: tagsOf(params, 'vpc'),
      });
      return { vpc: vpcXml(vpc) };
    },
  },
  DescribeVpcs: {
    mutates: false,
    run: ({ ec2, account, region, params }) => {
      const vpcs = describeVpcs(ec2, account, region, params.list('VpcId'), filtersOf(params));
      const page = paginate(vpcs, params.integer('MaxResults'), params.string('NextToken'), { min: 5, max: 1000 });
      return { vpcSet: page.items.map(vpcXml), nextToken: page.nextToken };
    },
  },
  DescribeVpcAttribute: {
    mutates: false,
    run: ({ ec2, account, region, params }) => {
      const vpc = findVpc(ec2, account, region, params.required('VpcId'));
      const attribute = params.required('Attribute');
      if (attribute === 'enableNetworkAddressUsageMetrics') return { vpcId: vpc.vpcId, [attribute]: { value: false } };
      if (!isDnsAttribute(attribute)) {
        throw new AwsError(
          'InvalidParameterValue',
          400,
          `Value (${attribute}) for parameter attribute is invalid. Unknown attribute.`,
        );
      }
      return { vpcId: vpc.vpcId, [attribute]: { value: vpc[attribute] } };
    },
  },
  ModifyVpcAttribute: {
    mutates: true,
    run: ({ ec2, account, region, params }) => {
      const vpcId = params.required('VpcId');
      const changes = (['enableDnsSupport', 'enableDnsHostnames'] as const)
        .map((attribute) => ({
          attribute,
          value: params.boolean(`${attribute[0].toUpperCase()}${attribute.slice(1)}.Value`),
        }))
        .filter((c) => c.value !== undefined);
      if (changes.length !== 1) {
        throw new AwsError('InvalidParameterCombination', 400, 'Exactly one attribute must be specified per request.');
      }
      modifyVpcAttribute(ec2, account, region, vpcId, changes[0].attribute, changes[0].value as boolean);
      return { return: true };
    },
  },
  CreateSubnet: {
    mutates: true,
    run: ({ ctx, account, region, params }) => {
      const subnet = createSubnet(ctx.state, account, region, {
        vpcId: params.required('VpcId'),
        cidrBlock: params.required('CidrBlock'),
        availabilityZone: params.string('AvailabilityZone'),
        tags: tagsOf(params, 'subnet'),
      });
      return { subnet: subnetXml(subnet) };
    },
  },
  DescribeSubnets: {
    mutates: false,
    run: ({ ec2, account, region, params }) => {
      const subnets = describeSubnets(ec2, account, region, params.list('SubnetId'), filtersOf(params));
      const page = paginate(subnets, params.integer('MaxResults'), params.string('NextToken'), { min: 5, max: 1000 });
      return { subnetSet: page.items.map(subnetXml), nextToken: page.nextToken };
    },
  },
  CreateSecurityGroup: {
    mutates: true,
    run: ({ ctx, account, region, params }) => {
      const vpcId = params.string('VpcId');
      if (!vpcId) throw new AwsError('VPCIdNotSpecified', 400, 'No default VPC for this user');
      const group = createSecurityGroup(ctx.state, account, region, {
        groupName: params.required('GroupName'),
        description: params.required('GroupDescription'),
        vpcId,
        tags: tagsOf(params, 'security-group'),
      });
      return {
        return: true,
        groupId: group.groupId,
        securityGroupArn: `arn:aws:ec2:${region}:${account}:security-group/${group.groupId}`,
      };
    },
  },
  DescribeSecurityGroups: {
    mutates: false,
    run: ({ ec2, account, region, params }) => {
      const groups = describeSecurityGroups(ec2, account, region, {
        groupIds: params.list('GroupId'),
        groupNames: params.list('GroupName'),
        filters: filtersOf(params),
      });
      const page = paginate(groups, params.integer('MaxResults'), params.string('NextToken'), { min: 5, max: 1000 });
      return { securityGroupInfo: page.items.map(securityGroupXml), nextToken: page.nextToken };
    },
  },
  CreateVpcEndpoint: {
    mutates: true,
    run: ({ ctx, ec2, account, region, params }) => {
      const type = params.string('VpcEndpointType');
      if (type !== undefined && type !== 'Interface' && type !== 'Gateway') {
        throw new AwsError('InvalidParameter', 400, `Endpoint type (${type}) is not supported by this emulator.`);
      }
      const vpce = createVpcEndpoint(
        ctx.state,
        account,
        region,
        {
          vpcId: params.required('VpcId'),
          serviceName: params.required('ServiceName'),
          vpcEndpointType: type,
          subnetIds: params.list('SubnetId'),
          securityGroupIds: params.list('SecurityGroupId'),
          routeTableIds: params.list('RouteTableId'),
          privateDnsEnabled: params.boolean('PrivateDnsEnabled'),
          policyDocument: params.string('PolicyDocument'),
          ipAddressType: ipAddressType(params.string('IpAddressType')),
          tags: tagsOf(params, 'vpc-endpoint'),
        },
        ctx.now(),
      );
      // AWS answers `pending` here and reports `available` once provisioned; the emulator provisions at once.
      return { vpcEndpoint: vpcEndpointXml(ec2, vpce, 'pending'), clientToken: params.string('ClientToken') };
    },
  },
  DescribeVpcEndpoints: {
    mutates: false,
    run: ({ ec2, account, region, params }) => {
      const endpoints = describeVpcEndpoints(ec2, account, region, params.list('VpcEndpointId'), filtersOf(params));
      const page = paginate(endpoints, params.integer('MaxResults'), params.string('NextToken'), { max: 1000 });
      return { vpcEndpointSet: page.items.map((e) => vpcEndpointXml(ec2, e)), nextToken: page.nextToken };
    },
  },
  ModifyVpcEndpoint: {
    mutates: true,
    run: ({ ctx, account, region, params }) => {
      modifyVpcEndpoint(ctx.state, account, region, params.required('VpcEndpointId'), {
        privateDnsEnabled: params.boolean('PrivateDnsEnabled'),
        policyDocument: params.string('PolicyDocument'),
        resetPolicy: params.boolean('ResetPolicy'),
        addSubnetIds: params.list('AddSubnetId'),
        removeSubnetIds: params.list('RemoveSubnetId'),
        addSecurityGroupIds: params.list('AddSecurityGroupId'),
        removeSecurityGroupIds: params.list('RemoveSecurityGroupId'),
      });
      return { return: true };
    },
  },
  DeleteVpcEndpoints: {
    mutates: true,
    run: ({ ctx, account, region, params }) => {
      const ids = params.list('VpcEndpointId');
      if (!ids.length)
        throw new AwsError('MissingParameter', 400, 'The request must contain the parameter VpcEndpointId');
      const failures = deleteVpcEndpoints(ctx.state, account, region, ids);
      return {
        unsuccessful: failures.map((f) => ({ error: { code: f.code, message: f.message }, resourceId: f.resourceId })),
      };
    },
  },
};

function ipAddressType(value: string | undefined): 'ipv4' | 'dualstack' | 'ipv6' | undefined {
  if (value === undefined || value === 'ipv4' || value === 'dualstack' || value === 'ipv6') return value;
  throw new AwsError('InvalidParameterValue', 400, `Value (${value}) for parameter IpAddressType is invalid.`);
}

/** Errors propagate as AwsError; the core renders them in the EC2 XML error envelope. */
export const handle: ServiceHandler = (ctx) => {
  const params = paramsOf(ctx.req);
  const action = params.string('Action') ?? '';
  const operation = entry(OPERATIONS, action);
  if (!operation) throw new AwsError('InvalidAction', 400, `The action ${action} is not valid for this web service.`);
  if (params.boolean('DryRun'))
    throw new AwsError('DryRunOperation', 412, 'Request would have succeeded, but DryRun flag is set.');
  const result = operation.run({ ctx, ec2: ctx.state.ec2, account: ctx.req.account, region: ctx.req.region, params });
  if (operation.mutates) ctx.commit();
  return ec2Success(action, result);
};
