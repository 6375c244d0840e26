import { ACMClient, RequestCertificateCommand } from '@aws-sdk/client-acm';
import {
  APIGatewayClient,
  CreateDomainNameAccessAssociationCommand,
  CreateDomainNameCommand,
  GetDomainNameCommand,
  GetDomainNamesCommand,
} from '@aws-sdk/client-api-gateway';
import { CreateVpcCommand, CreateVpcEndpointCommand, EC2Client } from '@aws-sdk/client-ec2';
import {
  AcceptResourceShareInvitationCommand,
  AssociateResourceShareCommand,
  CreateResourceShareCommand,
  DeleteResourceShareCommand,
  DisassociateResourceShareCommand,
  GetResourceShareAssociationsCommand,
  GetResourceShareInvitationsCommand,
  GetResourceSharesCommand,
  ListPendingInvitationResourcesCommand,
  ListPrincipalsCommand,
  ListResourcesCommand,
  ListResourceSharePermissionsCommand,
  ListResourceTypesCommand,
  paginateGetResourceShares,
  RAMClient,
  RejectResourceShareInvitationCommand,
  UpdateResourceShareCommand,
} from '@aws-sdk/client-ram';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../server';
import { advanceClock, clientConfig, startTestEmulator } from '../ec2/testing';

const PROVIDER = '111122223333';
const CONSUMER = '444455556666';
const OUTSIDER = '777788889999';
const PERMISSION = 'arn:aws:ram::aws:permission/APIGatewayPrivateDomainNameManagementPolicyDefaultPermission';

let emulator: RunningEmulator;
const clients: Array<{ destroy(): void }> = [];
let ram: Record<'provider' | 'consumer' | 'outsider', RAMClient>;
let providerApigw: APIGatewayClient;
const domainArns: string[] = [];

function client<T extends { destroy(): void }>(make: () => T): T {
  const c = make();
  clients.push(c);
  return c;
}

async function expectError(promise: Promise<unknown>, name: string) {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(err?.name).toBe(name);
}

async function managementPolicy(arn: string): Promise<{ Statement: Array<Record<string, unknown>> } | undefined> {
  const [, name, id] = /\/domainnames\/(.+)\+(.+)$/.exec(arn)!;
  const domain = await providerApigw.send(new GetDomainNameCommand({ domainName: name, domainNameId: id }));
  return domain.managementPolicy
    ? (JSON.parse(domain.managementPolicy) as { Statement: Array<Record<string, unknown>> })
    : undefined;
}

async function invitationFor(who: RAMClient, shareArn: string) {
  const { resourceShareInvitations } = await who.send(
    new GetResourceShareInvitationsCommand({ resourceShareArns: [shareArn] }),
  );
  return resourceShareInvitations![0];
}

beforeAll(async () => {
  emulator = await startTestEmulator();
  ram = {
    provider: client(() => new RAMClient(clientConfig(emulator, PROVIDER))),
    consumer: client(() => new RAMClient(clientConfig(emulator, CONSUMER))),
    outsider: client(() => new RAMClient(clientConfig(emulator, OUTSIDER))),
  };
  providerApigw = client(() => new APIGatewayClient(clientConfig(emulator, PROVIDER)));
  const acm = client(() => new ACMClient(clientConfig(emulator, PROVIDER)));
  const { CertificateArn } = await acm.send(new RequestCertificateCommand({ DomainName: '*.internal.example.com' }));
  for (const name of ['api.internal.example.com', 'orders.internal.example.com', 'billing.internal.example.com']) {
    const domain = await providerApigw.send(
      new CreateDomainNameCommand({
        domainName: name,
        certificateArn: CertificateArn,
        endpointConfiguration: { types: ['PRIVATE'] },
        securityPolicy: 'TLS_1_2',
      }),
    );
    domainArns.push(domain.domainNameArn!);
  }
});

afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await emulator.close();
});

