import 'server-only';
import { parseDomainNameArn } from '@/lib/domains/arn';
import { basePathProblem, NONE_BASE_PATH, normalizeBasePath } from '@/lib/domains/base-path';
import type { Session } from '@/lib/aws/session';
import { getCallerIdentity } from '@/lib/aws/identity';
import { section, type Section } from '@/lib/result';
import { FieldError } from '@/lib/errors';
import { pageOf } from '@/lib/inventory/paging';
import type { ListPage, ListQuery } from '@/lib/model/paging';
import { listAccessAssociations } from '@/lib/aws/read/access-associations';
import { listOwnDomains } from '@/lib/aws/read/domains';
import { isPrivateDomain } from '@/lib/model/domains';
import { listHostedZonesByVpc, listRecordsNamed } from '@/lib/aws/read/hosted-zones';
import type { ZoneRecord } from '@/lib/model/hosted-zones';
import { getVpcDnsAttributes, listExecuteApiEndpoints, listVpcs } from '@/lib/aws/read/vpc-endpoints';
import type { VpcEndpoint } from '@/lib/model/vpc-endpoints';
import { toEndpointInfo } from '@/lib/invoke-ui/engine-facts';
import { loadInvokeAnswer } from '@/lib/services/invoke/answer';
import { DEFAULT_SELECTION, type InvokeSelection } from '@/lib/invoke-ui/selection';
import { normalizeDnsName } from '@/lib/invoke/dns';
import type { VpcDnsAttributes, VpcEndpointInfo } from '@/lib/invoke/types';
import { checkDns } from '@/lib/consumer/dns-check';
import { assessEndpoints, publicDomainsServedByEndpoints, type OwnAssociation } from '@/lib/consumer/endpoint-choice';
import { consumerSteps } from '@/lib/consumer/steps';
import { providerRequest } from '@/lib/consumer/provider-message';
import { accessFacts } from './access';
import type {
  AssociatedEndpoint,
  ConsumerDomainView,
  DomainRefView,
  EndpointRow,
  EndpointSummary,
} from '@/lib/consumer/panel';

const hint = (operation: string, resource?: string) => ({ operation, resource });

async function dnsFor(
  session: Session,
  domainName: string,
  endpoint: VpcEndpointInfo,
  vpcDns: Section<VpcDnsAttributes>,
) {
  return section(
    async () => {
      const zones = await listHostedZonesByVpc(session, endpoint.vpcId);
      const name = normalizeDnsName(domainName);
      const effective = checkDns({ domainName: name, endpoint, zones, records: [] }).effectiveZone;
      const records: ZoneRecord[] = effective
        ? await listRecordsNamed(session, effective.id, effective.name, endpoint.vpcId, name)
        : [];
      const check = checkDns({
        domainName: name,
        endpoint,
        zones,
        records,
        vpcDns: vpcDns.ok ? vpcDns.data : undefined,
      });
      return { check, zones: check.candidateZones };
    },
    hint('route53:ListHostedZonesByVPC', endpoint.vpcId),
  );
}

/** Public custom domains of this account that a private zone on an endpoint's VPC sends to that endpoint. */
async function publicDomainUse(session: Session, endpoints: VpcEndpointInfo[]): Promise<Record<string, string[]>> {
  const publicNames = (await listOwnDomains(session))
    .filter((d) => !isPrivateDomain(d))
    .map((d) => normalizeDnsName(d.domainName));
  if (publicNames.length === 0 || endpoints.length === 0) return {};
  const records: ZoneRecord[] = [];
  for (const vpcId of new Set(endpoints.map((e) => e.vpcId))) {
    for (const zone of await listHostedZonesByVpc(session, vpcId)) {
      for (const name of publicNames.filter((n) => n === zone.name || n.endsWith(`.${zone.name}`))) {
        records.push(...(await listRecordsNamed(session, zone.id, zone.name, vpcId, name)));
      }
    }
  }
  return publicDomainsServedByEndpoints(endpoints, records, publicNames);
}

function summary(
  e: VpcEndpoint,
  vpcNames: Map<string, string | undefined>,
): EndpointSummary & { ipAddressType: string } {
  return {
    id: e.id,
    name: e.name,
    vpcId: e.vpcId,
    vpcName: vpcNames.get(e.vpcId),
    privateDnsEnabled: e.privateDnsEnabled,
    state: e.state,
    ipAddressType: e.ipAddressType ?? 'ipv4',
  };
}

