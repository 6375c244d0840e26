import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateBasePathMappingCommand,
  CreateDomainNameAccessAssociationCommand,
  CreateDomainNameCommand,
  DeleteBasePathMappingCommand,
  DeleteDomainNameAccessAssociationCommand,
  DeleteDomainNameCommand,
  DeleteRestApiCommand,
  GetDomainNameAccessAssociationsCommand,
  GetDomainNameCommand,
  GetDomainNamesCommand,
  RejectDomainNameAccessAssociationCommand,
  UpdateDomainNameCommand,
} from '@aws-sdk/client-api-gateway';
import {
  CreateVpcCommand,
  CreateVpcEndpointCommand,
  DescribeVpcEndpointsCommand,
  EC2Client,
  ModifyVpcAttributeCommand,
  CreateSubnetCommand,
} from '@aws-sdk/client-ec2';
import { ACMClient, DescribeCertificateCommand, RequestCertificateCommand } from '@aws-sdk/client-acm';
import {
  AcceptResourceShareInvitationCommand,
  CreateResourceShareCommand,
  DeleteResourceShareCommand,
  GetResourceShareInvitationsCommand,
  ListResourcesCommand,
  RAMClient,
} from '@aws-sdk/client-ram';
import {
  ChangeResourceRecordSetsCommand,
  CreateHostedZoneCommand,
  DeleteHostedZoneCommand,
  ListResourceRecordSetsCommand,
  Route53Client,
} from '@aws-sdk/client-route-53';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { RunningEmulator } from './server';
import { CONSUMER, PROVIDER, apiGateway, clientConfig } from './testing/harness';
import { callEndpoint, dataPlaneOf, startDataPlaneEmulator } from './dataplane/testing/https-call';
import { deployedPrivateApi } from './testing/privateApi';

const RAM_PERMISSION = 'arn:aws:ram::aws:permission/APIGatewayPrivateDomainNameManagementPolicyDefaultPermission';
const DOMAIN = 'api.journey.example.com';

/** Everything one account needs: all six SDK clients pointed at the emulator. */
function clients(emulator: RunningEmulator, account: string) {
  const config = clientConfig(emulator, { account });
  return {
    apigw: apiGateway(emulator, { account }),
    ec2: new EC2Client(config),
    acm: new ACMClient(config),
    ram: new RAMClient(config),
    route53: new Route53Client(config),
    sts: new STSClient(config),
  };
}

/** VPC with DNS attributes on, two subnets and an execute-api interface endpoint with private DNS. */
async function endpointWithPrivateDns(ec2: EC2Client) {
  const { Vpc } = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.50.0.0/16' }));
  const vpcId = Vpc!.VpcId!;
  await ec2.send(new ModifyVpcAttributeCommand({ VpcId: vpcId, EnableDnsHostnames: { Value: true } }));
  const subnetIds = [];
  for (const [i, az] of ['us-east-1a', 'us-east-1b'].entries()) {
    const { Subnet } = await ec2.send(
      new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: `10.50.${i}.0/24`, AvailabilityZone: az }),
    );
    subnetIds.push(Subnet!.SubnetId!);
  }
  const { VpcEndpoint } = await ec2.send(
    new CreateVpcEndpointCommand({
      VpcId: vpcId,
      VpcEndpointType: 'Interface',
      ServiceName: 'com.amazonaws.us-east-1.execute-api',
      SubnetIds: subnetIds,
      PrivateDnsEnabled: true,
    }),
  );
  return { vpcId, vpceId: VpcEndpoint!.VpcEndpointId! };
}

