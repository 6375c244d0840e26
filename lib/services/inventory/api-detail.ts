import 'server-only';
import type { Session } from '@/lib/aws/session';
import { ActionFailure } from '@/lib/errors';
import type { DomainsMappingTo } from '@/lib/model/domains';
import { listExecuteApiEndpoints } from '@/lib/aws/read/vpc-endpoints';
import { loadDomainIndex } from './domain-index';

/** "Which of this account's private domains map to this API", from the shared domain index. */
export async function loadDomainsMappingTo(session: Session, restApiId: string): Promise<DomainsMappingTo> {
  const index = await loadDomainIndex(session);
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