/** VPC names and DNS attributes of the VPCs of some endpoints (one call for the names, one per VPC). */
async function vpcFacts(session: Session, endpoints: VpcEndpoint[]) {
  const vpcIds = [...new Set(endpoints.map((e) => e.vpcId))];
  const [vpcs, vpcDnsEntries] = await Promise.all([
    section(() => listVpcs(session, vpcIds)),
    Promise.all(
      vpcIds.map(
        async (id) =>
          [id, await section(() => getVpcDnsAttributes(session, id), hint('ec2:DescribeVpcAttribute', id))] as const,
      ),
    ),
  ]);
  return {
    vpcNames: new Map((vpcs.ok ? vpcs.data : []).map((v) => [v.id, v.name])),
    vpcDns: new Map(vpcDnsEntries),
  };
}

/** This account's access associations from its VPC endpoints (to any domain). */
async function ownAssociations(session: Session): Promise<OwnAssociation[]> {
  return (await listAccessAssociations(session, 'SELF'))
    .filter((a) => a.sourceType === 'VPCE')
    .map((a) => ({ arn: a.arn, domainNameArn: a.domainNameArn, vpceId: a.source }));
}

const endpointSearchText = (e: VpcEndpoint) => [e.id, e.name, e.vpcId, e.state].filter(Boolean).join(' ');

/**
 * One page of this account's execute-api endpoints as the associate step offers them for a shared domain: whether
 * each can be associated and what to know first. The VPC attributes and DNS records behind the notes are read for
 * the rows of the page only (`GET /vpc-endpoints/options/association`).
 */
export async function loadAssociationCandidates(
  session: Session,
  domainNameArn: string,
  query: ListQuery,
  pageSize: number,
): Promise<ListPage<EndpointRow>> {
  if (!parseDomainNameArn(domainNameArn))
    throw new FieldError('domainArn', `${domainNameArn} is not a private domain ARN.`);
  const [identity, endpoints, own] = await Promise.all([
    getCallerIdentity(session),
    listExecuteApiEndpoints(session),
    // Without them the step still lists the endpoints; associating re-checks on the server.
    ownAssociations(session).catch((): OwnAssociation[] => []),
  ]);
  const page = pageOf(endpoints, query, { searchText: endpointSearchText, sortBy: { id: (e) => e.id }, pageSize });
  const infos = page.items.map((e) => toEndpointInfo(e, identity.account, session.region));
  const [{ vpcNames, vpcDns }, publicUse] = await Promise.all([
    vpcFacts(session, page.items),
    section(() => publicDomainUse(session, infos), hint('route53:ListResourceRecordSets')),
  ]);
  const assessed = assessEndpoints({
    domainNameArn,
    endpoints: infos,
    associations: own,
    publicDomainsByEndpoint: publicUse.ok ? publicUse.data : undefined,
  });
  return {
    ...page,
    items: assessed.map((c, i) => {
      const dns = vpcDns.get(c.endpoint.vpcId);
      return {
        ...summary(page.items[i], vpcNames),
        vpcDns: dns?.ok ? dns.data : undefined,
        issues: c.issues,
        selectable: c.selectable,
      };
    }),
  };
}

/** The export offers the associated endpoints and at most this many others that could be associated. */
const EXPORT_CANDIDATES = 20;

/**
 * Everything the consumer panel shows for one shared domain, read in the session's account. Each part is a
 * Section, so one failing call leaves the rest of the panel usable. The endpoints to pick from load when the
 * associate step opens (`loadAssociationCandidates`).
 */
