import {
  APIGatewayClient,
  CreateAuthorizerCommand,
  CreateDomainNameCommand,
  CreateRestApiCommand,
  GetResourcesCommand,
  PutMethodCommand,
  UpdateDomainNameCommand,
  UpdateRestApiCommand,
} from '@aws-sdk/client-api-gateway';
import { EC2Client, ModifyVpcEndpointCommand } from '@aws-sdk/client-ec2';
import { emulatorUrl } from './fixtures';

/**
 * Changes made outside the console (another tool, another team) through the SDK against the e2e emulator, so a
 * test can show what the console then says about them.
 */
const credentials = (account: string) => ({ accessKeyId: account, secretAccessKey: 'x' });
const apigateway = (account: string, region = 'us-east-1') =>
  new APIGatewayClient({ endpoint: emulatorUrl(), region, credentials: credentials(account) });

export async function setEndpointPolicy(account: string, vpceId: string, policy: unknown): Promise<void> {
  const ec2 = new EC2Client({ endpoint: emulatorUrl(), region: 'us-east-1', credentials: credentials(account) });
  await ec2.send(new ModifyVpcEndpointCommand({ VpcEndpointId: vpceId, PolicyDocument: JSON.stringify(policy) }));
}

export async function setApiPolicy(account: string, restApiId: string, policy: unknown): Promise<void> {
  await apigateway(account).send(
    new UpdateRestApiCommand({
      restApiId,
      patchOperations: [{ op: 'replace', path: '/policy', value: JSON.stringify(policy) }],
    }),
  );
}

export async function setDomainPolicy(
  account: string,
  domain: { name: string; id: string },
  policy: unknown,
): Promise<void> {
  await apigateway(account).send(
    new UpdateDomainNameCommand({
      domainName: domain.name,
      domainNameId: domain.id,
      patchOperations: [{ op: 'replace', path: '/policy', value: JSON.stringify(policy) }],
    }),
  );
}

/** Puts `httpMethod` on the API's resource `path` behind a new Lambda authorizer; returns the authorizer's id. */
export async function putMethodWithLambdaAuthorizer(
  account: string,
  restApiId: string,
  method: { httpMethod: string; path: string; apiKeyRequired: boolean },
  authorizer: { name: string; type: 'TOKEN' | 'REQUEST'; identitySource: string },
): Promise<string> {
  const client = apigateway(account);
  const { id } = await client.send(
    new CreateAuthorizerCommand({
      restApiId,
      ...authorizer,
      authorizerUri: `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:${account}:function:${authorizer.name}/invocations`,
    }),
  );
  const { items } = await client.send(new GetResourcesCommand({ restApiId, limit: 500 }));
  const resource = items?.find((r) => r.path === method.path);
  if (!id || !resource?.id) throw new Error(`no resource ${method.path} on ${restApiId}`);
  await client.send(
    new PutMethodCommand({
      restApiId,
      resourceId: resource.id,
      httpMethod: method.httpMethod,
      authorizationType: 'CUSTOM',
      authorizerId: id,
      apiKeyRequired: method.apiKeyRequired,
    }),
  );
  return id;
}

/** A private custom domain in `region`; returns its generated id. */
export async function createPrivateDomain(
  account: string,
  region: string,
  name: string,
  certificateArn: string,
): Promise<string> {
  const created = await apigateway(account, region).send(
    new CreateDomainNameCommand({
      domainName: name,
      certificateArn,
      endpointConfiguration: { types: ['PRIVATE'] },
      securityPolicy: 'TLS_1_2',
    }),
  );
  if (!created.domainNameId) throw new Error(`no domain id for ${name}`);
  return created.domainNameId;
}

/** A private API with `policy` (and nothing deployed yet); returns its id. */
export async function createPrivateApi(account: string, name: string, policy: unknown): Promise<string> {
  const client = apigateway(account);
  const created = await client.send(
    new CreateRestApiCommand({ name, endpointConfiguration: { types: ['PRIVATE'] }, policy: JSON.stringify(policy) }),
  );
  if (!created.id) throw new Error(`no API id for ${name}`);
  return created.id;
}
