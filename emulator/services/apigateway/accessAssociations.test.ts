import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateBasePathMappingCommand,
  CreateDomainNameAccessAssociationCommand,
  CreateDomainNameCommand,
  DeleteDomainNameAccessAssociationCommand,
  DeleteDomainNameCommand,
  GetDomainNameAccessAssociationsCommand,
  GetDomainNameCommand,
  GetDomainNamesCommand,
  RejectDomainNameAccessAssociationCommand,
  UpdateDomainNameCommand,
  type APIGatewayClient,
  type DomainName,
} from '@aws-sdk/client-api-gateway';
import type { RunningEmulator } from '../../server';
import {
  CONSUMER,
  OUTSIDER,
  PROVIDER,
  apiGateway,
  executeApiEndpoint,
  issuedCertificate,
  startTestEmulator,
} from '../../testing/harness';
import { deployedPrivateApi } from '../../testing/privateApi';

let emulator: RunningEmulator;
let provider: APIGatewayClient;
let consumer: APIGatewayClient;
let outsider: APIGatewayClient;
let cert: string;
let providerVpce: string;
let consumerVpce: string;

beforeAll(async () => {
  emulator = await startTestEmulator();
  provider = apiGateway(emulator, { account: PROVIDER });
  consumer = apiGateway(emulator, { account: CONSUMER });
  outsider = apiGateway(emulator, { account: OUTSIDER });
  cert = await issuedCertificate(emulator, '*.internal.example.com');
  providerVpce = await executeApiEndpoint(emulator, { account: PROVIDER });
  consumerVpce = await executeApiEndpoint(emulator, { account: CONSUMER });
});
afterAll(() => emulator.close());

async function sharedDomain(name: string, grantee: string | null): Promise<DomainName> {
  const domain = await provider.send(
    new CreateDomainNameCommand({
      domainName: name,
      certificateArn: cert,
      endpointConfiguration: { types: ['PRIVATE'] },
    }),
  );
  const api = await deployedPrivateApi(provider, `${name}-api`);
  await provider.send(
    new CreateBasePathMappingCommand({
      domainName: name,
      domainNameId: domain.domainNameId,
      restApiId: api,
      stage: 'prod',
    }),
  );
  if (grantee) {
    const managementPolicy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: [`arn:aws:iam::${grantee}:root`] },
          Action: 'apigateway:CreateAccessAssociation',
          Resource: domain.domainNameArn,
        },
      ],
    });
    await provider.send(
      new UpdateDomainNameCommand({
        domainName: name,
        domainNameId: domain.domainNameId,
        patchOperations: [{ op: 'replace', path: '/managementPolicy', value: managementPolicy }],
      }),
    );
  }
  return domain;
}

const associate = (client: APIGatewayClient, domainNameArn: string, vpce: string) =>
  client.send(
    new CreateDomainNameAccessAssociationCommand({
      domainNameArn,
      accessAssociationSourceType: 'VPCE',
      accessAssociationSource: vpce,
    }),
  );

