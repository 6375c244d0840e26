import {
  CreateDeploymentCommand,
  CreateRestApiCommand,
  GetResourcesCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  type APIGatewayClient,
} from '@aws-sdk/client-api-gateway';
import { ALLOW_ALL_POLICY } from './harness';

/** A deployable private API (policy, GET / with a MOCK integration) deployed to `stage`; returns its id. */
export async function deployedPrivateApi(client: APIGatewayClient, name: string, stage = 'prod'): Promise<string> {
  const api = await client.send(
    new CreateRestApiCommand({ name, endpointConfiguration: { types: ['PRIVATE'] }, policy: ALLOW_ALL_POLICY }),
  );
  const { items } = await client.send(new GetResourcesCommand({ restApiId: api.id! }));
  const rootId = items![0].id!;
  await client.send(
    new PutMethodCommand({ restApiId: api.id!, resourceId: rootId, httpMethod: 'GET', authorizationType: 'NONE' }),
  );
  await client.send(
    new PutIntegrationCommand({ restApiId: api.id!, resourceId: rootId, httpMethod: 'GET', type: 'MOCK' }),
  );
  await client.send(new CreateDeploymentCommand({ restApiId: api.id!, stageName: stage }));
  return api.id!;
}
