import 'server-only';
import { listAccessAssociations } from '@/lib/aws/read/access-associations';
import { listOwnDomains, listSharedDomains } from '@/lib/aws/read/domains';
import { isPrivateApi, listRestApis } from '@/lib/aws/read/rest-apis';
import { listOwnedShares, listShareInvitations } from '@/lib/aws/read/sharing';
import { listExecuteApiEndpoints } from '@/lib/aws/read/vpc-endpoints';
import type { Session } from '@/lib/aws/session';
import { getCallerIdentity } from '@/lib/aws/identity';
import { findAttention } from '@/lib/inventory/attention';
import { domainHref } from '@/lib/inventory/hrefs';
import { isPrivateDomain } from '@/lib/model/domains';
import type { Attention, OverviewCountId } from '@/lib/model/overview';
import { section, type Section } from '@/lib/result';
import { loadDomainIndex, type IndexOptions } from './domain-index';

/** The overview's counters: one account-wide list each (⌈rows/page size⌉ calls), failing on its own. */
export async function loadOverviewCounts(session: Session): Promise<Record<OverviewCountId, Section<number>>> {
  const count = (load: () => Promise<unknown[]>, operation: string) =>
    section(async () => (await load()).length, { operation });
  const [apis, endpoints, owned, shared, associations, shares, invitations] = await Promise.all([
    count(async () => (await listRestApis(session)).filter(isPrivateApi), 'apigateway:GetRestApis'),
    count(() => listExecuteApiEndpoints(session), 'ec2:DescribeVpcEndpoints'),
    count(async () => (await listOwnDomains(session)).filter(isPrivateDomain), 'apigateway:GetDomainNames'),
    count(() => listSharedDomains(session), 'apigateway:GetDomainNames'),
    count(() => listAccessAssociations(session, 'SELF'), 'apigateway:GetDomainNameAccessAssociations'),
    count(() => listOwnedShares(session), 'ram:GetResourceShares'),
    count(
      async () => (await listShareInvitations(session)).filter((i) => i.status === 'PENDING'),
      'ram:GetResourceShareInvitations',
    ),
  ]);
  return {
    apis,
    endpoints,
    'owned-domains': owned,
    'shared-domains': shared,
    associations,
    shares,
    invitations,
  };
}

/**
 * The overview's "needs attention" list, from the domain index plus two lists. Each source fails on its own: a
 * check that could not run is named rather than implying all is well.
 */
export async function loadAttention(session: Session, options: IndexOptions = {}): Promise<Attention> {
  const [index, invitations, foreign] = await Promise.all([
    section(() => loadDomainIndex(session, options), { operation: 'apigateway:GetDomainNames / GetRestApis' }),
    section(() => listShareInvitations(session), { operation: 'ram:GetResourceShareInvitations' }),
    section(() => listAccessAssociations(session, 'OTHER_ACCOUNTS'), {
      operation: 'apigateway:GetDomainNameAccessAssociations',
    }),
  ]);
  const skipped: Attention['skipped'] = [];
  if (!index.ok)
    skipped.push({ check: 'Private domains, their mappings and the stages of mapped APIs', error: index.error });
  if (!invitations.ok) skipped.push({ check: 'RAM invitations', error: invitations.error });
  if (!foreign.ok) skipped.push({ check: 'Other accounts’ access associations', error: foreign.error });
  if (index.ok) for (const f of index.data.failures) skipped.push({ check: f.what, error: f.error });

  const domains = index.ok ? index.data.domains : [];
  // A mapping is only judged once the stages of its API are known (an API absent from the API list is gone).
  const apiIds = new Set(index.ok ? index.data.apis.map((a) => a.id) : []);
  const known = (restApiId: string) => index.ok && (restApiId in index.data.stagesByApi || !apiIds.has(restApiId));
  const items = findAttention({
    domains: domains.map((d) => d.domain),
    mappings: Object.fromEntries(
      domains.map((d) => [
        domainHref(d.domain.domainName, d.domain.domainNameId),
        (d.mappings ?? []).filter((m) => known(m.restApiId)),
      ]),
    ),
    stagesByApi: index.ok ? index.data.stagesByApi : {},
    invitations: invitations.ok ? invitations.data : [],
    foreignAssociations: foreign.ok ? foreign.data : [],
  });
  return { items, skipped, pending: index.ok ? index.data.pending : { domains: 0, apis: 0 } };
}

/**
 * What `/` reads, each section started at once and awaited on its own (by the page and the call-budget test);
 * `index` says when the domain index's reads the page does not wait for start.
 */
export function loadOverviewSections(session: Session, index: IndexOptions = {}) {
  return {
    identity: section(() => getCallerIdentity(session), { operation: 'sts:GetCallerIdentity' }),
    counts: loadOverviewCounts(session),
    attention: loadAttention(session, index),
  };
}
