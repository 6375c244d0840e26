import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import {
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  CreateVpcEndpointCommand,
  DeleteVpcEndpointsCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcAttributeCommand,
  DescribeVpcEndpointsCommand,
  DescribeVpcsCommand,
  EC2Client,
  ModifyVpcAttributeCommand,
  ModifyVpcEndpointCommand,
  paginateDescribeVpcEndpoints,
} from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../server';
import { clientConfig, startTestEmulator } from './testing';
import { policyOf } from '../../testing/harness';

const ACCOUNT = '444455556666';
const OTHER = '777788889999';
const EXECUTE_API = 'com.amazonaws.us-east-1.execute-api';

let emulator: RunningEmulator;
let ec2: EC2Client;
let vpcId: string;
let subnetIds: string[];
let groupId: string;

async function expectError(promise: Promise<unknown>, name: string, message?: RegExp) {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(err?.name).toBe(name);
  if (message) expect(err?.message).toMatch(message);
}

beforeAll(async () => {
  emulator = await startTestEmulator();
  ec2 = new EC2Client(clientConfig(emulator, ACCOUNT));
  const vpc = await ec2.send(
    new CreateVpcCommand({
      CidrBlock: '10.0.0.0/16',
      TagSpecifications: [{ ResourceType: 'vpc', Tags: [{ Key: 'Name', Value: 'app' }] }],
    }),
  );
  vpcId = vpc.Vpc!.VpcId!;
  subnetIds = [];
  for (const [az, cidr] of [
    ['us-east-1a', '10.0.1.0/24'],
    ['us-east-1b', '10.0.2.0/24'],
  ]) {
    const subnet = await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: cidr, AvailabilityZone: az }));
    subnetIds.push(subnet.Subnet!.SubnetId!);
  }
  const sg = await ec2.send(
    new CreateSecurityGroupCommand({ GroupName: 'https', Description: '443 in', VpcId: vpcId }),
  );
  groupId = sg.GroupId!;
});

afterAll(async () => {
  ec2.destroy();
  await emulator.close();
});

describe('VPCs, subnets, security groups', () => {
  it('creates a VPC with DNS support on and DNS hostnames off, plus a default security group', async () => {
    const { Vpcs } = await ec2.send(new DescribeVpcsCommand({ VpcIds: [vpcId] }));
    expect(Vpcs?.[0]).toMatchObject({ VpcId: vpcId, CidrBlock: '10.0.0.0/16', State: 'available', OwnerId: ACCOUNT });
    expect(Vpcs?.[0].Tags).toEqual([{ Key: 'Name', Value: 'app' }]);
    const support = await ec2.send(new DescribeVpcAttributeCommand({ VpcId: vpcId, Attribute: 'enableDnsSupport' }));
    const hostnames = await ec2.send(
      new DescribeVpcAttributeCommand({ VpcId: vpcId, Attribute: 'enableDnsHostnames' }),
    );
    expect(support.EnableDnsSupport?.Value).toBe(true);
    expect(hostnames.EnableDnsHostnames?.Value).toBe(false);
    const groups = await ec2.send(
      new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'vpc-id', Values: [vpcId] }] }),
    );
    expect(groups.SecurityGroups?.map((g) => g.GroupName).sort()).toEqual(['default', 'https']);
  });

  it('keeps accounts and Regions apart', async () => {
    const other = new EC2Client(clientConfig(emulator, OTHER));
    const eu = new EC2Client(clientConfig(emulator, ACCOUNT, 'eu-west-1'));
    expect((await other.send(new DescribeVpcsCommand({}))).Vpcs).toEqual([]);
    expect((await eu.send(new DescribeVpcsCommand({}))).Vpcs).toEqual([]);
    await expectError(other.send(new DescribeVpcsCommand({ VpcIds: [vpcId] })), 'InvalidVpcID.NotFound');
    other.destroy();
    eu.destroy();
  });

  it('validates subnets and paging limits', async () => {
    await expectError(
      ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.1.0.0/24' })),
      'InvalidSubnet.Range',
    );
    await expectError(
      ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.0.1.0/25' })),
      'InvalidSubnet.Conflict',
    );
    await expectError(
      ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.0.9.0/24', AvailabilityZone: 'eu-west-1a' })),
      'InvalidParameterValue',
    );
    await expectError(
      ec2.send(new DescribeSubnetsCommand({ MaxResults: 4 })),
      'InvalidParameterValue',
      /between 5 and 1000/,
    );
    const { Subnets } = await ec2.send(
      new DescribeSubnetsCommand({ Filters: [{ Name: 'availability-zone', Values: ['us-east-1b'] }] }),
    );
    expect(Subnets?.map((s) => s.SubnetId)).toEqual([subnetIds[1]]);
    expect(Subnets?.[0]).toMatchObject({ AvailableIpAddressCount: 251, AvailabilityZoneId: 'use1-az2' });
  });

  it('rejects a duplicate security group name in one VPC', async () => {
    await expectError(
      ec2.send(new CreateSecurityGroupCommand({ GroupName: 'https', Description: 'again', VpcId: vpcId })),
      'InvalidGroup.Duplicate',
    );
  });

  it('refuses to look VPC security groups up by name, as EC2 does', async () => {
    await expectError(
      ec2.send(new DescribeSecurityGroupsCommand({ GroupNames: ['https'] })),
      'InvalidParameterValue',
      /by name/,
    );
    const byId = await ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: [groupId] }));
    expect(byId.SecurityGroups?.[0]).toMatchObject({ GroupName: 'https', Description: '443 in', VpcId: vpcId });
  });
});

