import {
  CreateDeploymentCommand,
  CreateRestApiCommand,
  GetResourcesCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  type APIGatewayClient,
} from '@aws-sdk/client-api-gateway';
import { ALLOW_ALL_POLICY, present } from './harness';

/** A deployable private API (policy, GET / with a MOCK integration) deployed to `stage`; returns its id. */
export async function deployedPrivateApi(client: APIGatewayClient, name: string, stage = 'prod'): Promise<string> {
  const api = await client.send(
    new CreateRestApiCommand({ name, endpointConfiguration: { types: ['PRIVATE'] }, policy: ALLOW_ALL_POLICY }),
  );
  const restApiId = present(api.id, 'RestApi.id');
  const { items } = await client.send(new GetResourcesCommand({ restApiId }));
  const rootId = present(items?.at(0)?.id, 'the root resource id');
  await client.send(
    new PutMethodCommand({ restApiId, resourceId: rootId, httpMethod: 'GET', authorizationType: 'NONE' }),
  );
  await client.send(new PutIntegrationCommand({ restApiId, resourceId: rootId, httpMethod: 'GET', type: 'MOCK' }));
  await client.send(new CreateDeploymentCommand({ restApiId, stageName: stage }));
  return restApiId;
}
