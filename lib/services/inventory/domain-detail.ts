import 'server-only';
import { listAccessAssociations } from '@/lib/aws/read/access-associations';
import { listBasePathMappings, listSharedDomains } from '@/lib/aws/read/domains';
import { listRestApis, listStages } from '@/lib/aws/read/rest-apis';
import { listOwnedShares, listShareAssociations } from '@/lib/aws/read/sharing';
import type { Session } from '@/lib/aws/session';
import { section } from '@/lib/result';
import { domainExecuteApiArn, parseDomainNameArn } from '@/lib/domains/arn';
import type { AssociationRow, DomainShareRow, MappingRow } from '@/lib/model/domain-panels';
import type { Domain, SharedDomain } from '@/lib/model/domains';
import { sourcesNotAllowed } from '@/lib/policies/source-allow-list';

/** The panels of a private domain's detail page, assembled from the readers. */

/** The domain's mappings, each checked against the API list and the stages of the APIs it maps (rows shown only). */
export async function loadMappingRows(
  session: Session,
  domainName: string,
  domainNameId: string,
): Promise<MappingRow[]> {
  const [mappings, apis] = await Promise.all([
    listBasePathMappings(session, domainName, domainNameId),
    listRestApis(session),
  ]);
  const apiById = new Map(apis.map((a) => [a.id, a]));
  const stagesOf = new Map(
    [...new Set(mappings.map((m) => m.restApiId))]
      .filter((id) => apiById.has(id))
      .map((id) => [id, listStages(session, id).then((s) => s.map((x) => x.stageName))]),
  );
  return Promise.all(
    mappings.map(async (m) => {
      const api = apiById.get(m.restApiId);
      const stages = await stagesOf.get(m.restApiId);
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

/** The RAM shares this account owns that include the domain, with their principals. */
export async function loadDomainShares(session: Session, domainNameArn: string): Promise<DomainShareRow[]> {
  const shares = await listOwnedShares(session);
  const arns = shares.map((s) => s.arn);
  const [resources, principals] = await Promise.all([
    listShareAssociations(session, arns, 'RESOURCE'),
    listShareAssociations(session, arns, 'PRINCIPAL'),
  ]);
  const shareByArn = new Map(shares.map((s) => [s.arn, s]));
  return resources
    .filter((r) => r.associatedEntity === domainNameArn && r.status !== 'DISASSOCIATED')
    .map((r) => ({
      shareArn: r.shareArn,
      shareName: r.shareName ?? shareByArn.get(r.shareArn)?.name,
      status: r.status,
      shareStatus: shareByArn.get(r.shareArn)?.status,
      principals: principals
        .filter((p) => p.shareArn === r.shareArn && p.status !== 'DISASSOCIATED')
        .map((p) => p.associatedEntity),
    }));
}

/** GetDomainName only answers for the caller's own domains; another account's shared domain is found this way. */
export async function findSharedDomain(
  session: Session,
  domainName: string,
  domainNameId: string,
): Promise<SharedDomain | undefined> {
  const shared = await listSharedDomains(session);
  return shared.find((d) => d.domainName === domainName && d.domainNameId === domainNameId);
}

/** This account's associations with a domain another account shares with it. */
export async function loadOwnAssociationsWith(
  session: Session,
  domainNameArn: string,
): Promise<{ arn: string; vpceId: string }[]> {
  return (await listAccessAssociations(session, 'SELF'))
    .filter((a) => a.domainNameArn === domainNameArn)
    .map((a) => ({ arn: a.arn, vpceId: a.source }));
}

/**
 * What an owned domain's page reads after GetDomainName, each section started at once and awaited on its own (by
 * the page and the call-budget test).
 */
export function loadOwnedDomainSections(session: Session, domain: Domain & { domainNameId: string }) {
  const resource = `${domain.domainName} (${domain.domainNameId})`;
  return {
    mappings: section(() => loadMappingRows(session, domain.domainName, domain.domainNameId), {
      operation: 'apigateway:GetBasePathMappings',
      resource,
    }),
    associations: section(() => loadAssociationRows(session, domain), {
      operation: 'apigateway:GetDomainNameAccessAssociations',
    }),
    shares: section(() => loadDomainShares(session, domain.domainNameArn ?? ''), {
      operation: 'ram:GetResourceShares',
    }),
  };
}