describe('VPC endpoints', () => {
  it('defaults to a Gateway endpoint, which execute-api does not support', async () => {
    await expectError(
      ec2.send(new CreateVpcEndpointCommand({ VpcId: vpcId, ServiceName: EXECUTE_API })),
      'InvalidParameter',
      /does not support endpoint type Gateway/,
    );
    const s3 = await ec2.send(
      new CreateVpcEndpointCommand({ VpcId: vpcId, ServiceName: 'com.amazonaws.us-east-1.s3' }),
    );
    expect(s3.VpcEndpoint).toMatchObject({ VpcEndpointType: 'Gateway', DnsEntries: [] });
  });

  it('refuses private DNS until the VPC DNS attributes are both on', async () => {
    await expectError(
      ec2.send(
        new CreateVpcEndpointCommand({
          VpcId: vpcId,
          ServiceName: EXECUTE_API,
          VpcEndpointType: 'Interface',
          SubnetIds: subnetIds,
          SecurityGroupIds: [groupId],
        }),
      ),
      'InvalidParameter',
      /requires both enableDnsSupport and enableDnsHostnames/,
    );
  });

  it('creates an execute-api interface endpoint with regional, zonal and private DNS entries', async () => {
    await ec2.send(new ModifyVpcAttributeCommand({ VpcId: vpcId, EnableDnsHostnames: { Value: true } }));
    const created = await ec2.send(
      new CreateVpcEndpointCommand({
        VpcId: vpcId,
        ServiceName: EXECUTE_API,
        VpcEndpointType: 'Interface',
        SubnetIds: subnetIds,
        SecurityGroupIds: [groupId],
        PrivateDnsEnabled: true,
        TagSpecifications: [{ ResourceType: 'vpc-endpoint', Tags: [{ Key: 'team', Value: 'payments' }] }],
      }),
    );
    const vpce = created.VpcEndpoint!;
    expect(vpce.State).toBe('pending');
    const id = vpce.VpcEndpointId!;
    expect(id).toMatch(/^vpce-[0-9a-f]{17}$/);
    const { VpcEndpoints } = await ec2.send(new DescribeVpcEndpointsCommand({ VpcEndpointIds: [id] }));
    const described = VpcEndpoints![0];
    expect(described).toMatchObject({
      State: 'available',
      PrivateDnsEnabled: true,
      SubnetIds: subnetIds,
      Groups: [{ GroupId: groupId, GroupName: 'https' }],
    });
    const names = described.DnsEntries!.map((e) => e.DnsName);
    expect(names[0]).toMatch(new RegExp(`^${id}-[a-z0-9]{8}\\.execute-api\\.us-east-1\\.vpce\\.amazonaws\\.com$`));
    expect(names[1]).toMatch(/-us-east-1a\.execute-api\.us-east-1\.vpce\.amazonaws\.com$/);
    expect(names[2]).toMatch(/-us-east-1b\.execute-api\.us-east-1\.vpce\.amazonaws\.com$/);
    expect(names.slice(3)).toEqual(['execute-api.us-east-1.amazonaws.com', '*.execute-api.us-east-1.amazonaws.com']);
    expect(described.DnsEntries![0].HostedZoneId).toBe('Z7HUB22UULQXV');
    expect(described.DnsEntries![3].HostedZoneId).toMatch(/^Z[A-Z0-9]+$/);
    expect(described.DnsEntries![4].HostedZoneId).toBe(described.DnsEntries![3].HostedZoneId);
    expect(JSON.parse(described.PolicyDocument!)).toMatchObject({ Statement: [{ Effect: 'Allow', Action: '*' }] });

    await expectError(
      ec2.send(
        new CreateVpcEndpointCommand({
          VpcId: vpcId,
          ServiceName: EXECUTE_API,
          VpcEndpointType: 'Interface',
          SubnetIds: [subnetIds[0]],
          PrivateDnsEnabled: true,
        }),
      ),
      'InvalidParameter',
      /conflicting DNS domain/,
    );
  });

  it('filters by service, type, vpc, state and tags', async () => {
    const byFilter = async (Name: string, Values: string[]) =>
      (await ec2.send(new DescribeVpcEndpointsCommand({ Filters: [{ Name, Values }] }))).VpcEndpoints!.map(
        (e) => e.ServiceName,
      );
    expect(await byFilter('service-name', [EXECUTE_API])).toEqual([EXECUTE_API]);
    expect(await byFilter('vpc-endpoint-type', ['Gateway'])).toEqual(['com.amazonaws.us-east-1.s3']);
    expect(await byFilter('vpc-endpoint-state', ['available'])).toHaveLength(2);
    expect(await byFilter('vpc-id', ['vpc-00000000000000000'])).toEqual([]);
    expect(await byFilter('tag:team', ['pay*'])).toEqual([EXECUTE_API]);
    expect(await byFilter('tag-key', ['team'])).toEqual([EXECUTE_API]);
    await expectError(
      ec2.send(new DescribeVpcEndpointsCommand({ Filters: [{ Name: 'colour', Values: ['x'] }] })),
      'InvalidParameterValue',
    );
  });

  it('fails the whole describe when one id is unknown', async () => {
    const { VpcEndpoints } = await ec2.send(new DescribeVpcEndpointsCommand({}));
    await expectError(
      ec2.send(
        new DescribeVpcEndpointsCommand({
          VpcEndpointIds: [VpcEndpoints![0].VpcEndpointId!, 'vpce-0123456789abcdef0'],
        }),
      ),
      'InvalidVpcEndpointId.NotFound',
      /vpce-0123456789abcdef0/,
    );
    await expectError(
      ec2.send(new DescribeVpcEndpointsCommand({ VpcEndpointIds: ['nope'] })),
      'InvalidVpcEndpointId.Malformed',
    );
  });

  it('pages with MaxResults / NextToken', async () => {
    for (let i = 0; i < 3; i++) {
      await ec2.send(new CreateVpcEndpointCommand({ VpcId: vpcId, ServiceName: 'com.amazonaws.us-east-1.dynamodb' }));
    }
    const first = await ec2.send(new DescribeVpcEndpointsCommand({ MaxResults: 2 }));
    expect(first.VpcEndpoints).toHaveLength(2);
    expect(first.NextToken).toBeDefined();
    const ids: string[] = [];
    for await (const page of paginateDescribeVpcEndpoints({ client: ec2, pageSize: 2 }, {})) {
      ids.push(...page.VpcEndpoints!.map((e) => e.VpcEndpointId!));
    }
    expect(new Set(ids).size).toBe(5);
    await expectError(ec2.send(new DescribeVpcEndpointsCommand({ NextToken: 'garbage' })), 'InvalidPaginationToken');
  });

  it('modifies private DNS, subnets and policy, and deletes with per-id failures', async () => {
    const { VpcEndpoints } = await ec2.send(
      new DescribeVpcEndpointsCommand({ Filters: [{ Name: 'service-name', Values: [EXECUTE_API] }] }),
    );
    const id = VpcEndpoints![0].VpcEndpointId!;
    const policy = JSON.stringify({
      Statement: [{ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: '*' }],
    });
    await ec2.send(
      new ModifyVpcEndpointCommand({
        VpcEndpointId: id,
        PrivateDnsEnabled: false,
        RemoveSubnetIds: [subnetIds[1]],
        PolicyDocument: policy,
      }),
    );
    const after = (await ec2.send(new DescribeVpcEndpointsCommand({ VpcEndpointIds: [id] }))).VpcEndpoints![0];
    expect(after.PrivateDnsEnabled).toBe(false);
    expect(after.DnsEntries).toHaveLength(2);
    expect(after.PolicyDocument).toBe(policy);
    await expectError(
      ec2.send(new ModifyVpcEndpointCommand({ VpcEndpointId: id, ResetPolicy: true, PolicyDocument: policy })),
      'InvalidParameterCombination',
    );
    await expectError(
      ec2.send(new ModifyVpcEndpointCommand({ VpcEndpointId: id, PolicyDocument: '{not json' })),
      'InvalidPolicyDocument',
    );
    await ec2.send(new ModifyVpcEndpointCommand({ VpcEndpointId: id, ResetPolicy: true }));
    const reset = (await ec2.send(new DescribeVpcEndpointsCommand({ VpcEndpointIds: [id] }))).VpcEndpoints![0];
    // ResetPolicy restores the full-access policy AWS attaches by default.
    expect(policyOf(reset.PolicyDocument).Statement).toEqual([
      { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' },
    ]);
    await expectError(
      ec2.send(new ModifyVpcEndpointCommand({ VpcEndpointId: 'vpce-0123456789abcdef0' })),
      'InvalidVpcEndpointId.NotFound',
    );

    const deleted = await ec2.send(new DeleteVpcEndpointsCommand({ VpcEndpointIds: [id, 'vpce-0123456789abcdef0'] }));
    expect(deleted.Unsuccessful).toEqual([
      expect.objectContaining({
        ResourceId: 'vpce-0123456789abcdef0',
        Error: expect.objectContaining({ Code: 'InvalidVpcEndpointId.NotFound' }) as unknown,
      }),
    ]);
    await expectError(
      ec2.send(new DescribeVpcEndpointsCommand({ VpcEndpointIds: [id] })),
      'InvalidVpcEndpointId.NotFound',
    );
  });

  it('answers DryRun with DryRunOperation', async () => {
    await expectError(ec2.send(new DescribeVpcsCommand({ DryRun: true })), 'DryRunOperation');
  });
});

const exec = promisify(execFile);
const awsCli = await exec('aws', ['--version']).then(
  () => true,
  () => false,
);

describe.skipIf(!awsCli)('AWS CLI', () => {
  it('aws ec2 describe-vpc-endpoints works against the emulator', async () => {
    const { stdout } = await exec(
      'aws',
      [
        'ec2',
        'describe-vpc-endpoints',
        '--endpoint-url',
        emulator.url,
        '--region',
        'us-east-1',
        '--output',
        'json',
        '--filters',
        `Name=vpc-id,Values=${vpcId}`,
      ],
      { env: { ...process.env, AWS_ACCESS_KEY_ID: ACCOUNT, AWS_SECRET_ACCESS_KEY: 'emulator', AWS_PAGER: '' } },
    );
    const parsed = JSON.parse(stdout) as { VpcEndpoints: Array<{ VpcId: string }> };
    expect(parsed.VpcEndpoints.length).toBeGreaterThan(0);
    expect(parsed.VpcEndpoints.every((e) => e.VpcId === vpcId)).toBe(true);
  });
});
