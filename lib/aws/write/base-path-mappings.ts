import 'server-only';
import {
  CreateBasePathMappingCommand,
  DeleteBasePathMappingCommand,
  UpdateBasePathMappingCommand,
  paginateGetBasePathMappings,
  type PatchOperation,
} from '@aws-sdk/client-api-gateway';
import { basePathForRequest, normalizeBasePath } from '@/lib/domains/base-path';
import { getClients } from '../clients';
import type { Session } from '../session';
import { PAGE_SIZE } from '../read/serialize';
import type { PrivateDomainRef } from './domain-names';

export interface MappingTarget {
  basePath: string;
  restApiId: string;
  stage: string;
}

/** Uncached read of the domain's mappings, for idempotent writes. */
export async function currentMappings(session: Session, ref: PrivateDomainRef): Promise<MappingTarget[]> {
  const client = getClients(session).apigateway;
  const out: MappingTarget[] = [];
  for await (const page of paginateGetBasePathMappings({ client, pageSize: PAGE_SIZE.apigateway }, ref)) {
    for (const m of page.items ?? [])
      out.push({ basePath: normalizeBasePath(m.basePath), restApiId: m.restApiId ?? '', stage: m.stage ?? '' });
  }
  return out;
}

export async function createMapping(session: Session, ref: PrivateDomainRef, m: MappingTarget): Promise<void> {
  await getClients(session).apigateway.send(
    new CreateBasePathMappingCommand({
      ...ref,
      basePath: basePathForRequest(m.basePath),
      restApiId: m.restApiId,
      stage: m.stage,
    }),
  );
}

/** Re-points an existing base path and/or renames it, in one PATCH. */
export async function updateMapping(
  session: Session,
  ref: PrivateDomainRef,
  currentBasePath: string,
  next: MappingTarget,
  current: MappingTarget,
): Promise<void> {
  const ops: PatchOperation[] = [];
  if (next.restApiId !== current.restApiId) ops.push({ op: 'replace', path: '/restapiId', value: next.restApiId });
  if (next.stage !== current.stage) ops.push({ op: 'replace', path: '/stage', value: next.stage });
  if (normalizeBasePath(next.basePath) !== normalizeBasePath(currentBasePath))
    ops.push({ op: 'replace', path: '/basePath', value: basePathForRequest(next.basePath) ?? '' });
  if (ops.length === 0) return;
  await getClients(session).apigateway.send(
    new UpdateBasePathMappingCommand({ ...ref, basePath: normalizeBasePath(currentBasePath), patchOperations: ops }),
  );
}

export async function deleteMapping(session: Session, ref: PrivateDomainRef, basePath: string): Promise<void> {
  await getClients(session).apigateway.send(
    new DeleteBasePathMappingCommand({ ...ref, basePath: normalizeBasePath(basePath) }),
  );
}