async function loadView(session: Session, domain: DomainRefView, basePath?: string): Promise<ConsumerDomainView> {
  const [identity, endpointList, ownList] = await Promise.all([
    getCallerIdentity(session),
    section(() => listExecuteApiEndpoints(session), hint('ec2:DescribeVpcEndpoints')),
    section(() => ownAssociations(session), hint('apigateway:GetDomainNameAccessAssociations', 'resourceOwner=SELF')),
  ]);
  const accountId = identity.account;
  const listed = endpointList.ok ? endpointList.data : [];
  const own = ownList.ok ? ownList.data : [];
  const mine = own.filter((a) => a.domainNameArn === domain.arn).sort((a, b) => a.vpceId.localeCompare(b.vpceId));
  const associatedEndpoints = listed.filter((e) => mine.some((a) => a.vpceId === e.id));
  const infos = associatedEndpoints.map((e) => toEndpointInfo(e, accountId, session.region));
  const { vpcNames, vpcDns } = await vpcFacts(session, associatedEndpoints);

  // Whether an endpoint can be associated needs no per-VPC read (the notes that do are warnings only).
  const candidates = assessEndpoints({
    domainNameArn: domain.arn,
    endpoints: listed.map((e) => toEndpointInfo(e, accountId, session.region)),
    associations: own,
  })
    .filter((c) => c.selectable)
    .map((c) => c.endpoint.id)
    .sort()
    .slice(0, EXPORT_CANDIDATES);
  const endpoints: ConsumerDomainView['endpoints'] = endpointList.ok
    ? { ok: true, data: { count: listed.length, exportable: candidates } }
    : endpointList;

  const associated: AssociatedEndpoint[] = await Promise.all(
    mine.map(async (a) => {
      const index = associatedEndpoints.findIndex((e) => e.id === a.vpceId);
      if (index < 0) return { associationArn: a.arn, vpceId: a.vpceId };
      const endpoint = infos[index];
      const attrs = vpcDns.get(endpoint.vpcId) ?? {
        ok: false as const,
        error: { kind: 'unknown' as const, title: 'Not read', message: 'VPC attributes were not read.' },
      };
      return {
        associationArn: a.arn,
        vpceId: a.vpceId,
        endpoint: summary(associatedEndpoints[index], vpcNames),
        vpcDns: attrs,
        dns: await dnsFor(session, domain.name, endpoint, attrs),
      };
    }),
  );

  // The panel follows one endpoint: one whose DNS already works, else the first associated one.
  const checked = associated.filter((a) => a.dns?.ok);
  const complete = (a: AssociatedEndpoint) => (a.dns?.ok ? a.dns.data.check.complete : false);
  const focus = checked.find(complete) ?? checked.at(0);
  const access = await accessFacts(session, domain.arn, mine.length > 0);
  const steps = consumerSteps({
    accountId,
    region: session.region,
    domain: { name: domain.name, arn: domain.arn, ownerAccountId: domain.ownerAccountId, region: domain.region },
    ...access,
    endpointCount: listed.length,
    associations: mine,
    dns: focus?.dns?.ok ? focus.dns.data.check : undefined,
    dnsEndpointId: focus?.vpceId,
    dnsIncompleteElsewhere: associated.filter((a) => a !== focus && !complete(a)).map((a) => a.vpceId),
    basePath,
  });

  const request = mine.length
    ? providerRequest({
        consumerAccountId: accountId,
        domainNameArn: domain.arn,
        endpoints: associated.map((a) => ({
          vpceId: a.vpceId,
          vpcId: a.endpoint?.vpcId,
          associationArn: a.associationArn,
        })),
      })
    : undefined;

  const invokeEndpoint = (focus ?? associated.find((a) => a.endpoint))?.endpoint;
  let invoke: ConsumerDomainView['invoke'];
  if (invokeEndpoint) {
    const selection: InvokeSelection = {
      ...DEFAULT_SELECTION,
      target: 'domain',
      domain: domain.name,
      domainId: domain.id,
      vpce: invokeEndpoint.id,
      ...(basePath ? { basePath } : {}),
    };
    invoke = { ...(await loadInvokeAnswer(session, selection)), basePath };
  }

  const associations: Section<AssociatedEndpoint[]> = ownList.ok ? { ok: true, data: associated } : ownList;
  return {
    accountId,
    region: session.region,
    domain,
    steps,
    endpoints,
    associations,
    providerRequest: request,
    invoke,
  };
}

/**
 * The consumer panel of a private domain another account owns (accept, associate, DNS, tell the provider, invoke,
 * leave). The domain's ARN is the only place a consumer learns the owner account. `basePath` is what the operator
 * says the provider mapped: a consumer cannot read the mappings, so the invoke answer uses it as given.
 */
export async function loadConsumerDomainPanel(
  session: Session,
  domainNameArn: string,
  basePath?: string,
): Promise<Section<ConsumerDomainView>> {
  const ref = parseDomainNameArn(domainNameArn);
  if (!ref)
    return {
      ok: false,
      error: {
        kind: 'invalid-input',
        title: 'Not a domain ARN',
        message: `${domainNameArn} is not a private domain ARN.`,
      },
    };
  const domain = {
    name: ref.domainName,
    id: ref.domainNameId,
    arn: domainNameArn,
    ownerAccountId: ref.accountId,
    region: ref.region,
  };
  // A base path AWS would refuse cannot be mapped either: the answer falls back to the catch-all.
  const mapped = basePath && !basePathProblem(basePath) ? normalizeBasePath(basePath) : NONE_BASE_PATH;
  return section(() => loadView(session, domain, mapped === NONE_BASE_PATH ? undefined : mapped), {
    operation: 'sts:GetCallerIdentity',
  });
}
