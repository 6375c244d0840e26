import 'server-only';
import { getCallerIdentity } from '@/lib/aws/identity';
import { listAccessAssociations } from '@/lib/aws/read/access-associations';
import { isPrivateApi, listRestApis } from '@/lib/aws/read/rest-apis';
import { getVpcDnsAttributes, listExecuteApiEndpoints, listSubnets, listVpcs } from '@/lib/aws/read/vpc-endpoints';
import type { ErrorHint } from '@/lib/aws/errors';
import { ActionFailure, type ConsoleError } from '@/lib/errors';
import { section } from '@/lib/result';
import type { Session } from '@/lib/aws/session';
import { pageOf } from '@/lib/inventory/paging';
import type { ListPage, ListQuery } from '@/lib/model/paging';
import type { EndpointOption } from '@/lib/domains/edit-options';
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

const searchText = (e: VpcEndpoint) =>
  [e.id, e.name, e.vpcId, e.state, ...e.subnetIds, ...e.dnsNames.map((d) => d.dnsName)].filter(Boolean).join(' ');

/** Sort keys of the endpoint list, by column id; the first is the default. */
const SORT_BY: Record<string, (e: VpcEndpoint) => string | number | undefined> = {
  id: (e) => e.id,
  name: (e) => e.name,
  vpc: (e) => e.vpcId,
  state: (e) => e.state,
  privateDns: (e) => (e.privateDnsEnabled ? 1 : 0),
  subnets: (e) => e.subnetIds.length,
};

/** `exclude` leaves out endpoints a form already has; `only` keeps just these ids (which of them are this account's). */
export type EndpointQuery = ListQuery & { exclude?: string[]; only?: string[] };

/**
 * One page of the account's execute-api endpoints, filtered and sorted on the server, so the page's HTML grows
 * with the rows shown, not with the account. The list itself is one cached call per 1,000 endpoints; VPC names
 * are read for the rows shown only.
 */
export async function loadEndpointPage(session: Session, query: EndpointQuery, pageSize = 50): Promise<EndpointPage> {
  const skip = new Set(query.exclude);
  const only = query.only && new Set(query.only);
  const all = (await listExecuteApiEndpoints(session)).filter((e) => !skip.has(e.id) && (!only || only.has(e.id)));
  const page = pageOf(all, query, { searchText, sortBy: SORT_BY, pageSize });
  const vpcs = await vpcLabels(
    session,
    page.items.map((e) => e.vpcId),
  );
  const vpcName = new Map(vpcs.map((v) => [v.id, v.name]));
  return {
    ...page,
    items: page.items.map((e) => ({
      id: e.id,
      name: e.name,
      vpcId: e.vpcId,
      vpcName: vpcName.get(e.vpcId),
      state: e.state,
      privateDnsEnabled: e.privateDnsEnabled,
      subnetCount: e.subnetIds.length,
      regionalDnsName: e.dnsNames.find((d) => d.kind === 'regional')?.dnsName,
    })),
  };
}

/** One page of endpoints as a form offers them (id, name, VPC and its name, state, private DNS), for `GET /vpc-endpoints/options`. */
export async function loadEndpointOptions(
  session: Session,
  query: EndpointQuery,
  pageSize: number,
): Promise<ListPage<EndpointOption>> {
  const page = await loadEndpointPage(session, query, pageSize);
  return {
    ...page,
    items: page.items.map((e) => ({
      id: e.id,
      name: e.name,
      vpcId: e.vpcId,
      vpcName: e.vpcName,
      state: e.state,
      privateDnsEnabled: e.privateDnsEnabled,
    })),
  };
}

/**
 * What `/vpc-endpoints/{id}` reads, each section started as soon as what it needs is known and awaited on its own
 * (by the page and the call-budget test). The endpoint's own sections wait for the endpoint list (cached).
 */
export function loadEndpointDetailSections(session: Session, vpceId: string) {
  const endpoint = section(() => findEndpoint(session, vpceId), { operation: 'ec2:DescribeVpcEndpoints' });
  const found = endpoint.then((e) => (e.ok ? e.data : undefined));
  const ofEndpoint = <T>(read: (e: VpcEndpoint) => Promise<T>, hint: ErrorHint) =>
    section(async () => {
      const e = await found;
      if (!e) throw new ActionFailure(NO_ENDPOINT);
      return read(e);
    }, hint);
  return {
    endpoint,
    subnets: ofEndpoint((e) => listSubnets(session, e.subnetIds), { operation: 'ec2:DescribeSubnets' }),
    dns: ofEndpoint((e) => getVpcDnsAttributes(session, e.vpcId), { operation: 'ec2:DescribeVpcAttribute' }),
    vpc: found.then(async (e) => (e ? (await vpcLabels(session, [e.vpcId])).at(0) : undefined)),
    apis: section(() => loadListingApis(session, vpceId), { operation: 'apigateway:GetRestApis' }),
    associations: section(() => loadEndpointAssociations(session, vpceId), {
      operation: 'apigateway:GetDomainNameAccessAssociations',
    }),
  };
}

const NO_ENDPOINT: ConsoleError = {
  kind: 'not-found',
  title: 'Endpoint not found',
  message: 'This account has no execute-api endpoint with this id in this Region.',
};
