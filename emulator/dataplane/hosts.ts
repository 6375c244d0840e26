import type { EmulatorState } from '../core/state';
import type { VpcEndpointRecord } from '../services/ec2/state';
import { findApi, servedDeployment } from './deployments';

/** `{api-id}.execute-api.{region}.amazonaws.com` (A1) or `{api-id}-{vpce-id}.execute-api.{region}.amazonaws.com` (A4). */
export interface ExecuteApiHost {
  apiId: string;
  region: string;
  aliasVpce?: string;
}

const EXECUTE_API_HOST = /^([a-z0-9]{10})(?:-(vpce-[0-9a-f]{8,17}))?\.execute-api\.([a-z0-9-]+)\.amazonaws\.com$/;
const VPCE_HOST = /^(vpce-[0-9a-f]{8,17})-[a-z0-9]+(?:-[a-z0-9-]+)?\.execute-api\.([a-z0-9-]+)\.vpce\.amazonaws\.com$/;

export function parseExecuteApiHost(name: string): ExecuteApiHost | undefined {
  const m = EXECUTE_API_HOST.exec(name.toLowerCase());
  return m ? { apiId: m[1], region: m[3], aliasVpce: m[2] } : undefined;
}

/** A regional or zonal endpoint name `vpce-….execute-api.{region}.vpce.amazonaws.com` (A2, A3, B2). */
export function parseVpceHost(name: string): { vpcEndpointId: string; region: string } | undefined {
  const m = VPCE_HOST.exec(name.toLowerCase());
  return m ? { vpcEndpointId: m[1], region: m[2] } : undefined;
}

/**
 * Whether API Gateway serves `{api-id}-{vpce-id}` for this endpoint: a deployment serving a stage lists the endpoint in
 * its `vpcEndpointIds`. The association is part of the deployed configuration (docs/aws/resources.md#api-to-endpoint-association:
 * "then redeploy"), so adding or removing the endpoint takes effect with the next deployment, not before.
 * `true`, or why not.
 */
export function aliasApiHost(state: EmulatorState, apiId: string, endpoint: VpcEndpointRecord): true | string {
  const api = findApi(state, endpoint.region, apiId);
  if (!api) return `no API ${apiId} in ${endpoint.region}`;
  const id = endpoint.vpcEndpointId;
  const deployed = api.api.stages.some((s) =>
    servedDeployment(api.api, s.stageName)?.snapshot.vpcEndpointIds.includes(id),
  );
  if (deployed) return true;
  return (api.api.endpointConfiguration.vpcEndpointIds ?? []).includes(id)
    ? `API ${apiId} was not redeployed since ${id} was associated`
    : `no deployment of API ${apiId} lists ${id} in its vpcEndpointIds`;
}
