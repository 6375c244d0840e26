import 'server-only';
import type { ErrorHint } from '@/lib/aws/errors';
import { getCallerIdentity } from '@/lib/aws/identity';
import { listAccessAssociations } from '@/lib/aws/read/access-associations';
import { describeCertificate } from '@/lib/aws/read/certificates';
import { listBasePathMappings, listOwnDomains, listSharedDomains } from '@/lib/aws/read/domains';
import { listHostedZonesByVpc, listRecordsNamed, privateZonesFor, zoneRecordsNamed } from '@/lib/aws/read/hosted-zones';
import { readStageExport } from '@/lib/aws/read/stage-export';
import {
  getAuthorizerDetails,
  getGatewayResponseOrigins,
  getMethodDetails,
  listResources,
} from '@/lib/aws/read/methods';
import { getRestApi, listStages } from '@/lib/aws/read/rest-apis';
import { getVpcDnsAttributes, listExecuteApiEndpoints } from '@/lib/aws/read/vpc-endpoints';
import type { Session } from '@/lib/aws/session';
import { ActionFailure } from '@/lib/errors';
import { normalizeDnsName } from '@/lib/invoke/dns';
import type {
  AccessAssociationInfo,
  CorsInfo,
  DnsRecordInfo,
  DomainCertificateFacts,
  InvokeInput,
  InvokeTarget,
  MethodAuthorization,
  ReadRestApiInfo,
  RestApiInfo,
  VpcEndpointInfo,
} from '@/lib/invoke/types';
import type { AuthorizationSource } from '@/lib/invoke-ui/answer';
import { chosenAuthorization, toInvokeRequest } from '@/lib/invoke-ui/engine-input';
import {
  authorizationTypeOf,
  corsInfo,
  readAuthorization as readMethodAuthorization,
} from '@/lib/invoke-ui/method-facts';
import {
  answeringZone,
  pathBehindMapping,
  toEndpointInfo,
  toOwnDomainInfo,
  toRestApiInfo,
  toSharedDomainInfo,
} from '@/lib/invoke-ui/engine-facts';
import { matchMethod } from '@/lib/invoke-ui/method-match';
import type { InvokeSelection } from '@/lib/invoke-ui/selection';
import type { RestApi } from '@/lib/model/rest-apis';
import { section } from '@/lib/result';
import { availableRegions } from '@/lib/config/contexts';
import { currentAccount, otherSessions, sessionForAccount } from '@/lib/services/contexts/account-sessions';
import { apiNotFound, domainNotFound, endpointNotFound, incompleteTarget, targetInOtherRegion } from './failures';

/** One read the answer cannot do without: its failure, worded, becomes the answer's error. */
async function required<T>(hint: ErrorHint, load: () => Promise<T>): Promise<T> {
  const loaded = await section(load, hint);
  if (!loaded.ok) throw new ActionFailure(loaded.error);
  return loaded.data;
}

interface Caller {
  session: Session;
  account: string;
}

const where = ({ session, account }: Caller) => ({ account, region: session.region });

/**
 * The API with what its stages serve (their exports: the policy and endpoint ids of each deployment), which the
 * engine judges instead of the current ones: stage `only`, else every deployed stage (the alias name serves them
 * all). An export that cannot be read leaves the current configuration to judge.
 */
async function withDeployedStages(
  session: Session,
  api: ReadRestApiInfo,
  only: string | undefined,
): Promise<ReadRestApiInfo> {
  const stages = await Promise.all(
    api.stages.map(async (s) => {
      if (!s.deploymentId || (only !== undefined && s.name !== only)) return s;
      const deployed = await section(() => readStageExport(session, api.id, s.name));
      return deployed.ok ? { ...s, deployed: deployed.data } : s;
    }),
  );
  return { ...api, stages };
}

/** An API read with the session that could read it: the caller's, or a context of the API's owner. */
interface ReadApi {
  api: RestApiInfo;
  session: Session;
}

/** The API's stages and what each deployed one serves, read with the session that read the API. */
async function withStages(
  session: Session,
  account: string,
  api: RestApi,
  onlyStage?: string,
): Promise<ReadRestApiInfo> {
  const resource = `/restapis/${api.id}`;
  const stages = await required({ operation: 'apigateway:GetStages', resource }, () => listStages(session, api.id));
  return withDeployedStages(session, toRestApiInfo(api, stages, account, session.region), onlyStage);
}

async function readApi(caller: Caller, restApiId: string, onlyStage?: string): Promise<RestApiInfo> {
  return (await readApiOf(caller, restApiId, undefined, onlyStage)).api;
}

/**
 * The API in the caller's account; else another account's (a consumer calling the provider's API by id, which AWS
 * allows when the API policy allows the consumer's endpoint): read with the operator's context for `owner` or, with
 * no owner given, the first context that holds it, so nothing is unknown; else, with `owner` given, only what the
 * caller knows (id, owner, Region, stage name), every check of its configuration unknown.
 */
