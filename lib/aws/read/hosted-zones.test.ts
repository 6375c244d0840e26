import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangeResourceRecordSetsCommand, CreateHostedZoneCommand, Route53Client } from '@aws-sdk/client-route-53';
import { DescribeVpcEndpointsCommand, EC2Client } from '@aws-sdk/client-ec2';
import type { RunningEmulator } from '@/emulator/server';
import { clientConfig, CONSUMER, executeApiEndpoint, startTestEmulator } from '@/emulator/testing/harness';
import { getClients } from '../clients';
import type { Session } from '../session';
import { listHostedZonesByVpc, listRecordsNamed, recordSetsNamed } from './hosted-zones';

/**
 * Route 53 has no JS paginators for these calls, so the readers loop by hand. A middleware records the page size
 * asked for (the service maximum) and shrinks it to 1, so every record and zone is on its own page.
 */

let emulator: RunningEmulator;
const session: Session = {
  context: { id: 'hosted-zones-test', label: 'c', description: 'c', accountId: CONSUMER, staticAccessKeyId: CONSUMER },
  region: 'us-east-1',
};
const asked: string[] = [];
let vpcId = '';
let apiZone = '';
let target = { dnsName: '', hostedZoneId: '' };

beforeAll(async () => {
  emulator = await startTestEmulator();
  process.env.AWS_ENDPOINT_URL = emulator.url;
  process.env.CONSOLE_AWS_MAX_ATTEMPTS = '1';
  getClients(session).route53.middlewareStack.add(
    (next) => async (args) => {
      const query = (args as unknown as { request: { query?: Record<string, string> } }).request.query;
      if (query?.maxitems) {
        asked.push(query.maxitems);
        query.maxitems = '1';
      }
      return next(args);
    },
    { step: 'build', name: 'testShrinkPages' },
  );

  const options = { account: CONSUMER };
  const vpceId = await executeApiEndpoint(emulator, options);
  const { VpcEndpoints } = await new EC2Client(clientConfig(emulator, options)).send(
    new DescribeVpcEndpointsCommand({ VpcEndpointIds: [vpceId] }),
  );
  vpcId = VpcEndpoints![0].VpcId!;
  const regional = VpcEndpoints![0].DnsEntries!.find((d) => !/-us-east-1[a-z]\./.test(d.DnsName!))!;
  target = { dnsName: regional.DnsName!, hostedZoneId: regional.HostedZoneId! };

  const r53 = new Route53Client(clientConfig(emulator, options));
  const zone = (name: string) =>
    r53.send(
      new CreateHostedZoneCommand({
        Name: name,
        CallerReference: name,
        VPC: { VPCId: vpcId, VPCRegion: 'us-east-1' },
        HostedZoneConfig: { PrivateZone: true },
      }),
    );
  await zone('example.com');
  apiZone = (await zone('api.example.com')).HostedZone!.Id!.replace('/hostedzone/', '');
  const alias = (type: 'A' | 'AAAA') => ({
    Action: 'CREATE' as const,
    ResourceRecordSet: {
      Name: 'api.example.com',
      Type: type,
      AliasTarget: { DNSName: target.dnsName, HostedZoneId: target.hostedZoneId, EvaluateTargetHealth: false },
    },
  });
  const plain = (name: string, type: 'A' | 'TXT', value: string) => ({
    Action: 'CREATE' as const,
    ResourceRecordSet: { Name: name, Type: type, TTL: 60, ResourceRecords: [{ Value: value }] },
  });
  await r53.send(
    new ChangeResourceRecordSetsCommand({
      HostedZoneId: apiZone,
      ChangeBatch: {
        Changes: [
          alias('A'),
          alias('AAAA'),
          plain('api.example.com', 'TXT', '"owner=team"'),
          plain('a.api.example.com', 'A', '10.0.0.1'),
          plain('zz.api.example.com', 'A', '10.0.0.2'),
        ],
      },
    }),
  );
});
afterAll(() => emulator.close());

describe('hosted zone readers', () => {
  it('follows NextToken through every zone of the VPC, asking for 100 per page', async () => {
    asked.splice(0);
    const zones = await listHostedZonesByVpc(session, vpcId);
    expect(zones.map((z) => z.name).sort()).toEqual(['api.example.com', 'example.com']);
    expect(zones.every((z) => /^Z[A-Z0-9]+$/.test(z.id))).toBe(true);
    expect(new Set(asked)).toEqual(new Set(['100']));
  });

  it('reads exactly the record sets of one name across pages (and stops at the next name), asking for 300', async () => {
    asked.splice(0);
    const sets = await recordSetsNamed(session, apiZone, 'API.example.com.');
    // The zone apex also holds the NS and SOA records Route 53 creates with the zone.
    expect(sets.map((s) => s.Type).sort()).toEqual(['A', 'AAAA', 'NS', 'SOA', 'TXT']);
    expect(sets.every((s) => s.Name === 'api.example.com.')).toBe(true);
    expect(new Set(asked)).toEqual(new Set(['300']));
    expect(asked.length).toBeGreaterThanOrEqual(3);
  });

  it('shapes records for the DNS check: alias target, values, zone and VPC', async () => {
    const records = await listRecordsNamed(session, apiZone, 'api.example.com', vpcId, 'api.example.com');
    const a = records.find((r) => r.type === 'A');
    expect(a).toMatchObject({
      name: 'api.example.com',
      zone: { id: apiZone, name: 'api.example.com', privateZone: true, vpcIds: [vpcId] },
    });
    expect(a?.aliasTarget?.hostedZoneId).toBe(target.hostedZoneId);
    expect(records.find((r) => r.type === 'TXT')?.values).toEqual(['"owner=team"']);
    expect(await listRecordsNamed(session, apiZone, 'api.example.com', vpcId, 'missing.api.example.com')).toEqual([]);
  });
});
