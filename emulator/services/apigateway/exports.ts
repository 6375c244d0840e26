import type { ServiceContext } from '../../core/types';
import { jsonResponse } from '../../core/protocols/restJson';
import { badRequest, notFound } from './errors';
import { queryOf } from './input';
import { requireRestApi } from './lookup';
import type { PathParams } from './router';
import type { StoredDeployment, StoredRestApi } from './state';

const EXPORT_TYPES = ['oas30', 'swagger'];

/** The stored policy is the backslash-escaped text GetRestApi returns (policies.ts); the export holds the document. */
function parsedPolicy(policy: string | undefined): unknown {
  if (!policy) return undefined;
  return JSON.parse(JSON.parse(`"${policy}"`) as string) as unknown;
}

/**
 * The API as the stage's deployment serves it. With `extensions=apigateway` (or `integrations`) the document carries
 * API Gateway's extensions; the emulator writes the resource policy and the endpoint ids as they were when the
 * deployment was made (`x-amazon-apigateway-policy`, `x-amazon-apigateway-endpoint-configuration`). Paths list the
 * current methods: the emulator does not keep a copy of the resource tree per deployment.
 */
function exportDocument(api: StoredRestApi, stage: string, deployment: StoredDeployment, extensions: string[]) {
  const withApigateway = extensions.includes('apigateway') || extensions.includes('integrations');
  const paths = Object.fromEntries(
    api.resources
      .filter((r) => Object.keys(r.resourceMethods).length > 0)
      .map((r) => [
        r.path,
        Object.fromEntries(
          Object.values(r.resourceMethods).map((m) => [
            m.httpMethod.toLowerCase(),
            {
              responses: {},
              ...(m.authorizationType === 'AWS_IAM' ? { security: [{ sigv4: [] }] } : {}),
            },
          ]),
        ),
      ]),
  );
  const policy = parsedPolicy(deployment.snapshot.policy);
  return {
    openapi: '3.0.1',
    info: { title: api.name, version: deployment.createdDate },
    servers: [
      {
        url: `https://${api.id}.execute-api.{region}.amazonaws.com/{basePath}`,
        variables: { basePath: { default: stage } },
      },
    ],
    paths,
    ...(withApigateway && policy !== undefined ? { 'x-amazon-apigateway-policy': policy } : {}),
    ...(withApigateway
      ? { 'x-amazon-apigateway-endpoint-configuration': { vpcEndpointIds: deployment.snapshot.vpcEndpointIds } }
      : {}),
  };
}

/** GetExport: GET /restapis/{id}/stages/{stage}/exports/{type}?extensions=…; JSON only. */
export function getExport(ctx: ServiceContext, params: PathParams) {
  const api = requireRestApi(ctx, params.restapi_id);
  if (!EXPORT_TYPES.includes(params.export_type)) throw badRequest(`Invalid export type ${params.export_type}`);
  const stage = api.stages.find((s) => s.stageName === params.stage_name);
  if (!stage) throw notFound('Invalid stage identifier specified');
  const deployment = api.deployments.find((d) => d.id === stage.deploymentId);
  if (!deployment) throw notFound('Invalid deployment identifier specified');
  const extensions = (queryOf(ctx).string('extensions') ?? '').split(',').map((e) => e.trim());
  return jsonResponse(200, exportDocument(api, stage.stageName, deployment, extensions));
}
