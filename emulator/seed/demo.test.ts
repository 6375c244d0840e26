import { ACMClient, ListCertificatesCommand } from '@aws-sdk/client-acm';
import {
  APIGatewayClient,
  GetDomainNameAccessAssociationsCommand,
  GetDomainNameCommand,
  GetDomainNamesCommand,
  GetRestApisCommand,
} from '@aws-sdk/client-api-gateway';
import { DescribeVpcEndpointsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { GetResourceShareInvitationsCommand, ListResourcesCommand, RAMClient } from '@aws-sdk/client-ram';
import { ListHostedZonesByVPCCommand, ListResourceRecordSetsCommand, Route53Client } from '@aws-sdk/client-route-53';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../server';
import { clientConfig, startTestEmulator } from '../services/ec2/testing';
import { ACCOUNTS, CONSUMER, OUTSIDER, PROVIDER, VPCE_PUBLIC_HOSTED_ZONE_IDS } from './demo-ids';
import { policyOf } from '../testing/harness';

const P = PROVIDER['us-east-1'];
const C = CONSUMER['us-east-1'];
let emulator: RunningEmulator;
const clients: Array<{ destroy(): void }> = [];

function as<T extends { destroy(): void }>(
  Client: new (config: ReturnType<typeof clientConfig>) => T,
  account: string,
  region = 'us-east-1',
): T {
  const client = new Client(clientConfig(emulator, account, region));
  clients.push(client);
  return client;
}

beforeAll(async () => {
  emulator = await startTestEmulator({ kind: 'demo' });
});

afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await emulator.close();
});