describe('cross-account journey: provider shares a private domain, consumer associates, provider rejects, teardown', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startDataPlaneEmulator();
  });
  afterAll(() => emulator.close());

  it('works end to end through the real SDK clients', async () => {
    const provider = clients(emulator, PROVIDER);
    const consumer = clients(emulator, CONSUMER);
    expect((await consumer.sts.send(new GetCallerIdentityCommand({}))).Account).toBe(CONSUMER);

    // Provider: private API, VPC endpoint, certificate, private domain, mapping, RAM share.
    const apiId = await deployedPrivateApi(provider.apigw, 'journey-api');
    const providerNetwork = await endpointWithPrivateDns(provider.ec2);
    const { CertificateArn } = await provider.acm.send(
      new RequestCertificateCommand({ DomainName: `*.journey.example.com` }),
    );
    const certificate = await provider.acm.send(new DescribeCertificateCommand({ CertificateArn }));
    expect(certificate.Certificate?.Status).toBe('ISSUED');
    const domain = await provider.apigw.send(
      new CreateDomainNameCommand({
        domainName: DOMAIN,
        certificateArn: CertificateArn,
        endpointConfiguration: { types: ['PRIVATE'] },
        securityPolicy: 'TLS_1_2',
      }),
    );
    const ref = { domainName: DOMAIN, domainNameId: domain.domainNameId };
    await provider.apigw.send(
      new CreateBasePathMappingCommand({ ...ref, restApiId: apiId, stage: 'prod', basePath: 'orders' }),
    );
    await provider.apigw.send(
      new CreateDomainNameAccessAssociationCommand({
        domainNameArn: domain.domainNameArn,
        accessAssociationSourceType: 'VPCE',
        accessAssociationSource: providerNetwork.vpceId,
      }),
    );
    const { resourceShare } = await provider.ram.send(
      new CreateResourceShareCommand({
        name: 'journey-share',
        resourceArns: [domain.domainNameArn!],
        principals: [CONSUMER],
        permissionArns: [RAM_PERMISSION],
      }),
    );

    // Consumer: not granted before accepting.
    const consumerNetwork = await endpointWithPrivateDns(consumer.ec2);
    const associate = () =>
      consumer.apigw.send(
        new CreateDomainNameAccessAssociationCommand({
          domainNameArn: domain.domainNameArn,
          accessAssociationSourceType: 'VPCE',
          accessAssociationSource: consumerNetwork.vpceId,
        }),
      );
    await expect(associate()).rejects.toMatchObject({ name: 'AccessDeniedException' });

    // Consumer accepts the invitation and sees the shared domain (RAM and API Gateway views).
    const { resourceShareInvitations } = await consumer.ram.send(new GetResourceShareInvitationsCommand({}));
    const invitation = resourceShareInvitations!.find((i) => i.resourceShareArn === resourceShare!.resourceShareArn)!;
    expect(invitation).toMatchObject({ status: 'PENDING', senderAccountId: PROVIDER });
    await consumer.ram.send(
      new AcceptResourceShareInvitationCommand({ resourceShareInvitationArn: invitation.resourceShareInvitationArn }),
    );
    const { resources } = await consumer.ram.send(
      new ListResourcesCommand({ resourceOwner: 'OTHER-ACCOUNTS', resourceType: 'apigateway:Domainnames' }),
    );
    expect(resources?.map((r) => r.arn)).toContain(domain.domainNameArn);
    const shared = await consumer.apigw.send(new GetDomainNamesCommand({ resourceOwner: 'OTHER_ACCOUNTS' }));
    expect(shared.items).toEqual([
      { domainName: DOMAIN, domainNameId: domain.domainNameId, domainNameArn: domain.domainNameArn },
    ]);
    await expect(consumer.apigw.send(new GetDomainNameCommand(ref))).rejects.toMatchObject({
      name: 'NotFoundException',
    });

    // Consumer: DNAA + private hosted zone with an alias to its VPC endpoint.
    const dnaa = await associate();
    const { VpcEndpoints } = await consumer.ec2.send(
      new DescribeVpcEndpointsCommand({ VpcEndpointIds: [consumerNetwork.vpceId] }),
    );
    const regional = VpcEndpoints![0].DnsEntries!.find(
      (e) => e.DnsName!.includes('.vpce.amazonaws.com') && !/-us-east-1[a-z]\./.test(e.DnsName!),
    )!;
    const { HostedZone } = await consumer.route53.send(
      new CreateHostedZoneCommand({
        Name: DOMAIN,
        CallerReference: `journey-${Date.now()}`,
        HostedZoneConfig: { PrivateZone: true },
        VPC: { VPCRegion: 'us-east-1', VPCId: consumerNetwork.vpcId },
      }),
    );
    const alias = {
      Name: DOMAIN,
      Type: 'A' as const,
      AliasTarget: { DNSName: regional.DnsName!, HostedZoneId: regional.HostedZoneId!, EvaluateTargetHealth: false },
    };
    await consumer.route53.send(
      new ChangeResourceRecordSetsCommand({
        HostedZoneId: HostedZone!.Id!,
        ChangeBatch: { Changes: [{ Action: 'UPSERT', ResourceRecordSet: alias }] },
      }),
    );
    const records = await consumer.route53.send(new ListResourceRecordSetsCommand({ HostedZoneId: HostedZone!.Id! }));
    expect(records.ResourceRecordSets?.find((r) => r.Type === 'A')?.AliasTarget?.DNSName).toContain(regional.DnsName!);

    // The consumer's call: its VPC resolves the domain to its endpoint; the data plane answers as AWS would.
    const dataPlane = await dataPlaneOf(emulator);
    const consumerCall = async () => {
      const dns = (await (
        await fetch(`${emulator.url}/_emulator/dataplane/resolve?name=${DOMAIN}&vpcId=${consumerNetwork.vpcId}`)
      ).json()) as { addresses: string[] };
      expect(dns.addresses).toEqual([dataPlane.endpoint(consumerNetwork.vpceId).address]);
      const r = await callEndpoint({
        address: dns.addresses[0],
        port: dataPlane.port,
        ca: dataPlane.ca,
        host: DOMAIN,
        path: '/orders/',
      });
      return {
        status: r.status,
        errorType: r.headers['x-amzn-errortype'],
        integration: r.headers['x-emulator-integration'],
      };
    };
    // A new private domain denies everything until the provider allows the consumer's endpoint (gotcha 2).
    expect(await consumerCall()).toMatchObject({ status: 403, errorType: 'AccessDeniedException' });

    // Provider sees the consumer's association, allows its VPCE in the domain policy, then rejects it.
    const others = await provider.apigw.send(
      new GetDomainNameAccessAssociationsCommand({ resourceOwner: 'OTHER_ACCOUNTS' }),
    );
    expect(others.items).toEqual([
      expect.objectContaining({ domainNameArn: domain.domainNameArn, accessAssociationSource: consumerNetwork.vpceId }),
    ]);
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' },
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 'execute-api:Invoke',
          Resource: 'execute-api:/*',
          Condition: { StringNotEquals: { 'aws:SourceVpce': [providerNetwork.vpceId, consumerNetwork.vpceId] } },
        },
      ],
    });
    await provider.apigw.send(
      new UpdateDomainNameCommand({ ...ref, patchOperations: [{ op: 'replace', path: '/policy', value: policy }] }),
    );
    // The consumer now gets the provider's MOCK answer through the custom domain.
    expect(await consumerCall()).toEqual({ status: 200, errorType: undefined, integration: 'MOCK' });
    await provider.apigw.send(
      new RejectDomainNameAccessAssociationCommand({
        domainNameAccessAssociationArn: dnaa.domainNameAccessAssociationArn,
        domainNameArn: domain.domainNameArn,
      }),
    );
    expect(
      (await provider.apigw.send(new GetDomainNameAccessAssociationsCommand({ resourceOwner: 'OTHER_ACCOUNTS' })))
        .items,
    ).toEqual([]);
    expect(await consumerCall()).toMatchObject({ status: 403, errorType: 'ForbiddenException' });

    // Teardown, each side doing what only it may do.
    await consumer.apigw.send(
      new DeleteDomainNameAccessAssociationCommand({
        domainNameAccessAssociationArn: dnaa.domainNameAccessAssociationArn,
      }),
    );
    await consumer.route53.send(
      new ChangeResourceRecordSetsCommand({
        HostedZoneId: HostedZone!.Id!,
        ChangeBatch: { Changes: [{ Action: 'DELETE', ResourceRecordSet: alias }] },
      }),
    );
    await consumer.route53.send(new DeleteHostedZoneCommand({ Id: HostedZone!.Id! }));
    await provider.ram.send(new DeleteResourceShareCommand({ resourceShareArn: resourceShare!.resourceShareArn }));
    expect((await consumer.apigw.send(new GetDomainNamesCommand({ resourceOwner: 'OTHER_ACCOUNTS' }))).items).toEqual(
      [],
    );
    const [own] = (await provider.apigw.send(new GetDomainNameAccessAssociationsCommand({}))).items!;
    await provider.apigw.send(
      new DeleteDomainNameAccessAssociationCommand({
        domainNameAccessAssociationArn: own.domainNameAccessAssociationArn,
      }),
    );
    await provider.apigw.send(new DeleteBasePathMappingCommand({ ...ref, basePath: 'orders' }));
    await provider.apigw.send(new DeleteDomainNameCommand(ref));
    await provider.apigw.send(new DeleteRestApiCommand({ restApiId: apiId }));
    expect((await provider.apigw.send(new GetDomainNamesCommand({}))).items).toEqual([]);
  });

  it('expires an unanswered invitation after 12 hours of emulator time', async () => {
    const provider = clients(emulator, PROVIDER);
    const consumer = clients(emulator, CONSUMER);
    const { CertificateArn } = await provider.acm.send(
      new RequestCertificateCommand({ DomainName: 'late.journey.example.com' }),
    );
    const domain = await provider.apigw.send(
      new CreateDomainNameCommand({
        domainName: 'late.journey.example.com',
        certificateArn: CertificateArn,
        endpointConfiguration: { types: ['PRIVATE'] },
      }),
    );
    const { resourceShare } = await provider.ram.send(
      new CreateResourceShareCommand({
        name: 'late',
        resourceArns: [domain.domainNameArn!],
        principals: [CONSUMER],
        permissionArns: [RAM_PERMISSION],
      }),
    );
    await fetch(`${emulator.url}/_emulator/clock`, {
      method: 'POST',
      body: JSON.stringify({ advanceSeconds: 12 * 3600 + 1 }),
    });
    const { resourceShareInvitations } = await consumer.ram.send(
      new GetResourceShareInvitationsCommand({ resourceShareArns: [resourceShare!.resourceShareArn!] }),
    );
    expect(resourceShareInvitations?.[0]?.status).toBe('EXPIRED');
    await expect(
      consumer.ram.send(
        new AcceptResourceShareInvitationCommand({
          resourceShareInvitationArn: resourceShareInvitations![0].resourceShareInvitationArn,
        }),
      ),
    ).rejects.toMatchObject({ name: 'ResourceShareInvitationExpiredException' });
  });
});
