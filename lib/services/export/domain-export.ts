import 'server-only';
import type { Session } from '@/lib/aws/session';
import { getCallerIdentity } from '@/lib/aws/identity';
import { getDomain } from '@/lib/aws/read/domains';
import { getRestApi } from '@/lib/aws/read/rest-apis';
import { loadAssociationRows, loadDomainShares, loadMappingRows } from '@/lib/services/inventory/domain-detail';
import { apiPolicyChange, CREATE_TIME_DOMAIN_RESOURCE } from '@/lib/domains/create-plan';
import { normalizeBasePath } from '@/lib/domains/base-path';
import { domainExecuteApiArn, parseDomainNameArn } from '@/lib/domains/arn';
import { decodePolicyText, domainInvokePolicy } from '@/lib/policies';
import { policyShape } from '@/lib/policies/source-allow-list';
import type { ApiPolicySpec, ProviderExport, SharingSpec } from '@/lib/export/model';
import type { Domain } from '@/lib/model/domains';
import { ActionFailure } from '@/lib/errors';

/**
 * An existing domain as an export: the domain, its invoke policy, mappings, the API policy each mapped API needs,
 * its RAM share or managementPolicy, and its access associations. The code creates a new domain like it (a new
 * domain gets a new id, so its own ARN in a policy becomes the `execute-api:/*` shorthand AWS expands on write).
 */

function exportedPolicy(domain: Domain, notes: string[]): unknown {
  const shape = policyShape(domain.policy);
  if (shape.kind === 'none' || shape.kind === 'deny-all') return undefined;
  if (shape.kind === 'source-allow-list') return domainInvokePolicy(CREATE_TIME_DOMAIN_RESOURCE, shape.sources);
  const decoded = decodePolicyText(domain.policy);
  const ref = domain.domainNameArn ? parseDomainNameArn(domain.domainNameArn) : undefined;
  if (!decoded.ok || !ref) {
    notes.push('The domain policy could not be read; the code leaves the deny-all default in place.');
    return undefined;
  }
  const own = domainExecuteApiArn(ref);
  const text = JSON.stringify(decoded.value).split(`${own}/`).join('execute-api:/').split(own).join('execute-api:/*');
  notes.push(
    'The hand-written domain policy is exported as is, with this domain’s own ARN as execute-api:/ shorthand.',
  );
  return JSON.parse(text) as unknown;
}

/** Account ids a managementPolicy grants (`Principal.AWS`), as 12-digit ids. */
function managementPrincipals(raw: string | undefined): string[] {
  const decoded = decodePolicyText(raw);
  if (!decoded.ok) return [];
  const statements = (decoded.value as { Statement?: unknown }).Statement;
  const out = new Set<string>();
  for (const s of [statements ?? []].flat() as { Effect?: string; Principal?: { AWS?: unknown } }[]) {
    if (s.Effect !== 'Allow') continue;
    for (const p of [s.Principal?.AWS ?? []].flat()) {
      const account = typeof p === 'string' ? /(\d{12})/.exec(p)?.[1] : undefined;
      if (account) out.add(account);
    }
  }
  return [...out];
}

export async function exportExistingDomain(
  session: Session,
  domainName: string,
  domainNameId: string,
): Promise<ProviderExport> {
  const [domain, identity] = await Promise.all([
    getDomain(session, domainName, domainNameId),
    getCallerIdentity(session),
  ]);
  if (!domain.domainNameArn || !domain.endpointTypes.includes('PRIVATE'))
    throw new ActionFailure({
      kind: 'invalid-input',
      title: 'Not a private domain',
      message: `${domainName} is not a private custom domain of this account; only private domains can be exported.`,
    });
  const d = { ...domain, domainNameId };
  const [mappings, associations, shares] = await Promise.all([
    loadMappingRows(session, domainName, domainNameId),
    loadAssociationRows(session, d),
    loadDomainShares(session, domain.domainNameArn),
  ]);
  const notes: string[] = [];
  const policy = exportedPolicy(d, notes);
  const shape = policyShape(domain.policy);
  const sources = shape.kind === 'source-allow-list' ? shape.sources : undefined;

  const apiPolicies: ApiPolicySpec[] = [];
  for (const apiId of [...new Set(mappings.map((m) => m.restApiId))]) {
    const stages = [...new Set(mappings.flatMap((m) => (m.restApiId === apiId && m.stage ? [m.stage] : [])))];
    if (!sources || stages.length === 0) continue;
    const api = await getRestApi(session, apiId).catch(() => undefined);
    if (!api) {
      notes.push(`API ${apiId} could not be read; its resource policy is not part of this export.`);
      continue;
    }
    const change = apiPolicyChange({ id: apiId, name: api.name, policy: api.policy }, stages[0], sources, {
      region: session.region,
      accountId: identity.account,
    });
    if (change.kind === 'manual') {
      notes.push(`${api.name}: ${change.reason}`);
      continue;
    }
    const current = decodePolicyText(api.policy);
    apiPolicies.push({
      restApiId: apiId,
      apiName: api.name,
      policy: change.kind === 'updated' ? change.policy : current.ok ? current.value : undefined,
      redeployStages: change.kind === 'updated' ? stages : [],
    });
  }

  let sharing: SharingSpec = { kind: 'none' };
  const live = shares.filter((s) => s.shareStatus !== 'DELETED' && s.shareStatus !== 'DELETING');
  if (live.length > 0) {
    sharing = { kind: 'ram-new', shareName: live[0].shareName ?? 'domain-share', principals: live[0].principals };
    if (live.length > 1)
      notes.push(
        `The domain is also in ${live
          .slice(1)
          .map((s) => s.shareName ?? s.shareArn)
          .join(', ')}; only ${live[0].shareName ?? live[0].shareArn} is exported.`,
      );
  } else {
    const principals = managementPrincipals(domain.managementPolicy);
    if (principals.length > 0) sharing = { kind: 'management-policy', principals };
  }

  return {
    kind: 'provider',
    origin: 'existing',
    region: session.region,
    accountId: identity.account,
    domain: {
      domainName,
      certificateArn: domain.certificateArn ?? '',
      securityPolicy: domain.securityPolicy ?? 'TLS_1_2',
      endpointAccessMode: domain.endpointAccessMode,
      policy,
    },
    mappings: mappings.map((m) => ({
      basePath: normalizeBasePath(m.basePath),
      restApiId: m.restApiId,
      apiName: m.apiName ?? m.restApiId,
      stage: m.stage ?? '',
    })),
    apiPolicies: apiPolicies.filter((a) => a.policy !== undefined),
    sharing,
    ownAssociations: associations.filter((a) => a.own).map((a) => a.vpceId),
    otherAssociations: associations
      .filter((a) => !a.own)
      .map((a) => ({ arn: a.arn, vpceId: a.vpceId, accountId: a.accountId })),
    notes,
  };
}