describe('domain name access associations', () => {
  it('lets the owner associate its own VPC endpoint without a management policy', async () => {
    const domain = await sharedDomain('own.internal.example.com', null);
    const dnaa = await associate(provider, domain.domainNameArn!, providerVpce);
    expect(dnaa.domainNameAccessAssociationArn).toBe(
      `arn:aws:apigateway:us-east-1:${PROVIDER}:/domainnameaccessassociations/domainname/own.internal.example.com+${domain.domainNameId}/vpcesource/${providerVpce}`,
    );
    await expect(associate(provider, domain.domainNameArn!, providerVpce)).rejects.toMatchObject({
      name: 'ConflictException',
      $metadata: { httpStatusCode: 409 },
    });
    await expect(
      provider.send(
        new RejectDomainNameAccessAssociationCommand({
          domainNameAccessAssociationArn: dnaa.domainNameAccessAssociationArn,
          domainNameArn: domain.domainNameArn,
        }),
      ),
    ).rejects.toThrow(/own account; delete it instead/);
    await expect(
      provider.send(new DeleteDomainNameCommand({ domainName: domain.domainName!, domainNameId: domain.domainNameId })),
    ).rejects.toMatchObject({ name: 'ConflictException' });
    await provider.send(
      new DeleteDomainNameAccessAssociationCommand({
        domainNameAccessAssociationArn: dnaa.domainNameAccessAssociationArn,
      }),
    );
    await provider.send(
      new DeleteDomainNameCommand({ domainName: domain.domainName!, domainNameId: domain.domainNameId }),
    );
  });

  it('needs a management policy grant for other accounts', async () => {
    const domain = await sharedDomain('private.internal.example.com', null);
    await expect(associate(consumer, domain.domainNameArn!, consumerVpce)).rejects.toMatchObject({
      name: 'AccessDeniedException',
      $metadata: { httpStatusCode: 403 },
    });
    const listed = await consumer.send(new GetDomainNamesCommand({ resourceOwner: 'OTHER_ACCOUNTS' }));
    expect(listed.items?.map((d) => d.domainNameArn)).not.toContain(domain.domainNameArn);
  });

  it('shows a granted consumer only name, id and ARN, and never the domain itself', async () => {
    const domain = await sharedDomain('shared.internal.example.com', CONSUMER);
    const listed = await consumer.send(new GetDomainNamesCommand({ resourceOwner: 'OTHER_ACCOUNTS' }));
    expect(listed.items).toEqual([
      {
        domainName: 'shared.internal.example.com',
        domainNameId: domain.domainNameId,
        domainNameArn: domain.domainNameArn,
      },
    ]);
    expect((await outsider.send(new GetDomainNamesCommand({ resourceOwner: 'OTHER_ACCOUNTS' }))).items).toEqual([]);
    await expect(
      consumer.send(new GetDomainNameCommand({ domainName: domain.domainName!, domainNameId: domain.domainNameId })),
    ).rejects.toMatchObject({ name: 'NotFoundException' });
  });

  it('runs the consumer / provider lifecycle: create, list both ways, reject, delete', async () => {
    const domain = await sharedDomain('lifecycle.internal.example.com', CONSUMER);
    const dnaa = await associate(consumer, domain.domainNameArn!, consumerVpce);
    const ref = {
      domainNameAccessAssociationArn: dnaa.domainNameAccessAssociationArn,
      domainNameArn: domain.domainNameArn,
    };

    const mine = await consumer.send(new GetDomainNameAccessAssociationsCommand({ resourceOwner: 'SELF' }));
    expect(mine.items?.map((a) => a.domainNameAccessAssociationArn)).toContain(dnaa.domainNameAccessAssociationArn);
    const theirs = await provider.send(new GetDomainNameAccessAssociationsCommand({ resourceOwner: 'OTHER_ACCOUNTS' }));
    expect(theirs.items).toContainEqual(
      expect.objectContaining({ accessAssociationSource: consumerVpce, domainNameArn: domain.domainNameArn }),
    );

    await expect(
      provider.send(
        new DeleteDomainNameAccessAssociationCommand({
          domainNameAccessAssociationArn: dnaa.domainNameAccessAssociationArn,
        }),
      ),
    ).rejects.toThrow(/use RejectDomainNameAccessAssociation/);
    await expect(consumer.send(new RejectDomainNameAccessAssociationCommand(ref))).rejects.toMatchObject({
      name: 'NotFoundException',
    });

    await provider.send(new RejectDomainNameAccessAssociationCommand(ref));
    const afterReject = await provider.send(
      new GetDomainNameAccessAssociationsCommand({ resourceOwner: 'OTHER_ACCOUNTS' }),
    );
    expect(afterReject.items?.map((a) => a.domainNameAccessAssociationArn)).not.toContain(
      dnaa.domainNameAccessAssociationArn,
    );
    const stillMine = await consumer.send(new GetDomainNameAccessAssociationsCommand({}));
    expect(stillMine.items?.map((a) => a.domainNameAccessAssociationArn)).toContain(
      dnaa.domainNameAccessAssociationArn,
    );
    await expect(associate(consumer, domain.domainNameArn!, consumerVpce)).rejects.toMatchObject({
      name: 'ConflictException',
    });

    await consumer.send(
      new DeleteDomainNameAccessAssociationCommand({
        domainNameAccessAssociationArn: dnaa.domainNameAccessAssociationArn,
      }),
    );
    expect(
      (await consumer.send(new GetDomainNameAccessAssociationsCommand({}))).items?.map(
        (a) => a.domainNameAccessAssociationArn,
      ),
    ).not.toContain(dnaa.domainNameAccessAssociationArn);
  });

  it('requires a VPC endpoint the caller owns, in the domain Region', async () => {
    const domain = await sharedDomain('vpce.internal.example.com', CONSUMER);
    await expect(associate(consumer, domain.domainNameArn!, providerVpce)).rejects.toThrow(
      /does not exist in account 222222222222/,
    );
    await expect(associate(consumer, domain.domainNameArn!, 'vpce-00000000000000000')).rejects.toMatchObject({
      name: 'BadRequestException',
    });
    const euVpce = await executeApiEndpoint(emulator, { account: CONSUMER, region: 'eu-west-1' });
    const euConsumer = apiGateway(emulator, { account: CONSUMER, region: 'eu-west-1' });
    await expect(associate(euConsumer, domain.domainNameArn!, euVpce)).rejects.toThrow(/same Region/);
    await expect(associate(consumer, `${domain.domainNameArn}x`, consumerVpce)).rejects.toMatchObject({
      name: 'NotFoundException',
    });
  });

  it('refuses one VPC endpoint for two private domains with the same name', async () => {
    const first = await sharedDomain('same.internal.example.com', CONSUMER);
    const second = await sharedDomain('same.internal.example.com', CONSUMER);
    const vpce = await executeApiEndpoint(emulator, { account: CONSUMER });
    await associate(consumer, first.domainNameArn!, vpce);
    await expect(associate(consumer, second.domainNameArn!, vpce)).rejects.toMatchObject({
      name: 'ConflictException',
      message: expect.stringMatching(/another private domain named same\.internal\.example\.com/) as unknown,
    });
  });

  it('honours organization-wide grants like the one RAM writes', async () => {
    emulator.state().organization = {
      id: 'o-abc123def4',
      managementAccountId: PROVIDER,
      accounts: [PROVIDER, CONSUMER],
    };
    const domain = await sharedDomain('org.internal.example.com', null);
    const orgPolicy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: '*',
          Action: 'apigateway:CreateAccessAssociation',
          Resource: domain.domainNameArn,
          Condition: {
            StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' },
            StringNotEquals: { 'aws:PrincipalAccount': PROVIDER },
          },
        },
      ],
    });
    await provider.send(
      new UpdateDomainNameCommand({
        domainName: domain.domainName!,
        domainNameId: domain.domainNameId,
        patchOperations: [{ op: 'replace', path: '/managementPolicy', value: orgPolicy }],
      }),
    );
    const vpce = await executeApiEndpoint(emulator, { account: CONSUMER });
    await expect(associate(consumer, domain.domainNameArn!, vpce)).resolves.toMatchObject({
      accessAssociationSource: vpce,
    });
    const outsiderVpce = await executeApiEndpoint(emulator, { account: OUTSIDER });
    await expect(associate(outsider, domain.domainNameArn!, outsiderVpce)).rejects.toMatchObject({
      name: 'AccessDeniedException',
    });
    delete emulator.state().organization;
  });
});
