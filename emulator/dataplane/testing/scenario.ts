import {
  CreateAuthorizerCommand,
  CreateBasePathMappingCommand,
  CreateDeploymentCommand,
  CreateDomainNameAccessAssociationCommand,
  CreateDomainNameCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  GetResourcesCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  type APIGatewayClient,
  type PutMethodCommandInput,
} from '@aws-sdk/client-api-gateway';
import type { RunningEmulator } from '../../server';
import { apiGateway, executeApiEndpoint, issuedCertificate, present } from '../../testing/harness';

export const DOMAIN = 'api.rules.example.com';
export const BASE_PATH = 'v1';

/** Allow everyone, then deny any other endpoint: the console's generated shape (docs/aws/policies.md). */
export function onlyFromEndpoint(vpceId: string, resource = 'execute-api:/*'): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: resource },
      {
        Effect: 'Deny',
        Principal: '*',
        Action: 'execute-api:Invoke',
        Resource: resource,
        Condition: { StringNotEquals: { 'aws:SourceVpce': vpceId } },
      },
    ],
  });
}

export interface Scenario {
  client: APIGatewayClient;
  vpceId: string;
  apiId: string;
  domainNameId: string;
  domainNameArn: string;
  /** Resource id by path. */
  resources: Record<string, string>;
  deploy(): Promise<void>;
}

/**
 * One account with everything a call needs, all allowed: an execute-api endpoint; a private API allowing only that
 * endpoint, deployed to `prod`, with `GET /` (MOCK), `ANY /echo` (HTTP_PROXY, echoed), `OPTIONS /echo` (MOCK),
 * `GET /iam` (AWS_IAM), `GET /keyed` (API key), `GET /authz` (TOKEN authorizer on `Authorization`, tokens
 * `Bearer [a-z]+`); a private domain
 * `api.rules.example.com` allowing the endpoint, `v1` mapped to `prod`, and the endpoint's access association.
 */
export async function buildScenario(emulator: RunningEmulator): Promise<Scenario> {
  const client = apiGateway(emulator);
  const vpceId = await executeApiEndpoint(emulator);
  const api = await client.send(
    new CreateRestApiCommand({
      name: 'rules',
      endpointConfiguration: { types: ['PRIVATE'] },
      policy: onlyFromEndpoint(vpceId),
    }),
  );
  const apiId = present(api.id, 'RestApi.id');
  const { items } = await client.send(new GetResourcesCommand({ restApiId: apiId }));
  const rootId = present(items?.at(0)?.id, 'root resource');
  const resources: Record<string, string> = { '/': rootId };
  for (const part of ['echo', 'iam', 'keyed', 'authz']) {
    const r = await client.send(new CreateResourceCommand({ restApiId: apiId, parentId: rootId, pathPart: part }));
    resources[`/${part}`] = present(r.id, 'Resource.id');
  }
  const authorizer = await client.send(
    new CreateAuthorizerCommand({
      restApiId: apiId,
      name: 'token',
      type: 'TOKEN',
      authorizerUri:
        'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:111111111111:function:auth/invocations',
      identitySource: 'method.request.header.Authorization',
      identityValidationExpression: '^Bearer [a-z]+$',
    }),
  );
  const mock = { type: 'MOCK' as const, requestTemplates: { 'application/json': '{"statusCode": 200}' } };
  const methods: Array<[string, Omit<PutMethodCommandInput, 'restApiId' | 'resourceId' | 'httpMethod'>, boolean]> = [
    ['/ GET', { authorizationType: 'NONE' }, true],
    ['/echo ANY', { authorizationType: 'NONE' }, false],
    ['/echo OPTIONS', { authorizationType: 'NONE' }, true],
    ['/iam GET', { authorizationType: 'AWS_IAM' }, true],
    ['/keyed GET', { authorizationType: 'NONE', apiKeyRequired: true }, true],
    ['/authz GET', { authorizationType: 'CUSTOM', authorizerId: authorizer.id }, true],
  ];
  for (const [key, method, isMock] of methods) {
    const [path, httpMethod] = key.split(' ');
    const target = { restApiId: apiId, resourceId: resources[path], httpMethod };
    await client.send(new PutMethodCommand({ ...target, ...method }));
    await client.send(
      new PutIntegrationCommand(
        isMock
          ? { ...target, ...mock }
          : { ...target, type: 'HTTP_PROXY', integrationHttpMethod: 'ANY', uri: 'https://backend.example/echo' },
      ),
    );
  }
  const deploy = async () => {
    await client.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: 'prod' }));
  };
  await deploy();

  const certificateArn = await issuedCertificate(emulator, DOMAIN);
  const domain = await client.send(
    new CreateDomainNameCommand({
      domainName: DOMAIN,
      certificateArn,
      endpointConfiguration: { types: ['PRIVATE'] },
      securityPolicy: 'TLS_1_2',
      policy: onlyFromEndpoint(vpceId),
    }),
  );
  const domainNameId = present(domain.domainNameId, 'DomainName.domainNameId');
  const domainNameArn = present(domain.domainNameArn, 'DomainName.domainNameArn');
  await client.send(
    new CreateBasePathMappingCommand({
      domainName: DOMAIN,
      domainNameId,
      restApiId: apiId,
      basePath: BASE_PATH,
      stage: 'prod',
    }),
  );
  await client.send(
    new CreateDomainNameAccessAssociationCommand({
      domainNameArn,
      accessAssociationSourceType: 'VPCE',
      accessAssociationSource: vpceId,
    }),
  );
  return { client, vpceId, apiId, domainNameId, domainNameArn, resources, deploy };
}