describe('sharing a private domain with an invitation', () => {
  let shareArn: string;

  it('creates the share; the consumer association waits for the invitation', async () => {
    const { resourceShare } = await ram.provider.send(
      new CreateResourceShareCommand({
        name: 'internal-apis',
        resourceArns: [domainArns[0]],
        principals: [CONSUMER],
        permissionArns: [PERMISSION],
        tags: [{ key: 'team', value: 'platform' }],
      }),
    );
    shareArn = resourceShare!.resourceShareArn!;
    expect(shareArn).toMatch(new RegExp(`^arn:aws:ram:us-east-1:${PROVIDER}:resource-share/[0-9a-f-]{36}$`));
    expect(resourceShare).toMatchObject({
      name: 'internal-apis',
      owningAccountId: PROVIDER,
      status: 'ACTIVE',
      allowExternalPrincipals: true,
    });
    expect(resourceShare!.creationTime).toBeInstanceOf(Date);

    const principals = await ram.provider.send(
      new GetResourceShareAssociationsCommand({ associationType: 'PRINCIPAL', resourceShareArns: [shareArn] }),
    );
    // An outside account's association is ASSOCIATED once created, while its invitation stays PENDING.
    expect(principals.resourceShareAssociations).toEqual([
      expect.objectContaining({ associatedEntity: CONSUMER, status: 'ASSOCIATED', external: true }),
    ]);
    expect((await invitationFor(ram.consumer, shareArn)).status).toBe('PENDING');
    const listed = await ram.provider.send(
      new ListPrincipalsCommand({ resourceOwner: 'SELF', resourceShareArns: [shareArn] }),
    );
    expect(listed.principals).toEqual([expect.objectContaining({ id: CONSUMER, external: true })]);
    const resources = await ram.provider.send(
      new GetResourceShareAssociationsCommand({ associationType: 'RESOURCE', resourceArn: domainArns[0] }),
    );
    expect(resources.resourceShareAssociations).toEqual([
      expect.objectContaining({ associatedEntity: domainArns[0], status: 'ASSOCIATED' }),
    ]);
    expect(await managementPolicy(domainArns[0])).toBeUndefined();
  });

  it('hides the resource from the consumer until the invitation is accepted', async () => {
    const before = await ram.consumer.send(
      new ListResourcesCommand({ resourceOwner: 'OTHER-ACCOUNTS', resourceType: 'apigateway:Domainnames' }),
    );
    expect(before.resources).toEqual([]);
    const invitation = await invitationFor(ram.consumer, shareArn);
    // What the invitation would share is readable before accepting, by the receiver only.
    const pending = await ram.consumer.send(
      new ListPendingInvitationResourcesCommand({ resourceShareInvitationArn: invitation.resourceShareInvitationArn }),
    );
    expect(pending.resources).toEqual([
      expect.objectContaining({ arn: domainArns[0], type: 'apigateway:Domainnames', resourceShareArn: shareArn }),
    ]);
    await expectError(
      ram.outsider.send(
        new ListPendingInvitationResourcesCommand({
          resourceShareInvitationArn: invitation.resourceShareInvitationArn,
        }),
      ),
      'ResourceShareInvitationArnNotFoundException',
    );
    await expectError(
      ram.consumer.send(new ListPendingInvitationResourcesCommand({ resourceShareInvitationArn: 'nope' })),
      'MalformedArnException',
    );
    expect(invitation).toMatchObject({
      status: 'PENDING',
      senderAccountId: PROVIDER,
      receiverAccountId: CONSUMER,
      resourceShareName: 'internal-apis',
    });
    expect((await ram.outsider.send(new GetResourceShareInvitationsCommand({}))).resourceShareInvitations).toEqual([]);
    await expectError(
      ram.outsider.send(
        new AcceptResourceShareInvitationCommand({ resourceShareInvitationArn: invitation.resourceShareInvitationArn }),
      ),
      'ResourceShareInvitationArnNotFoundException',
    );

    const accepted = await ram.consumer.send(
      new AcceptResourceShareInvitationCommand({ resourceShareInvitationArn: invitation.resourceShareInvitationArn }),
    );
    expect(accepted.resourceShareInvitation?.status).toBe('ACCEPTED');
    await expectError(
      ram.consumer.send(
        new AcceptResourceShareInvitationCommand({ resourceShareInvitationArn: invitation.resourceShareInvitationArn }),
      ),
      'ResourceShareInvitationAlreadyAcceptedException',
    );

    const after = await ram.consumer.send(
      new ListResourcesCommand({ resourceOwner: 'OTHER-ACCOUNTS', resourceType: 'APIGATEWAY:DOMAINNAMES' }),
    );
    expect(after.resources).toEqual([
      expect.objectContaining({
        arn: domainArns[0],
        type: 'apigateway:Domainnames',
        resourceShareArn: shareArn,
        status: 'AVAILABLE',
      }),
    ]);
    const shares = await ram.consumer.send(new GetResourceSharesCommand({ resourceOwner: 'OTHER-ACCOUNTS' }));
    expect(shares.resourceShares?.map((s) => s.resourceShareArn)).toEqual([shareArn]);
    const owners = await ram.consumer.send(new ListPrincipalsCommand({ resourceOwner: 'OTHER-ACCOUNTS' }));
    expect(owners.principals).toEqual([expect.objectContaining({ id: PROVIDER, resourceShareArn: shareArn })]);
  });

  it('writes the managementPolicy for the accepted principal, excluding the owner', async () => {
    const policy = await managementPolicy(domainArns[0]);
    expect(policy?.Statement).toEqual([
      {
        Sid: 'APIGatewayPrivateDomainNameManagementPolicyDefaultPermission',
        Effect: 'Allow',
        Principal: { AWS: [CONSUMER] },
        Action: 'apigateway:CreateAccessAssociation',
        Resource: domainArns[0],
        Condition: { StringNotEquals: { 'aws:PrincipalAccount': PROVIDER } },
      },
    ]);
    const consumerApigw = client(() => new APIGatewayClient(clientConfig(emulator, CONSUMER)));
    const shared = await consumerApigw.send(new GetDomainNamesCommand({ resourceOwner: 'OTHER_ACCOUNTS' }));
    expect(shared.items?.map((d) => d.domainNameArn)).toEqual([domainArns[0]]);
  });

  it('adds a resource to the share and extends the grant to it', async () => {
    const { resourceShareAssociations } = await ram.provider.send(
      new AssociateResourceShareCommand({ resourceShareArn: shareArn, resourceArns: [domainArns[1]] }),
    );
    expect(resourceShareAssociations).toEqual([
      expect.objectContaining({ associatedEntity: domainArns[1], associationType: 'RESOURCE', status: 'ASSOCIATING' }),
    ]);
    expect((await managementPolicy(domainArns[1]))?.Statement[0]).toMatchObject({
      Principal: { AWS: [CONSUMER] },
      Resource: domainArns[1],
    });
    const mine = await ram.provider.send(new ListResourcesCommand({ resourceOwner: 'SELF', principal: CONSUMER }));
    expect(mine.resources?.map((r) => r.arn)).toEqual([domainArns[0], domainArns[1]]);
  });

  it('removes the grant when the principal or the resource is disassociated', async () => {
    await ram.provider.send(
      new DisassociateResourceShareCommand({ resourceShareArn: shareArn, resourceArns: [domainArns[1]] }),
    );
    expect(await managementPolicy(domainArns[1])).toBeUndefined();
    expect(await managementPolicy(domainArns[0])).toBeDefined();
    const result = await ram.provider.send(
      new DisassociateResourceShareCommand({ resourceShareArn: shareArn, principals: [CONSUMER] }),
    );
    expect(result.resourceShareAssociations?.[0]).toMatchObject({
      associatedEntity: CONSUMER,
      status: 'DISASSOCIATING',
    });
    expect(await managementPolicy(domainArns[0])).toBeUndefined();
    expect((await ram.consumer.send(new ListResourcesCommand({ resourceOwner: 'OTHER-ACCOUNTS' }))).resources).toEqual(
      [],
    );
    await expectError(
      ram.provider.send(new DisassociateResourceShareCommand({ resourceShareArn: shareArn, principals: [CONSUMER] })),
      'UnknownResourceException',
    );
  });

  it('re-invites on re-association and removes everything when the share is deleted', async () => {
    await ram.provider.send(new AssociateResourceShareCommand({ resourceShareArn: shareArn, principals: [CONSUMER] }));
    const invitation = (
      await ram.consumer.send(new GetResourceShareInvitationsCommand({ resourceShareArns: [shareArn] }))
    ).resourceShareInvitations!.find((i) => i.status === 'PENDING')!;
    await ram.consumer.send(
      new AcceptResourceShareInvitationCommand({ resourceShareInvitationArn: invitation.resourceShareInvitationArn }),
    );
    expect(await managementPolicy(domainArns[0])).toBeDefined();

    const deleted = await ram.provider.send(new DeleteResourceShareCommand({ resourceShareArn: shareArn }));
    expect(deleted.returnValue).toBe(true);
    expect(await managementPolicy(domainArns[0])).toBeUndefined();
    const { resourceShares } = await ram.provider.send(
      new GetResourceSharesCommand({ resourceOwner: 'SELF', resourceShareArns: [shareArn] }),
    );
    expect(resourceShares?.[0].status).toBe('DELETED');
    expect(
      (await ram.consumer.send(new GetResourceSharesCommand({ resourceOwner: 'OTHER-ACCOUNTS' }))).resourceShares,
    ).toEqual([]);
    await expectError(
      ram.provider.send(new DeleteResourceShareCommand({ resourceShareArn: shareArn })),
      'OperationNotPermittedException',
    );
  });
});

