import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateBasePathMappingCommand,
  CreateDomainNameCommand,
  CreateRestApiCommand,
  DeleteBasePathMappingCommand,
  DeleteDomainNameCommand,
  GetBasePathMappingCommand,
  GetBasePathMappingsCommand,
  GetDomainNameCommand,
  GetDomainNamesCommand,
  GetTagsCommand,
  UpdateBasePathMappingCommand,
  UpdateDomainNameCommand,
  paginateGetDomainNames,
  type APIGatewayClient,
} from '@aws-sdk/client-api-gateway';
import type { RunningEmulator } from '../../server';
import {
  ALLOW_ALL_POLICY,
  CONSUMER,
  apiGateway,
  issuedCertificate,
  policyOf,
  startTestEmulator,
} from '../../testing/harness';
import { deployedPrivateApi } from '../../testing/privateApi';

let emulator: RunningEmulator;
let client: APIGatewayClient;
let wildcardCert: string;

beforeAll(async () => {
  emulator = await startTestEmulator();
  client = apiGateway(emulator);
  wildcardCert = await issuedCertificate(emulator, '*.internal.example.com');
});
afterAll(() => emulator.close());

const createPrivateDomain = (
  domainName: string,
  extra: Partial<ConstructorParameters<typeof CreateDomainNameCommand>[0]> = {},
) =>
  client.send(
    new CreateDomainNameCommand({
      domainName,
      certificateArn: wildcardCert,
      endpointConfiguration: { types: ['PRIVATE'] },
      securityPolicy: 'TLS_1_2',
      ...extra,
    }),
  );