async function readApiOf(
  caller: Caller,
  restApiId: string,
  owner: string | undefined,
  onlyStage?: string,
): Promise<ReadApi> {
  const { session, account } = caller;
  const resource = `/restapis/${restApiId}`;
  const api = await section(() => getRestApi(session, restApiId), { operation: 'apigateway:GetRestApi', resource });
  if (api.ok) return { api: await withStages(session, account, api.data, onlyStage), session };
  if (api.error.kind !== 'not-found') throw new ActionFailure(api.error);
  const elsewhere = await ownerSession(session, restApiId, owner);
  if (elsewhere) {
    const theirs = await required({ operation: 'apigateway:GetRestApi', resource }, () =>
      getRestApi(elsewhere.session, restApiId),
    );
    return {
      api: await withStages(elsewhere.session, elsewhere.account, theirs, onlyStage),
      session: elsewhere.session,
    };
  }
  if (owner && owner !== account) {
    const hidden: RestApiInfo = { id: restApiId, accountId: owner, region: session.region, unreadable: true };
    return { api: hidden, session };
  }
  const other = await otherRegionHolding(session, async (s) => (await section(() => getRestApi(s, restApiId))).ok);
  throw new ActionFailure(
    other
      ? targetInOtherRegion(where(caller), `API ${restApiId}`, other, 'api')
      : apiNotFound(where(caller), restApiId),
  );
}

/** A context of the operator's that reads another account's API: the owner's when given, else any that holds it. */
async function ownerSession(
  session: Session,
  restApiId: string,
  owner: string | undefined,
): Promise<{ session: Session; account: string } | undefined> {
  if (owner) {
    const theirs = await sessionForAccount(session, owner);
    return theirs && theirs !== session ? { session: theirs, account: owner } : undefined;
  }
  for (const other of await otherSessions(session)) {
    if (!(await section(() => getRestApi(other, restApiId))).ok) continue;
    const theirs = await section(() => currentAccount(other));
    if (theirs.ok) return { session: other, account: theirs.data };
  }
  return undefined;
}

/**
 * A domain this account owns (with its mappings and, for the chosen base path only, the API behind it), else one
 * shared with it (name, id and ARN only).
 */
async function readDomainTarget(
  caller: Caller,
  name: string,
  id: string,
  basePath: string,
): Promise<Extract<InvokeTarget, { kind: 'private-domain' }>> {
  const { session, account } = caller;
  const own = (await required({ operation: 'apigateway:GetDomainNames' }, () => listOwnDomains(session))).find(
    (d) => d.domainName === name && d.domainNameId === id,
  );
  if (own) {
    const mappings = await required({ operation: 'apigateway:GetBasePathMappings', resource: `${name} (${id})` }, () =>
      listBasePathMappings(session, name, id),
    );
    const mapped = mappings.find((m) => m.basePath === basePath);
    const mappedApis = mapped ? [await readApi(caller, mapped.restApiId, mapped.stage)] : [];
    const domain = toOwnDomainInfo(own, mappings, account, session.region);
    const certificate = await readCertificateFacts(session, own.certificateArn);
    return { kind: 'private-domain', domain: certificate ? { ...domain, certificate } : domain, basePath, mappedApis };
  }
  const shared = (
    await required({ operation: 'apigateway:GetDomainNames', resource: 'resourceOwner=OTHER_ACCOUNTS' }, () =>
      listSharedDomains(session),
    )
  ).find((d) => d.domainName === name && d.domainNameId === id);
  if (!shared) {
    const holds = (d: { domainName: string; domainNameId?: string }) => d.domainName === name && d.domainNameId === id;
    const other = await otherRegionHolding(session, async (s) => {
      const [own, sharedThere] = await Promise.all([
        section(() => listOwnDomains(s)),
        section(() => listSharedDomains(s)),
      ]);
      return (own.ok && own.data.some(holds)) || (sharedThere.ok && sharedThere.data.some(holds));
    });
    throw new ActionFailure(
      other
        ? targetInOtherRegion(where(caller), `Private domain ${name} (${id})`, other, 'domainId')
        : domainNotFound(where(caller), name, id),
    );
  }
  return { kind: 'private-domain', domain: toSharedDomainInfo(shared, session.region), basePath };
}

/**
 * The domain's certificate as ACM reports it. Best effort: a role without acm:DescribeCertificate leaves the
 * certificate check out rather than failing the whole answer.
 */