describe('invitation outcomes', () => {
  it('lets the receiver reject; the principal association fails', async () => {
    const { resourceShare } = await ram.provider.send(
      new CreateResourceShareCommand({ name: 'to-reject', resourceArns: [domainArns[2]], principals: [OUTSIDER] }),
    );
    const invitation = await invitationFor(ram.outsider, resourceShare!.resourceShareArn!);
    const rejected = await ram.outsider.send(
      new RejectResourceShareInvitationCommand({ resourceShareInvitationArn: invitation.resourceShareInvitationArn }),
    );
    expect(rejected.resourceShareInvitation?.status).toBe('REJECTED');
    const { resourceShareAssociations } = await ram.provider.send(
      new GetResourceShareAssociationsCommand({
        associationType: 'PRINCIPAL',
        resourceShareArns: [resourceShare!.resourceShareArn!],
      }),
    );
    expect(resourceShareAssociations?.[0]).toMatchObject({ status: 'FAILED' });
    expect(await managementPolicy(domainArns[2])).toBeUndefined();
  });

  it('expires invitations after 12 hours on the emulator clock', async () => {
    const { resourceShare } = await ram.provider.send(
      new CreateResourceShareCommand({ name: 'slow-consumer', resourceArns: [domainArns[2]], principals: [CONSUMER] }),
    );
    const arn = resourceShare!.resourceShareArn!;
    await advanceClock(emulator, 11 * 3600);
    expect((await invitationFor(ram.consumer, arn)).status).toBe('PENDING');
    await advanceClock(emulator, 3601);
    const invitation = await invitationFor(ram.consumer, arn);
    expect(invitation.status).toBe('EXPIRED');
    await expectError(
      ram.consumer.send(
        new AcceptResourceShareInvitationCommand({ resourceShareInvitationArn: invitation.resourceShareInvitationArn }),
      ),
      'ResourceShareInvitationExpiredException',
    );
    const { resourceShareAssociations } = await ram.provider.send(
      new GetResourceShareAssociationsCommand({ associationType: 'PRINCIPAL', resourceShareArns: [arn] }),
    );
    // AWS RAM user guide: after 12 hours the invitation expires and the principal is disassociated.
    expect(resourceShareAssociations?.[0]).toMatchObject({
      status: 'DISASSOCIATED',
      statusMessage: expect.stringContaining('expired') as unknown,
    });
    const principals = await ram.provider.send(
      new ListPrincipalsCommand({ resourceOwner: 'SELF', resourceShareArns: [arn] }),
    );
    expect(principals.principals).toEqual([]);
  });

  it('auto-accepts accounts of the configured organization (no invitation) and org-wide principals', async () => {
    emulator.state().organization = {
      id: 'o-abc123def4',
      managementAccountId: PROVIDER,
      accounts: [PROVIDER, CONSUMER, OUTSIDER],
    };
    try {
      const { resourceShare } = await ram.provider.send(
        new CreateResourceShareCommand({ name: 'org-share', resourceArns: [domainArns[1]], principals: [CONSUMER] }),
      );
      const arn = resourceShare!.resourceShareArn!;
      expect(
        (await ram.consumer.send(new GetResourceShareInvitationsCommand({ resourceShareArns: [arn] })))
          .resourceShareInvitations,
      ).toEqual([]);
      const listed = await ram.consumer.send(
        new ListResourcesCommand({ resourceOwner: 'OTHER-ACCOUNTS', resourceShareArns: [arn] }),
      );
      expect(listed.resources?.map((r) => r.arn)).toEqual([domainArns[1]]);
      const assoc = await ram.provider.send(
        new GetResourceShareAssociationsCommand({ associationType: 'PRINCIPAL', resourceShareArns: [arn] }),
      );
      expect(assoc.resourceShareAssociations?.[0]).toMatchObject({ status: 'ASSOCIATED', external: false });

      const orgArn = `arn:aws:organizations::${PROVIDER}:organization/o-abc123def4`;
      await ram.provider.send(new AssociateResourceShareCommand({ resourceShareArn: arn, principals: [orgArn] }));
      const statements = (await managementPolicy(domainArns[1]))!.Statement;
      expect(statements[1]).toMatchObject({
        Sid: 'APIGatewayPrivateDomainNameManagementPolicyDefaultPermission-org',
        Principal: '*',
        Condition: {
          StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' },
          StringNotEquals: { 'aws:PrincipalAccount': PROVIDER },
        },
      });
      const outsiderSees = await ram.outsider.send(
        new ListResourcesCommand({ resourceOwner: 'OTHER-ACCOUNTS', resourceShareArns: [arn] }),
      );
      expect(outsiderSees.resources?.map((r) => r.arn)).toEqual([domainArns[1]]);
      await ram.provider.send(new DeleteResourceShareCommand({ resourceShareArn: arn }));
    } finally {
      delete emulator.state().organization;
    }
  });

  it('refuses external principals when the share does not allow them', async () => {
    const { resourceShare } = await ram.provider.send(
      new CreateResourceShareCommand({ name: 'internal-only', allowExternalPrincipals: false }),
    );
    await expectError(
      ram.provider.send(
        new AssociateResourceShareCommand({
          resourceShareArn: resourceShare!.resourceShareArn!,
          principals: [CONSUMER],
        }),
      ),
      'OperationNotPermittedException',
    );
    const updated = await ram.provider.send(
      new UpdateResourceShareCommand({
        resourceShareArn: resourceShare!.resourceShareArn!,
        name: 'renamed',
        allowExternalPrincipals: true,
      }),
    );
    expect(updated.resourceShare).toMatchObject({ name: 'renamed', allowExternalPrincipals: true });
  });
});

