import {
  CreateSubnetCommand,
  CreateVpcCommand,
  CreateVpcEndpointCommand,
  EC2Client,
  ModifyVpcAttributeCommand,
} from '@aws-sdk/client-ec2';
import {
  AssociateVPCWithHostedZoneCommand,
  ChangeResourceRecordSetsCommand,
  CreateHostedZoneCommand,
  DisassociateVPCFromHostedZoneCommand,
  DeleteHostedZoneCommand,
  GetChangeCommand,
  GetHostedZoneCommand,
  ListHostedZonesByVPCCommand,
  ListHostedZonesCommand,
  ListResourceRecordSetsCommand,
  paginateListHostedZones,
  Route53Client,
  type Change,
} from '@aws-sdk/client-route-53';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../server';
import { clientConfig, startTestEmulator } from '../ec2/testing';

const ACCOUNT = '444455556666';
const OTHER = '777788889999';

let emulator: RunningEmulator;
let r53: Route53Client;
let vpcId: string;
let vpceDns: { DnsName: string; HostedZoneId: string };
let zoneId: string;

async function expectError(promise: Promise<unknown>, name: string, message?: RegExp) {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(err?.name).toBe(name);
  if (message) expect(err?.message).toMatch(message);
}

const alias = (
  Action: Change['Action'],
  Name: string,
  DNSName = vpceDns.DnsName,
  HostedZoneId = vpceDns.HostedZoneId,
): Change => ({
  Action,
  ResourceRecordSet: { Name, Type: 'A', AliasTarget: { DNSName, HostedZoneId, EvaluateTargetHealth: false } },
});