async function readCertificateFacts(
  session: Session,
  arn: string | undefined,
): Promise<DomainCertificateFacts | undefined> {
  if (!arn) return undefined;
  const cert = await section(() => describeCertificate(session, arn));
  if (!cert.ok) return undefined;
  const { status, notAfter, domainName, subjectAlternativeNames } = cert.data;
  return { arn, status, names: [...new Set([domainName, ...subjectAlternativeNames])].filter(Boolean), notAfter };
}

/** Probing every Region of a context with all commercial Regions would cost dozens of calls on an error path. */
const MAX_REGIONS_PROBED = 6;

/** Another Region of the account context where `holds` finds the target (only for contexts with few Regions). */
async function otherRegionHolding(
  session: Session,
  holds: (session: Session) => Promise<boolean>,
): Promise<string | undefined> {
  const others = availableRegions(session.context).filter((r) => r !== session.region);
  if (others.length > MAX_REGIONS_PROBED) return undefined;
  for (const region of others) if (await holds({ ...session, region })) return region;
  return undefined;
}

/** The records the VPC resolver answers for the domain, from the zone that answers for it. */
async function readDomainRecords(session: Session, vpcId: string, domainName: string): Promise<DnsRecordInfo[]> {
  const zones = await required({ operation: 'route53:ListHostedZonesByVPC', resource: vpcId }, () =>
    listHostedZonesByVpc(session, vpcId),
  );
  const zone = answeringZone(zones, domainName);
  if (!zone) return recordsOnOtherVpcs(session, domainName);
  return required({ operation: 'route53:ListResourceRecordSets', resource: zone.id }, () =>
    listRecordsNamed(session, zone.id, zone.name, vpcId, normalizeDnsName(domainName)),
  );
}

/**
 * Records for the domain in this account's zones that the client VPC does not see, with the VPCs those zones are on
 * (the engine then says "associate the zone", not "create a record"). Best effort: a role without
 * route53:ListHostedZones still gets the plain "no record" answer.
 */
async function recordsOnOtherVpcs(session: Session, domainName: string): Promise<DnsRecordInfo[]> {
  const zones = await section(() => privateZonesFor(session, domainName));
  if (!zones.ok) return [];
  const name = normalizeDnsName(domainName);
  const found = await Promise.all(
    zones.data.map(async (z) => {
      const records = await section(() => zoneRecordsNamed(session, z, name));
      return records.ok ? records.data : [];
    }),
  );
  return found.flat();
}

async function readVpceAssociations(session: Session): Promise<AccessAssociationInfo[]> {
  const associations = await required(
    { operation: 'apigateway:GetDomainNameAccessAssociations', resource: 'resourceOwner=SELF' },
    () => listAccessAssociations(session, 'SELF'),
  );
  return associations
    .filter((a) => a.sourceType === 'VPCE')
    .map((a) => ({ domainNameArn: a.domainNameArn, vpceId: a.source }));
}

/** What the method's authorization and CORS answers are, as far as this account can read them. */
interface MethodFacts {
  authorization: AuthorizationSource;
  methodAuthorization?: MethodAuthorization;
  cors?: CorsInfo;
}

/**
 * The operator's choice, else the method the request reaches (GetMethod, GetAuthorizer); for browser clients also
 * the resource's OPTIONS method and the gateway responses. A consumer that cannot read the API gets "unknown".
 */
async function readMethodFacts(
  session: Session,
  selection: InvokeSelection,
  api: { api: RestApiInfo; path: string } | undefined,
): Promise<MethodFacts> {
  const chosen = chosenAuthorization(selection);
  // A choice needs no method read, except for browsers, whose CORS answers come from the API.
  if (chosen?.known && (!api || selection.client !== 'browser'))
    return {
      authorization: { type: chosen.authorizationType, source: 'operator', authorization: chosen },
      methodAuthorization: chosen,
    };
  if (!api) return { authorization: { type: 'NONE', source: 'unknown' }, methodAuthorization: { known: false } };
  const apiId = api.api.id;
  const resource = `/restapis/${apiId}`;
  const resources = await required({ operation: 'apigateway:GetResources', resource }, () =>
    listResources(session, apiId),
  );
  const match = matchMethod(
    resources.map((r) => ({ path: r.path, methods: Object.fromEntries(r.methods.map((m) => [m, 'NONE'])) })),
    selection.method,
    api.path,
  );
  const found = match && resources.find((r) => r.path === match.resourcePath);
  const method = (httpMethod: string) =>
    required(
      { operation: 'apigateway:GetMethod', resource: `${resource}/resources/${found?.id ?? ''}/methods/${httpMethod}` },
      () => getMethodDetails(session, apiId, found?.id ?? '', found?.path ?? '/', httpMethod),
    );
  const called = match && found ? await method(match.httpMethod) : undefined;
  let authorization: AuthorizationSource;
  let methodAuthorization: MethodAuthorization | undefined = chosen;
  if (chosen?.known) authorization = { type: chosen.authorizationType, source: 'operator', authorization: chosen };
  else if (match && called) {
    const authorizer = called.authorizerId
      ? await section(() => getAuthorizerDetails(session, apiId, called.authorizerId ?? ''))
      : undefined;
    methodAuthorization = readMethodAuthorization(called, authorizer?.ok ? authorizer.data : undefined);
    authorization = {
      type: methodAuthorization.known ? methodAuthorization.authorizationType : 'NONE',
      source: 'method',
      method: { ...match, authorizationType: authorizationTypeOf(called.authorizationType) },
      apiId,
      authorization: methodAuthorization,
    };
  } else authorization = { type: 'NONE', source: 'no-method', apiId };
  if (selection.client !== 'browser' || !found) return { authorization, methodAuthorization };
  // Browsers only: what answers the preflight, and whether API Gateway's own errors carry CORS headers.
  const options = found.methods.includes('OPTIONS') ? await method('OPTIONS') : null;
  const gateway = await section(() => getGatewayResponseOrigins(session, apiId));
  const cors = corsInfo(found.path, called, options, gateway.ok ? gateway.data : undefined);
  return { authorization, methodAuthorization, cors };
}

