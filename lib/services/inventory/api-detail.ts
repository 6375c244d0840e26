import 'server-only';
import type { Session } from '@/lib/aws/session';
import { ActionFailure } from '@/lib/errors';
import type { DomainsMappingTo } from '@/lib/model/domains';
import { listExecuteApiEndpoints } from '@/lib/aws/read/vpc-endpoints';
import { getCallerIdentity } from '@/lib/aws/identity';
import { getRestApi, listDeployments, listStages } from '@/lib/aws/read/rest-apis';
import { section } from '@/lib/result';
import { loadDomainIndex, type IndexOptions } from './domain-index';

/** "Which of this account's private domains map to this API", from the shared domain index. */
export async function loadDomainsMappingTo(
  session: Session,
  restApiId: string,
  options: IndexOptions = {},
): Promise<DomainsMappingTo> {
  const index = await loadDomainIndex(session, options);
  const failed = index.failures.find((f) => f.operation === 'apigateway:GetBasePathMappings');
  if (failed) throw new ActionFailure(failed.error);
  return {
    domains: index.domains.flatMap(({ domain, mappings }) =>
      (mappings ?? [])
        .filter((m) => m.restApiId === restApiId)
        .map((m) => ({
          domainName: domain.domainName,
          domainNameId: domain.domainNameId,
          basePath: m.basePath,
          stage: m.stage,
        })),
    ),
    pendingDomains: index.pending.domains,
  };
}

/** Which of the given endpoint ids are execute-api endpoints of this account (they get a link). */
export async function ownEndpointIds(session: Session, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const own = new Set((await listExecuteApiEndpoints(session)).map((e) => e.id));
  return ids.filter((id) => own.has(id));
}

/**
 * What `/apis/{id}` reads, each section started at once and awaited on its own by the page (and by the call-budget
 * test, so the budget follows the page). The form options (endpoints to associate) load when the form opens;
 * `index` says when the domain index's reads the page does not wait for start.
 */
export function loadApiDetailSections(session: Session, restApiId: string, index: IndexOptions = {}) {
  const hint = { resource: `/restapis/${restApiId}` };
  const api = section(() => getRestApi(session, restApiId), { ...hint, operation: 'apigateway:GetRestApi' });
  return {
    api,
    stages: section(() => listStages(session, restApiId), { ...hint, operation: 'apigateway:GetStages' }),
    deployments: section(() => listDeployments(session, restApiId), {
      ...hint,
      operation: 'apigateway:GetDeployments',
    }),
    domains: section(() => loadDomainsMappingTo(session, restApiId, index), {
      operation: 'apigateway:GetBasePathMappings',
    }),
    knownEndpointIds: api.then((a) =>
      a.ok ? ownEndpointIds(session, a.data.vpcEndpointIds).catch(() => undefined) : undefined,
    ),
    accountId: section(async () => (await getCallerIdentity(session)).account, {
      operation: 'sts:GetCallerIdentity',
    }),
  };
}
