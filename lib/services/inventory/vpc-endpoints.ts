import 'server-only';
import { getCallerIdentity } from '@/lib/aws/identity';
import { listAccessAssociations } from '@/lib/aws/read/access-associations';
import { isPrivateApi, listRestApis } from '@/lib/aws/read/rest-apis';
import { listExecuteApiEndpoints, listVpcs } from '@/lib/aws/read/vpc-endpoints';
import type { Session } from '@/lib/aws/session';
import type { EndpointAssociation, EndpointPage, ListingApi, Vpc, VpcEndpoint } from '@/lib/model/vpc-endpoints';

/** One endpoint of the account, or undefined when the account has no execute-api endpoint with this id. */
export async function findEndpoint(session: Session, vpceId: string): Promise<VpcEndpoint | undefined> {
  return (await listExecuteApiEndpoints(session)).find((e) => e.id === vpceId);
}

/** VPC names only label rows; without them the ids still show, so a failure here is not an error. */
export async function vpcLabels(session: Session, vpcIds: string[]): Promise<Vpc[]> {
  return listVpcs(session, vpcIds).catch(() => []);
}

/** Private APIs that list the endpoint in their `vpcEndpointIds` (alias DNS names). */
export async function loadListingApis(session: Session, vpceId: string): Promise<ListingApi[]> {
  return (await listRestApis(session))
    .filter((a) => isPrivateApi(a) && a.vpcEndpointIds.includes(vpceId))
    .map((a) => ({ id: a.id, name: a.name }));
}

/** This account's access associations from the endpoint, marking those whose domain this account owns. */
export async function loadEndpointAssociations(session: Session, vpceId: string): Promise<EndpointAssociation[]> {
  const [associations, identity] = await Promise.all([
    listAccessAssociations(session, 'SELF'),
    getCallerIdentity(session).catch(() => undefined),
  ]);
  const account = identity?.account ?? session.context.accountId;
  return associations
    .filter((a) => a.source === vpceId)
    .map((a) => ({ ...a, ownDomain: a.domainOwnerAccountId === account }));
}

/** Case-insensitive text an endpoint is found by. */
function searchText(e: VpcEndpoint): string {
  return [e.id, e.name, e.vpcId, e.state, ...e.subnetIds, ...e.dnsNames.map((d) => d.dnsName)]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

/**
 * One page of the account's execute-api endpoints, filtered and sorted by id on the server, so the page's HTML
 * grows with the rows shown, not with the account. The list itself is one cached call per 1,000 endpoints; VPC
 * names are read for the rows shown only.
 */
export async function loadEndpointPage(
  session: Session,
  {
    filter = '',
    page = 1,
    pageSize = 50,
    exclude = [],
  }: { filter?: string; page?: number; pageSize?: number; exclude?: string[] },
): Promise<EndpointPage> {
  const all = await listExecuteApiEndpoints(session);
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const skip = new Set(exclude);
  const matching = all
    .filter((e) => !skip.has(e.id))
    .filter((e) => words.every((w) => searchText(e).includes(w)))
    .sort((a, b) => a.id.localeCompare(b.id));
  const pageCount = Math.max(1, Math.ceil(matching.length / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
  const items = matching.slice((current - 1) * pageSize, current * pageSize);
  const vpcs = await vpcLabels(
    session,
    items.map((e) => e.vpcId),
  );
  return { items, vpcs, matching: matching.length, total: all.length, page: current, pageCount };
}