beforeAll(async () => {
  emulator = await startTestEmulator();
  r53 = new Route53Client(clientConfig(emulator, ACCOUNT));
  const ec2 = new EC2Client(clientConfig(emulator, ACCOUNT));
  vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.5.0.0/16' }))).Vpc!.VpcId!;
  await ec2.send(new ModifyVpcAttributeCommand({ VpcId: vpcId, EnableDnsHostnames: { Value: true } }));
  const subnet = (await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.5.1.0/24' }))).Subnet!
    .SubnetId!;
  const vpce = await ec2.send(
    new CreateVpcEndpointCommand({
      VpcId: vpcId,
      VpcEndpointType: 'Interface',
      ServiceName: 'com.amazonaws.us-east-1.execute-api',
      SubnetIds: [subnet],
      PrivateDnsEnabled: true,
    }),
  );
  const regional = vpce.VpcEndpoint!.DnsEntries![0];
  vpceDns = { DnsName: regional.DnsName!, HostedZoneId: regional.HostedZoneId! };
  ec2.destroy();
});

afterAll(async () => {
  r53.destroy();
  await emulator.close();
});

describe('hosted zones', () => {
  it('creates a private zone tied to a VPC, with SOA and NS records', async () => {
    const created = await r53.send(
      new CreateHostedZoneCommand({
        Name: 'api.internal.example.com',
        CallerReference: 'ref-1',
        VPC: { VPCId: vpcId, VPCRegion: 'us-east-1' },
        HostedZoneConfig: { PrivateZone: true, Comment: 'consumer PHZ' },
      }),
    );
    expect(created.HostedZone).toMatchObject({
      Name: 'api.internal.example.com.',
      Config: { PrivateZone: true, Comment: 'consumer PHZ' },
      ResourceRecordSetCount: 2,
    });
    expect(created.HostedZone!.Id).toMatch(/^\/hostedzone\/Z[A-Z0-9]+$/);
    expect(created.ChangeInfo).toMatchObject({ Status: 'PENDING' });
    expect(created.ChangeInfo!.Id).toMatch(/^\/change\/C/);
    expect(created.VPC).toEqual({ VPCId: vpcId, VPCRegion: 'us-east-1' });
    expect(created.Location).toContain('/2013-04-01/hostedzone/');
    zoneId = created.HostedZone!.Id!;

    const got = await r53.send(new GetHostedZoneCommand({ Id: zoneId }));
    expect(got.VPCs).toEqual([{ VPCId: vpcId, VPCRegion: 'us-east-1' }]);
    expect(got.DelegationSet).toBeUndefined();
    const change = await r53.send(new GetChangeCommand({ Id: created.ChangeInfo!.Id! }));
    expect(change.ChangeInfo?.Status).toBe('INSYNC');

    const { ResourceRecordSets } = await r53.send(new ListResourceRecordSetsCommand({ HostedZoneId: zoneId }));
    expect(ResourceRecordSets?.map((r) => r.Type)).toEqual(['NS', 'SOA']);
    expect(ResourceRecordSets?.[0].Name).toBe('api.internal.example.com.');
  });

  it('rejects duplicate caller references, unknown VPCs and same-name zones on one VPC', async () => {
    await expectError(
      r53.send(new CreateHostedZoneCommand({ Name: 'x.example.com', CallerReference: 'ref-1' })),
      'HostedZoneAlreadyExists',
    );
    await expectError(
      r53.send(
        new CreateHostedZoneCommand({
          Name: 'x.example.com',
          CallerReference: 'ref-2',
          VPC: { VPCId: 'vpc-0123456789abcdef0', VPCRegion: 'us-east-1' },
        }),
      ),
      'InvalidVPCId',
    );
    await expectError(
      r53.send(
        new CreateHostedZoneCommand({
          Name: 'API.internal.example.com.',
          CallerReference: 'ref-3',
          VPC: { VPCId: vpcId, VPCRegion: 'us-east-1' },
        }),
      ),
      'ConflictingDomainExists',
    );
    await expectError(r53.send(new GetHostedZoneCommand({ Id: 'Z0000000000000000000' })), 'NoSuchHostedZone');
  });

  it('keeps data per account', async () => {
    const other = new Route53Client(clientConfig(emulator, OTHER));
    expect((await other.send(new ListHostedZonesCommand({}))).HostedZones).toEqual([]);
    await expectError(other.send(new GetHostedZoneCommand({ Id: zoneId })), 'NoSuchHostedZone');
    other.destroy();
  });

  it('lists zones by VPC including the endpoint-managed execute-api zone', async () => {
    const { HostedZoneSummaries } = await r53.send(
      new ListHostedZonesByVPCCommand({ VPCId: vpcId, VPCRegion: 'us-east-1' }),
    );
    expect(HostedZoneSummaries).toEqual([
      {
        HostedZoneId: zoneId.replace('/hostedzone/', ''),
        Name: 'api.internal.example.com.',
        Owner: { OwningAccount: ACCOUNT },
      },
      expect.objectContaining({
        Name: 'execute-api.us-east-1.amazonaws.com.',
        Owner: { OwningService: 'vpce.amazonaws.com' },
      }),
    ]);
  });

  it('associates a private zone with a second VPC and back; the last VPC stays', async () => {
    const ec2 = new EC2Client(clientConfig(emulator, ACCOUNT));
    const second = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.6.0.0/16' }))).Vpc!.VpcId!;
    ec2.destroy();
    const vpc = (VPCId: string) => ({ VPCId, VPCRegion: 'us-east-1' as const });
    const added = await r53.send(new AssociateVPCWithHostedZoneCommand({ HostedZoneId: zoneId, VPC: vpc(second) }));
    expect(added.ChangeInfo).toMatchObject({ Status: 'PENDING' });
    expect((await r53.send(new GetHostedZoneCommand({ Id: zoneId }))).VPCs).toEqual([vpc(vpcId), vpc(second)]);
    await expectError(
      r53.send(new AssociateVPCWithHostedZoneCommand({ HostedZoneId: zoneId, VPC: vpc(second) })),
      'ConflictingDomainExists',
    );

    await r53.send(new DisassociateVPCFromHostedZoneCommand({ HostedZoneId: zoneId, VPC: vpc(vpcId) }));
    const { HostedZoneSummaries } = await r53.send(
      new ListHostedZonesByVPCCommand({ VPCId: vpcId, VPCRegion: 'us-east-1' }),
    );
    expect(HostedZoneSummaries?.map((z) => z.Name)).not.toContain('api.internal.example.com.');
    await expectError(
      r53.send(new DisassociateVPCFromHostedZoneCommand({ HostedZoneId: zoneId, VPC: vpc(vpcId) })),
      'VPCAssociationNotFound',
    );
    await expectError(
      r53.send(new DisassociateVPCFromHostedZoneCommand({ HostedZoneId: zoneId, VPC: vpc(second) })),
      'LastVPCAssociation',
    );
    await r53.send(new AssociateVPCWithHostedZoneCommand({ HostedZoneId: zoneId, VPC: vpc(vpcId) }));
    await r53.send(new DisassociateVPCFromHostedZoneCommand({ HostedZoneId: zoneId, VPC: vpc(second) }));
    expect((await r53.send(new GetHostedZoneCommand({ Id: zoneId }))).VPCs).toEqual([vpc(vpcId)]);
  });

  it('pages ListHostedZones with Marker / NextMarker', async () => {
    for (let i = 0; i < 4; i++)
      await r53.send(new CreateHostedZoneCommand({ Name: `z${i}.example.org`, CallerReference: `page-${i}` }));
    const first = await r53.send(new ListHostedZonesCommand({ MaxItems: 2 }));
    expect(first).toMatchObject({ IsTruncated: true, MaxItems: 2 });
    const names: string[] = [];
    for await (const page of paginateListHostedZones({ client: r53, pageSize: 2 }, {}))
      names.push(...page.HostedZones!.map((z) => z.Name!));
    expect(names).toHaveLength(5);
    const privateOnly = await r53.send(new ListHostedZonesCommand({ HostedZoneType: 'PrivateHostedZone' }));
    expect(privateOnly.HostedZones?.map((z) => z.Name)).toEqual(['api.internal.example.com.']);
    const publicZone = (await r53.send(new ListHostedZonesCommand({}))).HostedZones!.find(
      (z) => z.Name === 'z0.example.org.',
    )!;
    expect((await r53.send(new GetHostedZoneCommand({ Id: publicZone.Id }))).DelegationSet?.NameServers).toHaveLength(
      4,
    );
  });
});

describe('record sets', () => {
  it('creates an alias A record to the VPC endpoint and a CNAME', async () => {
    await r53.send(
      new ChangeResourceRecordSetsCommand({
        HostedZoneId: zoneId,
        ChangeBatch: {
          Changes: [
            alias('CREATE', 'api.internal.example.com'),
            {
              Action: 'CREATE',
              ResourceRecordSet: {
                Name: 'legacy.api.internal.example.com',
                Type: 'CNAME',
                TTL: 300,
                ResourceRecords: [{ Value: vpceDns.DnsName }],
              },
            },
          ],
        },
      }),
    );
    const { ResourceRecordSets } = await r53.send(new ListResourceRecordSetsCommand({ HostedZoneId: zoneId }));
    expect(ResourceRecordSets?.map((r) => `${r.Name} ${r.Type}`)).toEqual([
      'api.internal.example.com. A',
      'api.internal.example.com. NS',
      'api.internal.example.com. SOA',
      'legacy.api.internal.example.com. CNAME',
    ]);
    expect(ResourceRecordSets?.[0].AliasTarget).toEqual({
      HostedZoneId: vpceDns.HostedZoneId,
      DNSName: `${vpceDns.DnsName}.`,
      EvaluateTargetHealth: false,
    });
  });

  it('fails the whole batch with the AWS InvalidChangeBatch messages', async () => {
    const err = await r53
      .send(
        new ChangeResourceRecordSetsCommand({
          HostedZoneId: zoneId,
          ChangeBatch: {
            Changes: [
              alias('CREATE', 'api.internal.example.com'),
              alias('DELETE', 'missing.api.internal.example.com'),
              alias('UPSERT', 'api.other.example.com'),
              {
                Action: 'CREATE',
                ResourceRecordSet: {
                  Name: 'api.internal.example.com',
                  Type: 'CNAME',
                  TTL: 60,
                  ResourceRecords: [{ Value: 'x.example.com' }],
                },
              },
              alias(
                'UPSERT',
                'new.api.internal.example.com',
                'vpce-0nope-abcdefgh.execute-api.us-east-1.vpce.amazonaws.com',
              ),
            ],
          },
        }),
      )
      .then(
        () => undefined,
        (e: unknown) => e as Error,
      );
    expect(err?.name).toBe('InvalidChangeBatch');
    expect(err?.message).toContain(
      "Tried to create resource record set [name='api.internal.example.com.', type='A'] but it already exists",
    );
    expect(err?.message).toContain(
      "Tried to delete resource record set [name='missing.api.internal.example.com.', type='A'] but it was not found",
    );
    expect(err?.message).toContain(
      'RRSet with DNS name api.other.example.com. is not permitted in zone api.internal.example.com.',
    );
    expect(err?.message).toContain(
      'RRSet of type CNAME with DNS name api.internal.example.com. is not permitted at apex',
    );
    expect(err?.message).toContain('but the alias target name does not lie within the target zone');
    const { ResourceRecordSets } = await r53.send(new ListResourceRecordSetsCommand({ HostedZoneId: zoneId }));
    expect(ResourceRecordSets).toHaveLength(4);
  });

  it('rejects alias plus TTL as InvalidInput', async () => {
    await expectError(
      r53.send(
        new ChangeResourceRecordSetsCommand({
          HostedZoneId: zoneId,
          ChangeBatch: {
            Changes: [
              {
                Action: 'UPSERT',
                ResourceRecordSet: {
                  Name: 'a.api.internal.example.com',
                  Type: 'A',
                  TTL: 60,
                  AliasTarget: {
                    DNSName: vpceDns.DnsName,
                    HostedZoneId: vpceDns.HostedZoneId,
                    EvaluateTargetHealth: false,
                  },
                },
              },
            ],
          },
        }),
      ),
      'InvalidInput',
      /Expected exactly one of/,
    );
  });

  it('upserts, pages with StartRecordName/Type, and deletes', async () => {
    await r53.send(
      new ChangeResourceRecordSetsCommand({
        HostedZoneId: zoneId,
        ChangeBatch: {
          Changes: [
            alias('UPSERT', 'api.internal.example.com'),
            {
              ...alias('CREATE', 'api.internal.example.com'),
              ResourceRecordSet: { ...alias('CREATE', 'api.internal.example.com').ResourceRecordSet!, Type: 'AAAA' },
            },
          ],
        },
      }),
    );
    const first = await r53.send(new ListResourceRecordSetsCommand({ HostedZoneId: zoneId, MaxItems: 2 }));
    expect(first).toMatchObject({
      IsTruncated: true,
      NextRecordName: 'api.internal.example.com.',
      NextRecordType: 'NS',
    });
    const second = await r53.send(
      new ListResourceRecordSetsCommand({
        HostedZoneId: zoneId,
        StartRecordName: first.NextRecordName,
        StartRecordType: first.NextRecordType,
      }),
    );
    expect(second.ResourceRecordSets?.map((r) => r.Type)).toEqual(['NS', 'SOA', 'CNAME']);
    expect(second.IsTruncated).toBe(false);

    await expectError(r53.send(new DeleteHostedZoneCommand({ Id: zoneId })), 'HostedZoneNotEmpty');
    const aaaa = first.ResourceRecordSets![1];
    await r53.send(
      new ChangeResourceRecordSetsCommand({
        HostedZoneId: zoneId,
        ChangeBatch: { Changes: [{ Action: 'DELETE', ResourceRecordSet: aaaa }] },
      }),
    );
    const after = await r53.send(new ListResourceRecordSetsCommand({ HostedZoneId: zoneId }));
    expect(after.ResourceRecordSets?.map((r) => r.Type)).toEqual(['A', 'NS', 'SOA', 'CNAME']);
  });
});
