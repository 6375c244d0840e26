import 'server-only';
import {
  GetRestApiCommand,
  GetStagesCommand,
  paginateGetDeployments,
  paginateGetRestApis,
  type RestApi as SdkRestApi,
} from '@aws-sdk/client-api-gateway';
import { getClients } from '../clients';
import { cachedReader } from '../read-cache';
import type { Session } from '../session';
import { isoTime, PAGE_SIZE } from './serialize';
import type { RestApi, Stage, Deployment } from '@/lib/model/rest-apis';

function toRestApi(api: SdkRestApi): RestApi {
  return {
    id: api.id ?? '',
    name: api.name ?? '',
    description: api.description,
    createdDate: isoTime(api.createdDate),
    endpointTypes: api.endpointConfiguration?.types ?? [],
    vpcEndpointIds: api.endpointConfiguration?.vpcEndpointIds ?? [],
    ipAddressType: api.endpointConfiguration?.ipAddressType,
    policy: api.policy,
    disableExecuteApiEndpoint: api.disableExecuteApiEndpoint ?? false,
    apiStatus: api.apiStatus,
    apiStatusMessage: api.apiStatusMessage,
    securityPolicy: api.securityPolicy,
    endpointAccessMode: api.endpointAccessMode,
    tags: api.tags ?? {},
  };
}

export function isPrivateApi(api: RestApi): boolean {
  return api.endpointTypes.includes('PRIVATE');
}

/** Every REST API of the account in the session's Region (all endpoint types; filter with `isPrivateApi`). */
export const listRestApis = cachedReader('listRestApis', async (session: Session): Promise<RestApi[]> => {
  const client = getClients(session).apigateway;
  const apis: RestApi[] = [];
  for await (const page of paginateGetRestApis({ client, pageSize: PAGE_SIZE.apigateway }, {})) {
    apis.push(...(page.items ?? []).map(toRestApi));
  }
  return apis;
});

export const getRestApi = cachedReader('getRestApi', async (session: Session, restApiId: string): Promise<RestApi> => {
  const out = await getClients(session).apigateway.send(new GetRestApiCommand({ restApiId }));
  return toRestApi(out);
});

/** GetStages is not paginated: one call returns every stage. */
export const listStages = cachedReader('listStages', async (session: Session, restApiId: string): Promise<Stage[]> => {
  const out = await getClients(session).apigateway.send(new GetStagesCommand({ restApiId }));
  return (out.item ?? []).map((s) => ({
    stageName: s.stageName ?? '',
    deploymentId: s.deploymentId,
    description: s.description,
    createdDate: isoTime(s.createdDate),
    lastUpdatedDate: isoTime(s.lastUpdatedDate),
    tracingEnabled: s.tracingEnabled ?? false,
    webAclArn: s.webAclArn,
    variables: s.variables ?? {},
  }));
});

export const listDeployments = cachedReader(
  'listDeployments',
  async (session: Session, restApiId: string): Promise<Deployment[]> => {
    const client = getClients(session).apigateway;
    const deployments: Deployment[] = [];
    for await (const page of paginateGetDeployments({ client, pageSize: PAGE_SIZE.apigateway }, { restApiId })) {
      deployments.push(
        ...(page.items ?? []).map((d) => ({
          id: d.id ?? '',
          description: d.description,
          createdDate: isoTime(d.createdDate),
        })),
      );
    }
    return deployments;
  },
);