describe('demo seed', () => {
  it('gives the provider private APIs, one regional API, and three private domains with deterministic ids', async () => {
    const apigw = as(APIGatewayClient, ACCOUNTS.provider);
    const { items: apis } = await apigw.send(new GetRestApisCommand({ limit: 500 }));
    expect(apis?.map((a) => a.id).sort()).toEqual(
      Object.values(P.apis)
        .map((a) => a.id)
        .sort(),
    );
    expect(apis?.find((a) => a.id === P.apis.publicStatus.id)?.endpointConfiguration?.types).toEqual(['REGIONAL']);
    const { items: domains } = await apigw.send(new GetDomainNamesCommand({}));
    expect(domains?.map((d) => d.domainNameArn).sort()).toEqual(
      Object.values(P.domains)
        .map((d) => d.arn)
        .sort(),
    );
    const denyAll = await apigw.send(
      new GetDomainNameCommand({ domainName: P.domains.denyAll.name, domainNameId: P.domains.denyAll.id }),
    );
    expect(policyOf(denyAll.policy).Statement[0].Effect).toBe('Deny');
    const shared = await apigw.send(
      new GetDomainNameCommand({ domainName: P.domains.shared.name, domainNameId: P.domains.shared.id }),
    );
    expect(shared.policy).toContain(C.appVpceId);
    expect(shared.policy).not.toContain(C.analyticsVpceId);
    expect(policyOf(shared.managementPolicy).Statement[0].Principal).toEqual({ AWS: [ACCOUNTS.consumer] });
    const partners = await apigw.send(
      new GetDomainNameCommand({ domainName: P.domains.pendingShare.name, domainNameId: P.domains.pendingShare.id }),
    );
    expect(partners.managementPolicy).toBeUndefined();
  });

  it('shows the provider both consumer DNAAs, one of them waiting for a policy update', async () => {
    const apigw = as(APIGatewayClient, ACCOUNTS.provider);
    const { items } = await apigw.send(new GetDomainNameAccessAssociationsCommand({ resourceOwner: 'OTHER_ACCOUNTS' }));
    expect(items?.map((a) => a.domainNameAccessAssociationArn).sort()).toEqual(
      [C.analyticsDnaaArn, C.appDnaaArn].sort(),
    );
    const own = await apigw.send(new GetDomainNameAccessAssociationsCommand({ resourceOwner: 'SELF' }));
    expect(own.items?.map((a) => a.domainNameAccessAssociationArn)).toEqual([P.ownDnaaArn]);
  });

  it('gives the consumer one accepted share and one fresh pending invitation', async () => {
    const ram = as(RAMClient, ACCOUNTS.consumer);
    const { resourceShareInvitations } = await ram.send(new GetResourceShareInvitationsCommand({}));
    const byArn = new Map(resourceShareInvitations!.map((i) => [i.resourceShareInvitationArn, i]));
    expect(byArn.get(P.shares.active.invitationArn)?.status).toBe('ACCEPTED');
    const pending = byArn.get(P.shares.pending.invitationArn);
    expect(pending?.status).toBe('PENDING');
    expect(Date.now() - pending!.invitationTimestamp!.getTime()).toBeLessThan(60_000);
    const { resources } = await ram.send(new ListResourcesCommand({ resourceOwner: 'OTHER-ACCOUNTS' }));
    expect(resources?.map((r) => r.arn)).toEqual([P.domains.shared.arn]);
    const apigw = as(APIGatewayClient, ACCOUNTS.consumer);
    const sharedWithMe = await apigw.send(new GetDomainNamesCommand({ resourceOwner: 'OTHER_ACCOUNTS' }));
    expect(sharedWithMe.items?.map((d) => d.domainNameArn)).toEqual([P.domains.shared.arn]);
  });

  it('gives the consumer endpoints with private DNS on and off, and a PHZ alias to the app endpoint', async () => {
    const ec2 = as(EC2Client, ACCOUNTS.consumer);
    const { VpcEndpoints } = await ec2.send(
      new DescribeVpcEndpointsCommand({
        Filters: [{ Name: 'service-name', Values: ['com.amazonaws.us-east-1.execute-api'] }],
      }),
    );
    expect(VpcEndpoints?.map((e) => [e.VpcEndpointId, e.PrivateDnsEnabled])).toEqual([
      [C.appVpceId, true],
      [C.analyticsVpceId, false],
    ]);
    const regional = VpcEndpoints![0].DnsEntries![0];
    const r53 = as(Route53Client, ACCOUNTS.consumer);
    const { ResourceRecordSets } = await r53.send(
      new ListResourceRecordSetsCommand({ HostedZoneId: C.privateHostedZoneId }),
    );
    expect(ResourceRecordSets?.[0]).toMatchObject({
      Name: `${P.domains.shared.name}.`,
      Type: 'A',
      AliasTarget: { DNSName: `${regional.DnsName}.`, HostedZoneId: VPCE_PUBLIC_HOSTED_ZONE_IDS['us-east-1'] },
    });
    const zones = await r53.send(new ListHostedZonesByVPCCommand({ VPCId: C.appVpc.id, VPCRegion: 'us-east-1' }));
    expect(zones.HostedZoneSummaries?.[0]).toMatchObject({
      HostedZoneId: C.privateHostedZoneId,
      Owner: { OwningAccount: ACCOUNTS.consumer },
    });
  });

  it('hides the ECDSA certificate by default and marks the expired and pending ones', async () => {
    const acm = as(ACMClient, ACCOUNTS.provider);
    const byDefault = await acm.send(new ListCertificatesCommand({}));
    expect(byDefault.CertificateSummaryList?.map((c) => c.CertificateArn)).not.toContain(P.certificates.inventoryEcdsa);
    const all = await acm.send(new ListCertificatesCommand({ Includes: { keyTypes: ['RSA_2048', 'EC_prime256v1'] } }));
    const status = Object.fromEntries(
      all.CertificateSummaryList!.map((c) => [c.CertificateArn ?? '', [c.Status, c.InUse]]),
    );
    expect(status).toEqual({
      [P.certificates.wildcardRsa]: ['ISSUED', true],
      [P.certificates.inventoryEcdsa]: ['ISSUED', true],
      [P.certificates.legacyExpired]: ['EXPIRED', false],
      [P.certificates.reportsPending]: ['PENDING_VALIDATION', false],
    });
    const pending = all.CertificateSummaryList!.find((c) => c.CertificateArn === P.certificates.reportsPending);
    expect(pending?.NotAfter).toBeUndefined();
  });

  it('leaves the outsider unshared, with a private domain of the same name as the provider', async () => {
    const ram = as(RAMClient, ACCOUNTS.outsider);
    expect((await ram.send(new GetResourceShareInvitationsCommand({}))).resourceShareInvitations).toEqual([]);
    const apigw = as(APIGatewayClient, ACCOUNTS.outsider);
    const { items } = await apigw.send(new GetDomainNamesCommand({}));
    expect(items?.map((d) => [d.domainName, d.domainNameArn])).toEqual([
      [P.domains.shared.name, OUTSIDER['us-east-1'].sameNameDomain.arn],
    ]);
    expect((await apigw.send(new GetDomainNamesCommand({ resourceOwner: 'OTHER_ACCOUNTS' }))).items).toEqual([]);
  });

  it('has the provider API and endpoint in eu-west-1', async () => {
    const apigw = as(APIGatewayClient, ACCOUNTS.provider, 'eu-west-1');
    expect((await apigw.send(new GetRestApisCommand({}))).items?.map((a) => a.id)).toEqual([
      PROVIDER['eu-west-1'].apis.ordersEu.id,
    ]);
    const ec2 = as(EC2Client, ACCOUNTS.provider, 'eu-west-1');
    const { VpcEndpoints } = await ec2.send(new DescribeVpcEndpointsCommand({}));
    expect(VpcEndpoints?.[0].DnsEntries?.[0].HostedZoneId).toBe(VPCE_PUBLIC_HOSTED_ZONE_IDS['eu-west-1']);
  });
});