describe('private custom domain names', () => {
  it('creates a private domain with id, account ARN and a deny-all policy by default', async () => {
    const domain = await createPrivateDomain('api.internal.example.com', { tags: { team: 'core' } });
    expect(domain.domainNameId).toMatch(/^[a-z0-9]{10}$/);
    expect(domain.domainNameArn).toBe(
      `arn:aws:apigateway:us-east-1:111111111111:/domainnames/api.internal.example.com+${domain.domainNameId}`,
    );
    expect(domain).toMatchObject({
      domainNameStatus: 'AVAILABLE',
      routingMode: 'BASE_PATH_MAPPING_ONLY',
      securityPolicy: 'TLS_1_2',
    });
    const policy = policyOf(domain.policy);
    expect(policy.Statement).toEqual([
      {
        Effect: 'Deny',
        Principal: '*',
        Action: 'execute-api:Invoke',
        Resource: `arn:aws:execute-api:us-east-1:111111111111:/domainnames/api.internal.example.com+${domain.domainNameId}`,
      },
    ]);
    expect((await client.send(new GetTagsCommand({ resourceArn: domain.domainNameArn! }))).tags).toEqual({
      team: 'core',
    });
  });

  it('names are not identifiers: the same name twice gets two ids', async () => {
    const a = await createPrivateDomain('twice.internal.example.com');
    const b = await createPrivateDomain('twice.internal.example.com');
    expect(a.domainNameId).not.toBe(b.domainNameId);
    const got = await client.send(
      new GetDomainNameCommand({ domainName: 'twice.internal.example.com', domainNameId: b.domainNameId }),
    );
    expect(got.domainNameArn).toBe(b.domainNameArn);
  });

  it('does not find a private domain without its domainNameId', async () => {
    await createPrivateDomain('hidden.internal.example.com');
    await expect(
      client.send(new GetDomainNameCommand({ domainName: 'hidden.internal.example.com' })),
    ).rejects.toMatchObject({
      name: 'NotFoundException',
      $metadata: { httpStatusCode: 404 },
    });
    await expect(
      client.send(new GetDomainNameCommand({ domainName: 'hidden.internal.example.com', domainNameId: 'wrongid000' })),
    ).rejects.toMatchObject({ name: 'NotFoundException' });
  });

  it('without domainNameId finds the public domain of the same name, never the private one', async () => {
    const regionalCert = await issuedCertificate(emulator, 'both.internal.example.com');
    const publicDomain = await client.send(
      new CreateDomainNameCommand({
        domainName: 'both.internal.example.com',
        regionalCertificateArn: regionalCert,
        endpointConfiguration: { types: ['REGIONAL'] },
      }),
    );
    const privateDomain = await createPrivateDomain('both.internal.example.com');
    expect(publicDomain.domainNameId).toBeUndefined();
    expect(publicDomain.domainNameArn).toBe('arn:aws:apigateway:us-east-1::/domainnames/both.internal.example.com');
    expect(publicDomain.regionalDomainName).toMatch(/^d-[a-z0-9]{10}\.execute-api\.us-east-1\.amazonaws\.com$/);
    const byName = await client.send(new GetDomainNameCommand({ domainName: 'both.internal.example.com' }));
    expect(byName).toMatchObject({
      domainNameArn: publicDomain.domainNameArn,
      endpointConfiguration: { types: ['REGIONAL'] },
    });
    const byId = await client.send(
      new GetDomainNameCommand({ domainName: 'both.internal.example.com', domainNameId: privateDomain.domainNameId }),
    );
    expect(byId.domainNameArn).toBe(privateDomain.domainNameArn);
  });

  it('rejects wildcard names, missing and non-covering certificates, TLS 1.0', async () => {
    await expect(createPrivateDomain('*.internal.example.com')).rejects.toThrow(/Wildcard/);
    await expect(createPrivateDomain('api.internal.example.com', { certificateArn: undefined })).rejects.toMatchObject({
      name: 'BadRequestException',
    });
    await expect(createPrivateDomain('deep.api.internal.example.com')).rejects.toThrow(/does not cover/);
    await expect(createPrivateDomain('api.other.example.org')).rejects.toThrow(/does not cover/);
    const missing = 'arn:aws:acm:us-east-1:111111111111:certificate/00000000-0000-4000-8000-000000000000';
    await expect(createPrivateDomain('api.internal.example.com', { certificateArn: missing })).rejects.toThrow(
      /not found/,
    );
    await expect(createPrivateDomain('api.internal.example.com', { securityPolicy: 'TLS_1_0' })).rejects.toMatchObject({
      name: 'BadRequestException',
    });
  });

  it('a certificate from another Region is refused', async () => {
    const euCert = await issuedCertificate(emulator, '*.internal.example.com', { region: 'eu-west-1' });
    await expect(createPrivateDomain('eu.internal.example.com', { certificateArn: euCert })).rejects.toThrow(
      /same Region/,
    );
  });

  it('updates policy and managementPolicy in one call, expanding the execute-api shorthand', async () => {
    const domain = await createPrivateDomain('patch.internal.example.com');
    const management = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: [CONSUMER] },
          Action: 'apigateway:CreateAccessAssociation',
          Resource: domain.domainNameArn,
        },
      ],
    });
    const updated = await client.send(
      new UpdateDomainNameCommand({
        domainName: domain.domainName!,
        domainNameId: domain.domainNameId,
        patchOperations: [
          { op: 'replace', path: '/policy', value: ALLOW_ALL_POLICY },
          { op: 'replace', path: '/managementPolicy', value: management },
        ],
      }),
    );
    expect(policyOf(updated.policy).Statement[0].Resource).toBe(
      `arn:aws:execute-api:us-east-1:111111111111:/domainnames/patch.internal.example.com+${domain.domainNameId}`,
    );
    expect(updated.managementPolicy).toBe(management);
    await expect(
      client.send(
        new UpdateDomainNameCommand({
          domainName: domain.domainName!,
          domainNameId: domain.domainNameId,
          patchOperations: [{ op: 'replace', path: '/policy', value: '{not json' }],
        }),
      ),
    ).rejects.toMatchObject({ name: 'BadRequestException' });
  });

  it('swaps the certificate only for one that covers the name', async () => {
    const domain = await createPrivateDomain('swap.internal.example.com');
    const exact = await issuedCertificate(emulator, 'swap.internal.example.com');
    const other = await issuedCertificate(emulator, 'other.example.net');
    const patch = (arn: string) =>
      client.send(
        new UpdateDomainNameCommand({
          domainName: domain.domainName!,
          domainNameId: domain.domainNameId,
          patchOperations: [{ op: 'replace', path: '/certificateArn', value: arn }],
        }),
      );
    expect((await patch(exact)).certificateArn).toBe(exact);
    await expect(patch(other)).rejects.toThrow(/does not cover/);
  });

  it('lists own domains with the real page limits', async () => {
    const lister = apiGateway(emulator, { account: '555555555555' });
    const cert = await issuedCertificate(emulator, '*.list.example.com', { account: '555555555555' });
    for (let i = 0; i < 27; i++) {
      await lister.send(
        new CreateDomainNameCommand({
          domainName: `d${i}.list.example.com`,
          certificateArn: cert,
          endpointConfiguration: { types: ['PRIVATE'] },
        }),
      );
    }
    const first = await lister.send(new GetDomainNamesCommand({}));
    expect(first.items).toHaveLength(25);
    const names: string[] = [];
    for await (const page of paginateGetDomainNames({ client: lister, pageSize: 10 }, {}))
      names.push(...page.items!.map((d) => d.domainName!));
    expect(names).toHaveLength(27);
    expect(new Set(names).size).toBe(27);
  });

  it('deletes with domainNameId only', async () => {
    const domain = await createPrivateDomain('gone.internal.example.com');
    await expect(client.send(new DeleteDomainNameCommand({ domainName: domain.domainName! }))).rejects.toMatchObject({
      name: 'NotFoundException',
    });
    await client.send(
      new DeleteDomainNameCommand({ domainName: domain.domainName!, domainNameId: domain.domainNameId }),
    );
    await expect(
      client.send(new GetDomainNameCommand({ domainName: domain.domainName!, domainNameId: domain.domainNameId })),
    ).rejects.toMatchObject({ name: 'NotFoundException' });
  });
});

