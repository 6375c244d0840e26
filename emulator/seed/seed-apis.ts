import { createHash } from 'node:crypto';
import type { EmulatorState } from '../core/state';
import { createDeployment } from '../services/apigateway/deployments';
import { createResource, putIntegration, putMethod, rootResource } from '../services/apigateway/resources';
import { createRestApi } from '../services/apigateway/restApis';
import type { StoredRestApi } from '../services/apigateway/state';

export interface ApiSpec {
  id?: string;
  name: string;
  description: string;
  type: 'PRIVATE' | 'REGIONAL';
  vpcEndpointIds?: string[];
  policy?: string;
  /** Backend base URL for HTTP_PROXY integrations; routes without one get MOCK integrations. */
  backend?: string;
  /** `/orders/{orderId}` → methods. */
  routes: Record<string, string[]>;
  stages: readonly string[];
  tags?: Record<string, string>;
  /** More resources, methods and authorizers, added before the deployments; `ids` derives stable ids from a label. */
  extend?: (api: StoredRestApi, ids: (label: string) => string) => void;
}

/** Ids derived from the API id and a label, so repeated seeding yields the same resource/deployment ids. */
function derivedId(seed: string, length: number): string {
  const digest = createHash('sha256').update(seed).digest();
  return [...digest.subarray(0, length)].map((b) => 'abcdefghijklmnopqrstuvwxyz0123456789'[b % 36]).join('');
}

/** A REST API with resources, methods, integrations, and one deployment per stage. */
export function seedApi(
  state: EmulatorState,
  account: string,
  region: string,
  spec: ApiSpec,
  now: Date,
): StoredRestApi {
  const api = createRestApi(
    state,
    account,
    region,
    {
      name: spec.name,
      description: spec.description,
      endpointConfiguration: { types: [spec.type], vpcEndpointIds: spec.vpcEndpointIds },
      policy: spec.policy,
      tags: spec.tags,
    },
    now,
    spec.id ? { id: spec.id, rootResourceId: derivedId(`${spec.id}/`, 10) } : {},
  );
  for (const [path, methods] of Object.entries(spec.routes)) {
    const resource = ensurePath(api, path);
    for (const httpMethod of methods) {
      putMethod(api, resource.id, httpMethod, { authorizationType: 'NONE' });
      const integration = spec.backend
        ? { type: 'HTTP_PROXY' as const, httpMethod, uri: `${spec.backend}${path}`, connectionType: 'INTERNET' }
        : { type: 'MOCK' as const, requestTemplates: { 'application/json': '{"statusCode": 200}' } };
      putIntegration(api, resource.id, httpMethod, integration);
    }
  }
  spec.extend?.(api, (label) => derivedId(`${api.id}/${label}`, 10));
  for (const stageName of spec.stages) {
    createDeployment(
      api,
      { stageName, description: `Initial ${stageName} deployment` },
      now,
      derivedId(`${api.id}/deploy/${stageName}`, 6),
    );
  }
  return api;
}

export function ensurePath(api: StoredRestApi, path: string) {
  let parent = rootResource(api);
  for (const part of path.split('/').filter(Boolean)) {
    const childPath = parent.path === '/' ? `/${part}` : `${parent.path}/${part}`;
    parent =
      api.resources.find((r) => r.path === childPath) ??
      createResource(api, parent.id, part, derivedId(`${api.id}${childPath}`, 10));
  }
  return parent;
}
