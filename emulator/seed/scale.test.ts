import {
  APIGatewayClient,
  GetDomainNameAccessAssociationsCommand,
  GetDomainNamesCommand,
  paginateGetRestApis,
} from '@aws-sdk/client-api-gateway';
import { EC2Client, paginateDescribeVpcEndpoints } from '@aws-sdk/client-ec2';
import { GetResourceShareInvitationsCommand, ListResourcesCommand, RAMClient } from '@aws-sdk/client-ram';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../server';
import { clientConfig, startTestEmulator } from '../services/ec2/testing';
import { DEFAULT_SCALE_SIZES } from '../core/seedSpec';
import { scaleAccount } from './accounts';

let emulator: RunningEmulator;
let seedMs: number;
const clients: Array<{ destroy(): void }> = [];

function as<T extends { destroy(): void }>(
  Client: new (config: ReturnType<typeof clientConfig>) => T,
  account: string,
): T {
  const client = new Client(clientConfig(emulator, account));
  clients.push(client);
  return client;
}

beforeAll(async () => {
  const started = Date.now();
  emulator = await startTestEmulator({ kind: 'scale', accounts: 3, sizes: DEFAULT_SCALE_SIZES });
  seedMs = Date.now() - started;
}, 60_000);

afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await emulator.close();
});

describe('scale seed', () => {
  it('builds in reasonable time', () => {
    expect(seedMs).toBeLessThan(20_000);
  });

  it('gives every account hundreds of APIs and endpoints, pageable through the SDK', async () => {
    const account = scaleAccount(1);
    let apis = 0;
    for await (const page of paginateGetRestApis({ client: as(APIGatewayClient, account), pageSize: 500 }, {}))
      apis += page.items!.length;
    expect(apis).toBe(260);
    let endpoints = 0;
    for await (const page of paginateDescribeVpcEndpoints({ client: as(EC2Client, account), pageSize: 1000 }, {}))
      endpoints += page.VpcEndpoints!.length;
    expect(endpoints).toBe(200);
  });

  it('fills the 50-domain quota and shares domains with invitations accepted or pending', async () => {
    const account = scaleAccount(0);
    const apigw = as(APIGatewayClient, account);
    expect((await apigw.send(new GetDomainNamesCommand({ limit: 500 }))).items).toHaveLength(50);
    const consumer = scaleAccount(1);
    const ram = as(RAMClient, consumer);
    const invitations = (await ram.send(new GetResourceShareInvitationsCommand({}))).resourceShareInvitations!;
    expect(
      invitations
        .filter((i) => i.senderAccountId === account)
        .map((i) => i.status)
        .sort(),
    ).toEqual(['ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'PENDING', 'PENDING']);
    const shared = (await ram.send(new ListResourcesCommand({ resourceOwner: 'OTHER-ACCOUNTS', maxResults: 500 })))
      .resources!;
    expect(shared.length).toBe(60);
    const own = await as(APIGatewayClient, consumer).send(
      new GetDomainNameAccessAssociationsCommand({ resourceOwner: 'SELF', limit: 500 }),
    );
    expect(own.items!.length).toBeGreaterThan(60);
    expect(own.items!.length).toBeLessThanOrEqual(100);
  });
});
