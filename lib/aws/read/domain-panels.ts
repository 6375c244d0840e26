import 'server-only';
import { domainExecuteApiArn, parseDomainNameArn } from '@/lib/domains/arn';
import { sourcesNotAllowed } from '@/lib/policies/source-allow-list';
import type { Session } from '../session';
import { listAccessAssociations } from './access-associations';
import { listBasePathMappings } from './domains';
import type { Domain } from '@/lib/model/domains';
import { listRestApis, listStages } from './rest-apis';
import { listOwnedShares, listShareAssociations } from './sharing';

/** Rows of the panels of an owned private domain's detail page, assembled from the readers. */

export interface MappingRow {
  basePath: string;
  restApiId: string;
  apiName?: string;
  stage?: string;
  stageExists?: boolean;
  apiExists?: boolean;
}

export async function loadMappingRows(
  session: Session,
  domainName: string,
  domainNameId: string,
): Promise<MappingRow[]> {
  const [mappings, apis] = await Promise.all([
    listBasePathMappings(session, domainName, domainNameId),
    listRestApis(session),
  ]);
  const stagesOf = new Map<string, Promise<string[]>>();
  for (const id of new Set(mappings.map((m) => m.restApiId))) {
    if (apis.some((a) => a.id === id))
      stagesOf.set(
        id,
        listStages(session, id).then((s) => s.map((x) => x.stageName)),
      );
  }
  return Promise.all(
    mappings.map(async (m) => {
      const api = apis.find((a) => a.id === m.restApiId);
      const stages = api ? await stagesOf.get(m.restApiId) : undefined;
      return {
        basePath: m.basePath,
        restApiId: m.restApiId,
        apiName: api?.name,
        stage: m.stage,
        apiExists: Boolean(api),
        stageExists: m.stage && stages ? stages.includes(m.stage) : undefined,
      };
    }),
  );
}

export interface AssociationRow {
  arn: string;
  vpceId: string;
  accountId?: string;
  own: boolean;
  allowedByPolicy: boolean;
}

/** This account's and other accounts' associations with the domain, each checked against the domain's invoke policy. */
export async function loadAssociationRows(session: Session, domain: Domain): Promise<AssociationRow[]> {
  const ref = domain.domainNameArn ? parseDomainNameArn(domain.domainNameArn) : undefined;
  if (!ref) return [];
  const [own, foreign] = await Promise.all([
    listAccessAssociations(session, 'SELF'),
    listAccessAssociations(session, 'OTHER_ACCOUNTS'),
  ]);
  const resource = domainExecuteApiArn(ref);
  const scope = { kind: 'domain' as const, ...ref };
  return [...own.map((a) => ({ a, own: true })), ...foreign.map((a) => ({ a, own: false }))]
    .filter(({ a }) => a.domainNameArn === domain.domainNameArn)
    .map(({ a, own: isOwn }) => ({
      arn: a.arn,
      vpceId: a.source,
      accountId: a.associationAccountId,
      own: isOwn,
      allowedByPolicy:
        sourcesNotAllowed(domain.policy, { vpceIds: [a.source] }, { resource, scope }).vpceIds.length === 0,
    }));
}

export interface DomainShareRow {
  shareArn: string;
  shareName?: string;
  status: string;
  shareStatus?: string;
  principals: string[];
}

/** The RAM shares this account owns that include the domain, with their principals. */
export async function loadDomainShares(session: Session, domainNameArn: string): Promise<DomainShareRow[]> {
  const shares = await listOwnedShares(session);
  const arns = shares.map((s) => s.arn);
  const [resources, principals] = await Promise.all([
    listShareAssociations(session, arns, 'RESOURCE'),
    listShareAssociations(session, arns, 'PRINCIPAL'),
  ]);
  return resources
    .filter((r) => r.associatedEntity === domainNameArn && r.status !== 'DISASSOCIATED')
    .map((r) => ({
      shareArn: r.shareArn,
      shareName: r.shareName ?? shares.find((s) => s.arn === r.shareArn)?.name,
      status: r.status,
      shareStatus: shares.find((s) => s.arn === r.shareArn)?.status,
      principals: principals
        .filter((p) => p.shareArn === r.shareArn && p.status !== 'DISASSOCIATED')
        .map((p) => p.associatedEntity),
    }));
}
