import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  CreateStageCommand,
  DeleteRestApiCommand,
  GetDeploymentCommand,
  GetDeploymentsCommand,
  GetResourceCommand,
  GetMethodCommand,
  GetResourcesCommand,
  GetRestApiCommand,
  GetRestApisCommand,
  GetStageCommand,
  GetStagesCommand,
  GetTagsCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateRestApiCommand,
  paginateGetRestApis,
  type APIGatewayClient,
} from '@aws-sdk/client-api-gateway';
import type { RunningEmulator } from '../../server';
import { ALLOW_ALL_POLICY, CONSUMER, apiGateway, policyOf, startTestEmulator } from '../../testing/harness';
import { deployedPrivateApi } from '../../testing/privateApi';

let emulator: RunningEmulator;
let client: APIGatewayClient;

beforeAll(async () => {
  emulator = await startTestEmulator();
  client = apiGateway(emulator);
});
afterAll(() => emulator.close());

const privateApi = (name: string, policy?: string) =>
  client.send(new CreateRestApiCommand({ name, endpointConfiguration: { types: ['PRIVATE'] }, policy }));

describe('REST APIs', () => {
  it('creates a private API with a root resource, epoch-second dates and dualstack', async () => {
    const before = Math.floor(Date.now() / 1000);
    const api = await privateApi('orders');
    expect(api.id).toMatch(/^[a-z0-9]{10}$/);
    expect(api.endpointConfiguration).toEqual({ types: ['PRIVATE'], ipAddressType: 'dualstack', vpcEndpointIds: [] });
    expect(api.createdDate).toBeInstanceOf(Date);
    expect(Math.abs(api.createdDate!.getTime() / 1000 - before)).toBeLessThan(5);
    const { items } = await client.send(new GetResourcesCommand({ restApiId: api.id! }));
    expect(items).toEqual([{ id: api.rootResourceId, path: '/' }]);
  });

  it('stores the policy expanded and backslash-escaped, as AWS returns it', async () => {
    const api = await privateApi('escaped', ALLOW_ALL_POLICY);
    const { policy } = await client.send(new GetRestApiCommand({ restApiId: api.id! }));
    expect(policy).toContain('\\"Effect\\":\\"Allow\\"');
    const decoded = policyOf(JSON.parse(`"${policy}"`) as string);
    expect(decoded.Statement[0].Resource).toBe(`arn:aws:execute-api:us-east-1:111111111111:${api.id}/*`);
  });

  it('patches policy, name and VPC endpoint associations', async () => {
    const api = await privateApi('patched');
    const updated = await client.send(
      new UpdateRestApiCommand({
        restApiId: api.id!,
        patchOperations: [
          { op: 'replace', path: '/name', value: 'renamed' },
          { op: 'replace', path: '/policy', value: ALLOW_ALL_POLICY },
          { op: 'add', path: '/endpointConfiguration/vpcEndpointIds', value: 'vpce-0123456789abcdef0' },
          { op: 'add', path: '/endpointConfiguration/vpcEndpointIds', value: 'vpce-0fedcba9876543210' },
          { op: 'remove', path: '/endpointConfiguration/vpcEndpointIds', value: 'vpce-0123456789abcdef0' },
        ],
      }),
    );
    expect(updated.name).toBe('renamed');
    expect(updated.policy).toContain('execute-api:us-east-1:111111111111');
    expect(updated.endpointConfiguration?.vpcEndpointIds).toEqual(['vpce-0fedcba9876543210']);
  });

  it('rejects unknown patch paths without applying earlier operations', async () => {
    const api = await privateApi('atomic');
    const error = await client
      .send(
        new UpdateRestApiCommand({
          restApiId: api.id!,
          patchOperations: [
            { op: 'replace', path: '/name', value: 'changed' },
            { op: 'replace', path: '/nonsense', value: 'x' },
          ],
        }),
      )
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'BadRequestException', $metadata: { httpStatusCode: 400 } });
    expect((await client.send(new GetRestApiCommand({ restApiId: api.id! }))).name).toBe('atomic');
  });

  it('answers unknown ids with NotFoundException and keeps accounts apart', async () => {
    const api = await privateApi('mine');
    const other = apiGateway(emulator, { account: CONSUMER });
    await expect(other.send(new GetRestApiCommand({ restApiId: api.id! }))).rejects.toMatchObject({
      name: 'NotFoundException',
      $metadata: { httpStatusCode: 404 },
    });
    await expect(client.send(new GetRestApiCommand({ restApiId: 'nosuchapi0' }))).rejects.toThrow(
      /Invalid API identifier/,
    );
  });

  it('requires a name', async () => {
    await expect(client.send(new CreateRestApiCommand({ name: undefined }))).rejects.toMatchObject({
      name: 'BadRequestException',
    });
  });

  it('builds resources, methods and integrations and deploys them to stages', async () => {
    const api = await privateApi('deployable', ALLOW_ALL_POLICY);
    const pets = await client.send(
      new CreateResourceCommand({ restApiId: api.id!, parentId: api.rootResourceId!, pathPart: 'pets' }),
    );
    expect(pets.path).toBe('/pets');
    await expect(
      client.send(new CreateResourceCommand({ restApiId: api.id!, parentId: api.rootResourceId!, pathPart: 'pets' })),
    ).rejects.toMatchObject({ name: 'ConflictException', $metadata: { httpStatusCode: 409 } });

    await expect(client.send(new CreateDeploymentCommand({ restApiId: api.id!, stageName: 'prod' }))).rejects.toThrow(
      "The REST API doesn't contain any methods",
    );
    await client.send(
      new PutMethodCommand({ restApiId: api.id!, resourceId: pets.id!, httpMethod: 'GET', authorizationType: 'NONE' }),
    );
    await expect(client.send(new CreateDeploymentCommand({ restApiId: api.id!, stageName: 'prod' }))).rejects.toThrow(
      'No integration defined for method',
    );
    await client.send(
      new PutIntegrationCommand({
        restApiId: api.id!,
        resourceId: pets.id!,
        httpMethod: 'GET',
        type: 'HTTP',
        integrationHttpMethod: 'GET',
        uri: 'https://example.com/pets',
      }),
    );
    const method = await client.send(
      new GetMethodCommand({ restApiId: api.id!, resourceId: pets.id!, httpMethod: 'GET' }),
    );
    expect(method.methodIntegration).toMatchObject({
      type: 'HTTP',
      httpMethod: 'GET',
      uri: 'https://example.com/pets',
    });

    const deployment = await client.send(
      new CreateDeploymentCommand({ restApiId: api.id!, stageName: 'prod', description: 'first' }),
    );
    expect(deployment.createdDate).toBeInstanceOf(Date);
    const stage = await client.send(new GetStageCommand({ restApiId: api.id!, stageName: 'prod' }));
    expect(stage).toMatchObject({ deploymentId: deployment.id, stageName: 'prod' });
    expect(stage.lastUpdatedDate).toBeInstanceOf(Date);

    await client.send(
      new CreateStageCommand({ restApiId: api.id!, stageName: 'staging', deploymentId: deployment.id! }),
    );
    await expect(
      client.send(new CreateStageCommand({ restApiId: api.id!, stageName: 'staging', deploymentId: deployment.id! })),
    ).rejects.toMatchObject({ name: 'ConflictException' });
    const stages = await client.send(new GetStagesCommand({ restApiId: api.id! }));
    expect(stages.item?.map((s) => s.stageName)).toEqual(['prod', 'staging']);
    await expect(client.send(new GetStageCommand({ restApiId: api.id!, stageName: 'nope' }))).rejects.toMatchObject({
      name: 'NotFoundException',
    });
    const { items } = await client.send(new GetDeploymentsCommand({ restApiId: api.id! }));
    expect(items?.map((d) => d.description)).toEqual(['first']);
    expect(
      (await client.send(new GetDeploymentCommand({ restApiId: api.id!, deploymentId: deployment.id! }))).description,
    ).toBe('first');
    const resource = await client.send(
      new GetResourceCommand({ restApiId: api.id!, resourceId: pets.id!, embed: ['methods'] }),
    );
    expect(resource.resourceMethods?.GET.authorizationType).toBe('NONE');
    const embedded = await client.send(new GetResourcesCommand({ restApiId: api.id!, embed: ['methods'] }));
    expect(embedded.items?.find((r) => r.path === '/pets')?.resourceMethods?.GET.methodIntegration?.type).toBe('HTTP');
  });

  it('refuses to deploy a private API without a resource policy', async () => {
    const api = await privateApi('no-policy');
    await expect(
      client.send(new CreateDeploymentCommand({ restApiId: api.id!, stageName: 'prod' })),
    ).rejects.toMatchObject({
      name: 'BadRequestException',
      message: "Private REST API doesn't have a resource policy attached to it",
    });
  });

  it('redeploying moves the stage and updates lastUpdatedDate', async () => {
    const id = await deployedPrivateApi(client, 'redeploy');
    const first = await client.send(new GetStageCommand({ restApiId: id, stageName: 'prod' }));
    await fetch(`${emulator.url}/_emulator/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds: 120 }) });
    const second = await client.send(new CreateDeploymentCommand({ restApiId: id, stageName: 'prod' }));
    const stage = await client.send(new GetStageCommand({ restApiId: id, stageName: 'prod' }));
    expect(stage.deploymentId).toBe(second.id);
    expect(stage.lastUpdatedDate!.getTime() - first.lastUpdatedDate!.getTime()).toBeGreaterThanOrEqual(119_000);
    expect(stage.createdDate).toEqual(first.createdDate);
  });

  it('tags and untags by ARN', async () => {
    const api = await privateApi('tagged');
    const arn = `arn:aws:apigateway:us-east-1::/restapis/${api.id}`;
    await client.send(new TagResourceCommand({ resourceArn: arn, tags: { team: 'payments', env: 'prod' } }));
    await client.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: ['env'] }));
    expect((await client.send(new GetTagsCommand({ resourceArn: arn }))).tags).toEqual({ team: 'payments' });
    await expect(
      client.send(new GetTagsCommand({ resourceArn: 'arn:aws:apigateway:us-east-1::/restapis/missing000' })),
    ).rejects.toMatchObject({ name: 'NotFoundException' });
  });

  it('deletes with 202 and then no longer finds the API', async () => {
    const api = await privateApi('doomed');
    await client.send(new DeleteRestApiCommand({ restApiId: api.id! }));
    await expect(client.send(new GetRestApiCommand({ restApiId: api.id! }))).rejects.toMatchObject({
      name: 'NotFoundException',
    });
  });
});

describe('REST API paging', () => {
  it('pages with limit/position (default 25, max 500) and the SDK paginator sees every API once', async () => {
    const pager = apiGateway(emulator, { account: '444444444444' });
    for (let i = 0; i < 30; i++) await pager.send(new CreateRestApiCommand({ name: `api-${i}` }));
    const first = await pager.send(new GetRestApisCommand({}));
    expect(first.items).toHaveLength(25);
    expect(first.position).toBeTruthy();
    const second = await pager.send(new GetRestApisCommand({ position: first.position }));
    expect(second.items).toHaveLength(5);
    expect(second.position).toBeUndefined();

    const seen: string[] = [];
    for await (const page of paginateGetRestApis({ client: pager, pageSize: 7 }, {}))
      seen.push(...page.items!.map((a) => a.name!));
    expect(seen).toEqual(Array.from({ length: 30 }, (_, i) => `api-${i}`));

    await expect(pager.send(new GetRestApisCommand({ limit: 501 }))).rejects.toMatchObject({
      name: 'BadRequestException',
    });
    await expect(pager.send(new GetRestApisCommand({ position: 'garbage!' }))).rejects.toMatchObject({
      name: 'BadRequestException',
    });
  });
});