export interface InvokeReads {
  input: InvokeInput;
  /** The endpoint the answer is computed for (the operator's choice). */
  endpoint?: VpcEndpointInfo;
  authorization: AuthorizationSource;
  /** Says which of the operator's contexts read the target when it belongs to another account. */
  readElsewhere?: string;
}

/**
 * Everything the engine needs for a complete selection, read in the session's account and Region — and only that:
 * DNS records only for a domain target, the mapped API only for the chosen base path. Throws `ActionFailure` with
 * the worded error of the read that failed.
 */
export async function readInvokeInput(session: Session, selection: InvokeSelection): Promise<InvokeReads> {
  const { account } = await required({ operation: 'sts:GetCallerIdentity' }, () => getCallerIdentity(session));
  const caller: Caller = { session, account };
  const endpoints = (
    await required({ operation: 'ec2:DescribeVpcEndpoints' }, () => listExecuteApiEndpoints(session))
  ).map((e) => toEndpointInfo(e, account, session.region));
  const endpoint = selection.vpce ? endpoints.find((e) => e.id === selection.vpce) : undefined;
  if (selection.vpce && !endpoint) throw new ActionFailure(endpointNotFound(where(caller), selection.vpce));
  const vpcId = endpoint?.vpcId;
  const vpcs = vpcId
    ? [
        await required({ operation: 'ec2:DescribeVpcAttribute', resource: vpcId }, () =>
          getVpcDnsAttributes(session, vpcId),
        ),
      ]
    : [];

  let target: InvokeTarget;
  let accessAssociations: AccessAssociationInfo[] = [];
  let dnsRecords: DnsRecordInfo[] = [];
  let authApi: { api: RestApiInfo; path: string } | undefined;
  let apiSession = session;
  if (selection.target === 'api' && selection.api && selection.stage) {
    const read = await readApiOf(caller, selection.api, selection.apiAccount);
    target = { kind: 'rest-api', api: read.api, stage: selection.stage };
    apiSession = read.session;
    if (!read.api.unreadable) authApi = { api: read.api, path: selection.path };
  } else if (selection.target === 'domain' && selection.domain && selection.domainId) {
    const basePath = selection.basePath ?? '(none)';
    target = await readDomainTarget(caller, selection.domain, selection.domainId, basePath);
    accessAssociations = await readVpceAssociations(session);
    if (vpcId) dnsRecords = await readDomainRecords(session, vpcId, target.domain.domainName);
    const mapping = target.domain.basePathMappings?.find((m) => m.basePath === basePath);
    const api = target.mappedApis?.[0];
    if (mapping && api) authApi = { api, path: pathBehindMapping(mapping, selection.path) };
  } else {
    throw new ActionFailure(incompleteTarget(selection, undefined));
  }

  const { authorization, methodAuthorization, cors } = await readMethodFacts(apiSession, selection, authApi);
  const input: InvokeInput = {
    region: session.region,
    callerAccountId: account,
    target,
    vpcEndpoints: endpoints,
    vpcs,
    accessAssociations,
    dnsRecords,
    authorizationType: authorization.type,
    request: toInvokeRequest(selection),
  };
  if (methodAuthorization) input.methodAuthorization = methodAuthorization;
  if (cors) input.cors = cors;
  // The operator should know the answer rests on another context's view, not on what this account can read.
  const readElsewhere =
    apiSession.context.id !== session.context.id && target.kind === 'rest-api'
      ? `API ${target.api.id} belongs to account ${target.api.accountId}: its configuration was read with your context "${apiSession.context.label}".`
      : undefined;
  return { input, endpoint, authorization, ...(readElsewhere ? { readElsewhere } : {}) };
}
