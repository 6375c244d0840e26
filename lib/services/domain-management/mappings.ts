import 'server-only';
import type { Session } from '@/lib/aws/session';
import { createMapping, currentMappings, updateMapping, type MappingTarget } from '@/lib/aws/write/base-path-mappings';
import type { PrivateDomainRef } from '@/lib/aws/write/domain-names';
import { readRestApi } from '@/lib/aws/write/rest-apis';
import { basePathLabel } from '@/lib/domains/base-path';
import type { ChangeReport } from '@/lib/domains/change-report';
import { ActionFailure, FieldError } from '@/lib/errors';
import { policyShape } from '@/lib/policies/source-allow-list';
import { planApiAccess } from './api-access';
import { applyChanges, type PlannedChange } from './change-run';
import { domainContext } from './domain-context';

/**
 * A new base path mapping; with `allowOnApi`, the endpoints the domain policy allows are added to the API's
 * resource policy and the stage redeployed, so callers do not pass the domain only to get 403 from the API.
 */
export async function addMapping(
  session: Session,
  ref: PrivateDomainRef,
  mapping: MappingTarget & { allowOnApi: boolean },
): Promise<ChangeReport> {
  const existing = await currentMappings(session, ref);
  if (existing.some((m) => m.basePath === mapping.basePath))
    throw new FieldError(
      'basePath',
      `${basePathLabel(mapping.basePath)} is already mapped; edit that mapping instead.`,
    );
  const api = await readRestApi(session, mapping.restApiId);
  const apiName = api.name ?? mapping.restApiId;
  if (!(api.endpointConfiguration?.types ?? []).includes('PRIVATE'))
    throw new FieldError(
      'restApiId',
      `${apiName} is not a private API; private domains route to private APIs of this account only.`,
    );

  const route = `${basePathLabel(mapping.basePath)} → ${apiName} / ${mapping.stage}`;
  const changes: PlannedChange[] = [
    { done: route, what: `Mapping ${route}`, apply: () => createMapping(session, ref, mapping) },
  ];
  const notes: string[] = [];
  if (mapping.allowOnApi) {
    const { domain, account } = await domainContext(session, ref);
    const shape = policyShape(domain.policy);
    if (shape.kind === 'source-allow-list') {
      const target = { restApiId: mapping.restApiId, stages: [mapping.stage], redeploy: true };
      const plan = await planApiAccess(session, account, target, shape.sources);
      changes.push(...plan.changes);
      notes.push(...plan.notes);
    } else
      notes.push(
        `${apiName}: the domain policy is hand-written, so the console cannot tell which endpoints to allow on the API`,
      );
  }
  const applied = await applyChanges(changes);
  return {
    message: `Mapped ${basePathLabel(mapping.basePath)} to ${apiName}, stage ${mapping.stage}.`,
    changes: [...applied, ...notes],
  };
}

/** Re-points and/or renames a mapping, after checking it still exists and the new path is free. */
export async function editMapping(
  session: Session,
  ref: PrivateDomainRef,
  currentBasePath: string,
  next: MappingTarget,
): Promise<ChangeReport> {
  const existing = await currentMappings(session, ref);
  const current = existing.find((m) => m.basePath === currentBasePath);
  if (!current)
    throw new ActionFailure({
      kind: 'not-found',
      title: 'Mapping gone',
      message: `${basePathLabel(currentBasePath)} no longer exists; reload the page.`,
    });
  if (next.basePath !== currentBasePath && existing.some((m) => m.basePath === next.basePath))
    throw new FieldError('basePath', `${basePathLabel(next.basePath)} is already mapped.`);
  await updateMapping(session, ref, currentBasePath, next, current);
  return {
    message: `${basePathLabel(next.basePath)} now routes to ${next.restApiId}, stage ${next.stage}.`,
    changes: [],
  };
}
