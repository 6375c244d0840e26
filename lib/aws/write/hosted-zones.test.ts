import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangeResourceRecordSetsCommand, Route53Client } from '@aws-sdk/client-route-53';
import { DescribeVpcEndpointsCommand, EC2Client } from '@aws-sdk/client-ec2';
import type { RunningEmulator } from '@/emulator/server';
import { clientConfig, CONSUMER, executeApiEndpoint, startTestEmulator } from '@/emulator/testing/harness';
import type { AliasRecordSpec } from '@/lib/invoke/dns';
import type { Session } from '../session';
import { listHostedZonesByVpc, recordSetsNamed } from '../read/hosted-zones';
import { createPrivateHostedZone, deleteAliasRecordsTo, deleteHostedZone, upsertAliasRecords } from './hosted-zones';

let emulator: RunningEmulator;
const session: Session = {
  context: {
    id: 'hosted-zones-write-test',
    label: 'c',
    description: 'c',
    accountId: CONSUMER,
    staticAccessKeyId: CONSUMER,
  },
  region: 'us-east-1',
};
let vpcId = '';
let names: string[] = [];
let records: AliasRecordSpec[] = [];

beforeAll(async () => {
  emulator = await startTestEmulator();
  process.env.AWS_ENDPOINT_URL = emulator.url;
  process.env.CONSOLE_AWS_MAX_ATTEMPTS = '1';
  const vpceId = await executeApiEndpoint(emulator, { account: CONSUMER });
  const { VpcEndpoints } = await new EC2Client(clientConfig(emulator, { account: CONSUMER })).send(
    new DescribeVpcEndpointsCommand({ VpcEndpointIds: [vpceId] }),
  );
  vpcId = VpcEndpoints![0].VpcId!;
  names = VpcEndpoints![0].DnsEntries!.map((d) => d.DnsName!);
  const regional = VpcEndpoints![0].DnsEntries!.find((d) => !/-us-east-1[a-z]\./.test(d.DnsName!))!;
  const aliasTarget = {
    dnsName: regional.DnsName!,
    hostedZoneId: regional.HostedZoneId!,
    evaluateTargetHealth: false as const,
  };
  records = (['A', 'AAAA'] as const).map((type) => ({ name: 'orders.example.com', type, aliasTarget }));
});
afterAll(() => emulator.close());

describe('hosted zone writers', () => {
  it('creates a private zone on the VPC and upserts alias records idempotently', async () => {
    const zone = await createPrivateHostedZone(session, 'orders.example.com', vpcId);
    expect(zone.id).toMatch(/^Z[A-Z0-9]+$/);
    expect(zone.name).toBe('orders.example.com');
    expect((await listHostedZonesByVpc(session, vpcId)).map((z) => z.id)).toContain(zone.id);

    await upsertAliasRecords(session, zone.id, records, 'test');
    await upsertAliasRecords(session, zone.id, records, 'test again');
    const sets = (await recordSetsNamed(session, zone.id, 'orders.example.com')).filter((s) => s.AliasTarget);
    expect(sets.map((s) => s.Type).sort()).toEqual(['A', 'AAAA']);
  });

  it('deletes only the alias records that point at the endpoint, leaving the rest and the zone', async () => {
    const zone = await createPrivateHostedZone(session, 'billing.example.com', vpcId);
    const r53 = new Route53Client(clientConfig(emulator, { account: CONSUMER }));
    await upsertAliasRecords(session, zone.id, [{ ...records[0], name: 'billing.example.com' }], 'test');
    await r53.send(
      new ChangeResourceRecordSetsCommand({
        HostedZoneId: zone.id,
        ChangeBatch: {
          Changes: [
            {
              Action: 'CREATE',
              ResourceRecordSet: {
                Name: 'billing.example.com',
                Type: 'TXT',
                TTL: 60,
                ResourceRecords: [{ Value: '"keep"' }],
              },
            },
            {
              Action: 'CREATE',
              ResourceRecordSet: {
                Name: 'billing.example.com',
                Type: 'AAAA',
                AliasTarget: {
                  DNSName: 'd111111abcdef8.cloudfront.net',
                  HostedZoneId: 'Z2FDTNDATAQYW2',
                  EvaluateTargetHealth: false,
                },
              },
            },
          ],
        },
      }),
    );

    expect(await deleteAliasRecordsTo(session, zone.id, 'billing.example.com', names)).toBe(1);
    const left = await recordSetsNamed(session, zone.id, 'billing.example.com');
    expect(left.map((s) => s.Type).sort()).toEqual(['AAAA', 'NS', 'SOA', 'TXT']);
    expect(await deleteAliasRecordsTo(session, zone.id, 'billing.example.com', names)).toBe(0);
  });

  it('removes a zone it created (the rollback when the record cannot be written)', async () => {
    const zone = await createPrivateHostedZone(session, 'rollback.example.com', vpcId);
    await deleteHostedZone(session, zone.id);
    expect((await listHostedZonesByVpc(session, vpcId)).map((z) => z.id)).not.toContain(zone.id);
  });
});