describe('validation, paging and reference data', () => {
  it('validates ARNs, principals, owners and page sizes', async () => {
    await expectError(
      ram.provider.send(new CreateResourceShareCommand({ name: 'x', resourceArns: ['not-an-arn'] })),
      'MalformedArnException',
    );
    await expectError(
      ram.provider.send(
        new CreateResourceShareCommand({
          name: 'x',
          resourceArns: ['arn:aws:ec2:us-east-1:111122223333:subnet/subnet-1'],
        }),
      ),
      'InvalidResourceTypeException',
    );
    await expectError(
      ram.consumer.send(new CreateResourceShareCommand({ name: 'theft', resourceArns: [domainArns[0]] })),
      'UnknownResourceException',
    );
    await expectError(
      ram.provider.send(new CreateResourceShareCommand({ name: 'x', principals: ['nobody'] })),
      'MalformedArnException',
    );
    await expectError(
      ram.provider.send(new CreateResourceShareCommand({ name: 'x', principals: [PROVIDER] })),
      'InvalidParameterException',
    );
    await expectError(
      ram.provider.send(
        new UpdateResourceShareCommand({
          resourceShareArn: `arn:aws:ram:us-east-1:${PROVIDER}:resource-share/00000000-0000-0000-0000-000000000000`,
        }),
      ),
      'UnknownResourceException',
    );
    await expectError(
      ram.provider.send(new GetResourceSharesCommand({ resourceOwner: 'SELF', maxResults: 501 })),
      'InvalidMaxResultsException',
    );
    await expectError(
      ram.provider.send(new GetResourceSharesCommand({ resourceOwner: 'SELF', nextToken: '###' })),
      'InvalidNextTokenException',
    );
  });

  it('pages shares with the SDK paginator and keeps Regions apart', async () => {
    const names: string[] = [];
    for await (const page of paginateGetResourceShares(
      { client: ram.provider, pageSize: 2 },
      { resourceOwner: 'SELF' },
    )) {
      names.push(...page.resourceShares!.map((s) => s.name!));
    }
    expect(names).toEqual(['internal-apis', 'to-reject', 'slow-consumer', 'org-share', 'renamed']);
    const eu = client(() => new RAMClient(clientConfig(emulator, PROVIDER, 'eu-west-1')));
    expect((await eu.send(new GetResourceSharesCommand({ resourceOwner: 'SELF' }))).resourceShares).toEqual([]);
    const tagged = await ram.provider.send(
      new GetResourceSharesCommand({
        resourceOwner: 'SELF',
        tagFilters: [{ tagKey: 'team', tagValues: ['platform'] }],
      }),
    );
    expect(tagged.resourceShares?.map((s) => s.name)).toEqual(['internal-apis']);
  });

  it('lists resource types and share permissions', async () => {
    const { resourceTypes } = await ram.provider.send(new ListResourceTypesCommand({}));
    expect(resourceTypes).toEqual([
      { resourceType: 'apigateway:Domainnames', serviceName: 'apigateway', resourceRegionScope: 'REGIONAL' },
    ]);
    const { resourceShares } = await ram.provider.send(
      new GetResourceSharesCommand({ resourceOwner: 'SELF', name: 'to-reject' }),
    );
    const { permissions } = await ram.provider.send(
      new ListResourceSharePermissionsCommand({ resourceShareArn: resourceShares![0].resourceShareArn }),
    );
    expect(permissions).toEqual([
      expect.objectContaining({
        arn: PERMISSION,
        resourceType: 'apigateway:Domainnames',
        permissionType: 'AWS_MANAGED',
      }),
    ]);
  });
});