describe('base path mappings on private domains', () => {
  it('maps private APIs of the same account and enforces the mapping rules', async () => {
    const domain = await createPrivateDomain('mapped.internal.example.com');
    const ref = { domainName: domain.domainName!, domainNameId: domain.domainNameId };
    const orders = await deployedPrivateApi(client, 'orders');
    const publicApi = await client.send(
      new CreateRestApiCommand({ name: 'public', endpointConfiguration: { types: ['REGIONAL'] } }),
    );
    const foreign = await deployedPrivateApi(apiGateway(emulator, { account: CONSUMER }), 'foreign');

    const created = await client.send(
      new CreateBasePathMappingCommand({ ...ref, restApiId: orders, stage: 'prod', basePath: 'orders' }),
    );
    expect(created).toMatchObject({ basePath: 'orders', restApiId: orders, stage: 'prod' });
    const none = await client.send(new CreateBasePathMappingCommand({ ...ref, restApiId: orders, stage: 'prod' }));
    expect(none.basePath).toBe('(none)');
    expect((await client.send(new GetBasePathMappingCommand({ ...ref, basePath: '(none)' }))).restApiId).toBe(orders);

    const reject = (
      input: { restApiId: string; stage?: string; basePath?: string },
      pattern: RegExp,
      name = 'BadRequestException',
    ) =>
      expect(client.send(new CreateBasePathMappingCommand({ ...ref, ...input }))).rejects.toMatchObject({
        name,
        message: expect.stringMatching(pattern) as unknown,
      });
    await reject({ restApiId: orders, stage: 'prod', basePath: 'v1/orders' }, /Multi-level/);
    await reject({ restApiId: publicApi.id!, basePath: 'public' }, /Only private REST APIs/);
    await reject({ restApiId: foreign, stage: 'prod', basePath: 'foreign' }, /Invalid REST API identifier/);
    await reject({ restApiId: orders, stage: 'nope', basePath: 'x' }, /Invalid stage/);
    await reject({ restApiId: orders, stage: 'prod', basePath: 'orders' }, /already exists/, 'ConflictException');
    await reject({ restApiId: orders, basePath: 'bad path' }, /Invalid base path/);

    await expect(
      client.send(
        new CreateBasePathMappingCommand({ domainName: ref.domainName, restApiId: orders, basePath: 'nodomainid' }),
      ),
    ).rejects.toMatchObject({ name: 'NotFoundException' });

    const moved = await client.send(
      new UpdateBasePathMappingCommand({
        ...ref,
        basePath: 'orders',
        patchOperations: [{ op: 'replace', path: '/basePath', value: 'orders-v2' }],
      }),
    );
    expect(moved.basePath).toBe('orders-v2');
    const listed = await client.send(new GetBasePathMappingsCommand(ref));
    expect(listed.items?.map((m) => m.basePath)).toEqual(['orders-v2', '(none)']);
    await client.send(new DeleteBasePathMappingCommand({ ...ref, basePath: 'orders-v2' }));
    await expect(client.send(new GetBasePathMappingCommand({ ...ref, basePath: 'orders-v2' }))).rejects.toMatchObject({
      name: 'NotFoundException',
    });
  });
});
