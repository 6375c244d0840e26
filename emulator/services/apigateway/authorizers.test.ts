import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateAuthorizerCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  DeleteAuthorizerCommand,
  GetAuthorizerCommand,
  GetAuthorizersCommand,
  GetMethodCommand,
  GetResourcesCommand,
  PutMethodCommand,
  type APIGatewayClient,
} from '@aws-sdk/client-api-gateway';
import type { RunningEmulator } from '../../server';
import { apiGateway, present, startTestEmulator } from '../../testing/harness';

const LAMBDA_URI =
  'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:111111111111:function:auth/invocations';
const USER_POOL = 'arn:aws:cognito-idp:us-east-1:111111111111:userpool/us-east-1_AbCdEf123';

let emulator: RunningEmulator;
let client: APIGatewayClient;
let restApiId: string;
let resourceId: string;

beforeAll(async () => {
  emulator = await startTestEmulator();
  client = apiGateway(emulator);
  restApiId = present((await client.send(new CreateRestApiCommand({ name: 'authorized' }))).id, 'id');
  const { items } = await client.send(new GetResourcesCommand({ restApiId }));
  const root = present(items?.at(0)?.id, 'root id');
  resourceId = present(
    (await client.send(new CreateResourceCommand({ restApiId, parentId: root, pathPart: 'orders' }))).id,
    'id',
  );
});
afterAll(() => emulator.close());

describe('authorizers', () => {
  it('creates, lists, reads and deletes Cognito, TOKEN and REQUEST authorizers with their identity sources', async () => {
    const cognito = await client.send(
      new CreateAuthorizerCommand({
        restApiId,
        name: 'users',
        type: 'COGNITO_USER_POOLS',
        providerARNs: [USER_POOL],
        identitySource: 'method.request.header.Authorization',
      }),
    );
    const token = await client.send(
      new CreateAuthorizerCommand({
        restApiId,
        name: 'token',
        type: 'TOKEN',
        authorizerUri: LAMBDA_URI,
        identitySource: 'method.request.header.X-Token',
        identityValidationExpression: '^Bearer .+$',
      }),
    );
    const request = await client.send(
      new CreateAuthorizerCommand({
        restApiId,
        name: 'request',
        type: 'REQUEST',
        authorizerUri: LAMBDA_URI,
        identitySource: 'method.request.header.X-Tenant, method.request.querystring.key',
        authorizerResultTtlInSeconds: 0,
      }),
    );
    expect(token).toMatchObject({ type: 'TOKEN', authorizerResultTtlInSeconds: 300 });
    const listed = await client.send(new GetAuthorizersCommand({ restApiId }));
    expect(listed.items?.map((a) => [a.name, a.type, a.identitySource])).toEqual([
      ['users', 'COGNITO_USER_POOLS', 'method.request.header.Authorization'],
      ['token', 'TOKEN', 'method.request.header.X-Token'],
      ['request', 'REQUEST', 'method.request.header.X-Tenant, method.request.querystring.key'],
    ]);
    const got = await client.send(new GetAuthorizerCommand({ restApiId, authorizerId: present(cognito.id, 'id') }));
    expect(got.providerARNs).toEqual([USER_POOL]);

    await client.send(
      new PutMethodCommand({
        restApiId,
        resourceId,
        httpMethod: 'GET',
        authorizationType: 'CUSTOM',
        authorizerId: token.id,
      }),
    );
    const method = await client.send(new GetMethodCommand({ restApiId, resourceId, httpMethod: 'GET' }));
    expect(method).toMatchObject({ authorizationType: 'CUSTOM', authorizerId: token.id });
    await expect(client.send(new DeleteAuthorizerCommand({ restApiId, authorizerId: token.id }))).rejects.toMatchObject(
      { name: 'ConflictException' },
    );
    await client.send(new DeleteAuthorizerCommand({ restApiId, authorizerId: request.id }));
    await expect(client.send(new GetAuthorizerCommand({ restApiId, authorizerId: request.id }))).rejects.toMatchObject({
      name: 'NotFoundException',
    });
  });

  it('refuses what API Gateway refuses', async () => {
    const refused = [
      { name: 'no-pools', type: 'COGNITO_USER_POOLS' as const, identitySource: 'method.request.header.Authorization' },
      { name: 'no-uri', type: 'TOKEN' as const, identitySource: 'method.request.header.Authorization' },
      { name: 'no-source', type: 'TOKEN' as const, authorizerUri: LAMBDA_URI },
      {
        name: 'users',
        type: 'COGNITO_USER_POOLS' as const,
        providerARNs: [USER_POOL],
        identitySource: 'method.request.header.A',
      },
    ];
    for (const input of refused) {
      await expect(client.send(new CreateAuthorizerCommand({ restApiId, ...input }))).rejects.toMatchObject({
        $metadata: { httpStatusCode: input.name === 'users' ? 409 : 400 },
      });
    }
    const { items } = await client.send(new GetAuthorizersCommand({ restApiId }));
    const cognito = items?.find((a) => a.type === 'COGNITO_USER_POOLS');
    for (const [authorizationType, authorizerId] of [
      ['CUSTOM', undefined],
      ['CUSTOM', cognito?.id],
      ['COGNITO_USER_POOLS', 'nosuchauth'],
      ['NONE', cognito?.id],
    ] as const) {
      await expect(
        client.send(
          new PutMethodCommand({ restApiId, resourceId, httpMethod: 'POST', authorizationType, authorizerId }),
        ),
      ).rejects.toMatchObject({ $metadata: { httpStatusCode: authorizerId === 'nosuchauth' ? 404 : 400 } });
    }
  });
});