describe('with API Gateway', () => {
  it('lets the consumer create a DNAA only once the invitation is accepted', async () => {
    const ec2 = client(() => new EC2Client(clientConfig(emulator, CONSUMER)));
    const vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.9.0.0/16' }))).Vpc!.VpcId!;
    const vpceId = (
      await ec2.send(
        new CreateVpcEndpointCommand({
          VpcId: vpcId,
          VpcEndpointType: 'Interface',
          ServiceName: 'com.amazonaws.us-east-1.execute-api',
          PrivateDnsEnabled: false,
        }),
      )
    ).VpcEndpoint!.VpcEndpointId!;
    const consumerApigw = client(() => new APIGatewayClient(clientConfig(emulator, CONSUMER)));
    const createDnaa = () =>
      consumerApigw.send(
        new CreateDomainNameAccessAssociationCommand({
          domainNameArn: domainArns[0],
          accessAssociationSourceType: 'VPCE',
          accessAssociationSource: vpceId,
        }),
      );

    const { resourceShare } = await ram.provider.send(
      new CreateResourceShareCommand({ name: 'e2e', resourceArns: [domainArns[0]], principals: [CONSUMER] }),
    );
    await expectError(createDnaa(), 'AccessDeniedException');
    const invitation = await invitationFor(ram.consumer, resourceShare!.resourceShareArn!);
    await ram.consumer.send(
      new AcceptResourceShareInvitationCommand({ resourceShareInvitationArn: invitation.resourceShareInvitationArn }),
    );
    const dnaa = await createDnaa();
    expect(dnaa.domainNameAccessAssociationArn).toContain(
      `:${CONSUMER}:/domainnameaccessassociations/domainname/api.internal.example.com+`,
    );
  });
});
