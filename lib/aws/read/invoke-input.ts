import 'server-only';
import { cache } from 'react';
import { paginateGetResources } from '@aws-sdk/client-api-gateway';
import type { ConsoleError } from '@/lib/errors';
import { toConsoleError, type ErrorHint } from '@/lib/aws/errors';
import { getCallerIdentity } from '@/lib/aws/identity';
import type { Session } from '@/lib/aws/session';
import { normalizeDnsName } from '@/lib/invoke/dns';
import type {
  AccessAssociationInfo,
  DnsRecordInfo,
  EndpointAccessMode,
  InvokeInput,
  InvokeTarget,
  PrivateDomainInfo,
  RestApiInfo,
  VpcDnsAttributes,
  VpcEndpointInfo,
} from '@/lib/invoke/types';
import type { Section } from '@/lib/result';
import { matchMethod, sampleRequest, type ResourceMethods } from '@/lib/invoke-ui/method-match';
import { buildAnswer, type AuthorizationSource, type LoadedAnswer } from '@/lib/invoke-ui/answer';
import type { ChoiceErrors, DomainChoice, InvokeChoices } from '@/lib/invoke-ui/choices';
import { toClientSituation, toInvokeRequest } from '@/lib/invoke-ui/engine-input';
import { HTTP_METHODS, type HttpMethod, type InvokeSelection } from '@/lib/invoke-ui/selection';
import { getClients } from '../clients';
import { listAccessAssociations } from './access-associations';
import { listBasePathMappings, listOwnDomains, listSharedDomains } from './domains';
import { isPrivateDomain, type Domain } from '@/lib/model/domains';
import { listHostedZonesByVpc, listRecordsNamed } from './hosted-zones';
import { getRestApi, isPrivateApi, listRestApis, listStages } from './rest-apis';
import type { RestApi } from '@/lib/model/rest-apis';
import { PAGE_SIZE } from './serialize';
import { getVpcDnsAttributes, listExecuteApiEndpoints } from './vpc-endpoints';
import type { VpcEndpoint } from '@/lib/model/vpc-endpoints';

export type { LoadedAnswer };

/** A failure already worded for the operator (or an AWS error mapped with the call that failed). */
class InvokeReadError extends Error {
  constructor(readonly error: ConsoleError) {
    super(error.message);
  }
}

async function step<T>(hint: ErrorHint, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof InvokeReadError) throw error;
    throw new InvokeReadError(toConsoleError(error, hint));
  }
}

function notFound(title: string, message: string, field: string): InvokeReadError {
  return new InvokeReadError({ kind: 'not-found', title, message, field });
}

export function toEndpointInfo(e: VpcEndpoint, account: string, region: string): VpcEndpointInfo {
  return {
    id: e.id,
    vpcId: e.vpcId,
    ownerAccountId: e.ownerId ?? account,
    region,
    privateDnsEnabled: e.privateDnsEnabled,
    dnsEntries: e.dnsNames.map((d) => ({ dnsName: d.dnsName, hostedZoneId: d.hostedZoneId ?? '' })),
    ipAddressType: e.ipAddressType ?? 'ipv4',
    state: e.state,
  };
}

function accessMode(value: string | undefined): EndpointAccessMode | undefined {
  return value === 'STRICT' || value === 'BASIC' ? value : undefined;
}

async function restApiInfo(session: Session, account: string, restApiId: string): Promise<RestApiInfo> {
  const resource = `/restapis/${restApiId}`;
  let api: RestApi;
  try {
    api = await getRestApi(session, restApiId);
  } catch (error) {
    const mapped = toConsoleError(error, { operation: 'apigateway:GetRestApi', resource });
    if (mapped.kind === 'not-found') {
      throw notFound(
        'API not found',
        `Account ${account} has no REST API ${restApiId} in ${session.region}. Pick an API from the list, or switch the account context or Region.`,
        'api',
      );
    }
    throw new InvokeReadError(mapped);
  }
  const stages = await step({ operation: 'apigateway:GetStages', resource }, () => listStages(session, restApiId));
  return {
    id: api.id,
    name: api.name,
    accountId: account,
    region: session.region,
    endpointTypes: api.endpointTypes,
    vpcEndpointIds: api.vpcEndpointIds,
    // The owner reads its own API: no policy attached is a fact, not an unknown.
    policy: api.policy ?? null,
    disableExecuteApiEndpoint: api.disableExecuteApiEndpoint,
    securityPolicy: api.securityPolicy,
    endpointAccessMode: accessMode(api.endpointAccessMode),
    stages: stages.map((s) =>
      s.deploymentId ? { name: s.stageName, deploymentId: s.deploymentId } : { name: s.stageName },
    ),
  };
}

/** Every resource with its methods' authorization types (one paginated call with `embed=methods`). */
const listResourceMethods = cache(async (session: Session, restApiId: string): Promise<ResourceMethods[]> => {
  const client = getClients(session).apigateway;
  const out: ResourceMethods[] = [];
  for await (const page of paginateGetResources(
    { client, pageSize: PAGE_SIZE.apigateway },
    { restApiId, embed: ['methods'] },
  )) {
    for (const r of page.items ?? []) {
      const methods = Object.fromEntries(
        Object.entries(r.resourceMethods ?? {}).map(([m, def]) => [m.toUpperCase(), def.authorizationType ?? 'NONE']),
      );
      out.push({ path: r.path ?? '/', methods });
    }
  }
  return out;
});

interface DomainTarget {
  domain: PrivateDomainInfo;
  mappedApis?: RestApiInfo[];
}

function ownDomainInfo(d: Domain, account: string, region: string): PrivateDomainInfo {
  return {
    domainName: d.domainName,
    domainNameId: d.domainNameId ?? '',
    domainNameArn: d.domainNameArn ?? '',
    ownerAccountId: account,
    region,
    policy: d.policy ?? null,
    status: d.status,
    securityPolicy: d.securityPolicy,
    endpointAccessMode: accessMode(d.endpointAccessMode),
  };
}

async function domainTarget(
  session: Session,
  account: string,
  name: string,
  id: string,
  basePath: string,
): Promise<DomainTarget> {
  const own = (await step({ operation: 'apigateway:GetDomainNames' }, () => listOwnDomains(session))).find(
    (d) => d.domainName === name && d.domainNameId === id,
  );
  if (own) {
    const mappings = await step({ operation: 'apigateway:GetBasePathMappings', resource: `${name} (${id})` }, () =>
      listBasePathMappings(session, name, id),
    );
    const domain: PrivateDomainInfo = { ...ownDomainInfo(own, account, session.region), basePathMappings: mappings };
    const mapped = mappings.find((m) => m.basePath === basePath);
    // Only the API behind the chosen base path matters for this answer.
    const mappedApis = mapped ? [await restApiInfo(session, account, mapped.restApiId)] : [];
    return { domain, mappedApis };
  }
  const shared = (
    await step({ operation: 'apigateway:GetDomainNames', resource: 'resourceOwner=OTHER_ACCOUNTS' }, () =>
      listSharedDomains(session),
    )
  ).find((d) => d.domainName === name && d.domainNameId === id);
  if (!shared) {
    throw notFound(
      'Domain not found',
      `No private domain ${name} with id ${id} is owned by or shared with account ${account} in ${session.region}. Check the id (the part after "+" in the domain ARN), accept the provider's RAM invitation, or switch the account context or Region.`,
      'domainId',
    );
  }
  // A consumer sees name, id and ARN only (reference §1.11): policy, mappings and settings stay unknown.
  return {
    domain: {
      domainName: shared.domainName,
      domainNameId: shared.domainNameId,
      domainNameArn: shared.domainNameArn,
      ownerAccountId: shared.ownerAccountId ?? '',
      region: session.region,
    },
  };
}

/**
 * Records the VPC resolver answers for the domain: those of the most specific private zone on the VPC that covers
 * the name (a more specific zone shadows its parents).
 */
async function domainDnsRecords(session: Session, vpcId: string, domainName: string): Promise<DnsRecordInfo[]> {
  const zones = await step({ operation: 'route53:ListHostedZonesByVPC', resource: vpcId }, () =>
    listHostedZonesByVpc(session, vpcId),
  );
  const name = normalizeDnsName(domainName);
  const zone = zones
    .filter((z) => !z.owningService && (name === z.name || name.endsWith(`.${z.name}`)))
    .sort((a, b) => b.name.length - a.name.length)[0];
  if (!zone) return [];
  return step({ operation: 'route53:ListResourceRecordSets', resource: zone.id }, () =>
    listRecordsNamed(session, zone.id, zone.name, vpcId, name),
  );
}

export interface InvokeReads {
  input: InvokeInput;
  /** The endpoint the answer is computed for (the operator's choice). */
  endpoint?: VpcEndpointInfo;
  authorization: AuthorizationSource;
}

/**
 * Everything the engine needs for this selection, read from AWS in the session's account and Region — and only
 * that: DNS records only for a domain target, the mapped API only for the chosen base path.
 */
async function readInvokeInput(session: Session, selection: InvokeSelection): Promise<InvokeReads> {
  const { account } = await step({ operation: 'sts:GetCallerIdentity' }, () => getCallerIdentity(session));
  const endpoints = (await step({ operation: 'ec2:DescribeVpcEndpoints' }, () => listExecuteApiEndpoints(session))).map(
    (e) => toEndpointInfo(e, account, session.region),
  );
  const endpoint = selection.vpce ? endpoints.find((e) => e.id === selection.vpce) : undefined;
  if (selection.vpce && !endpoint) {
    throw notFound(
      'VPC endpoint not found',
      `${selection.vpce} is not an execute-api interface endpoint of account ${account} in ${session.region}. Pick one of the account's endpoints.`,
      'vpce',
    );
  }
  const vpcId = endpoint?.vpcId;
  const vpcs: VpcDnsAttributes[] = vpcId
    ? [
        await step({ operation: 'ec2:DescribeVpcAttribute', resource: vpcId }, () =>
          getVpcDnsAttributes(session, vpcId),
        ),
      ]
    : [];

  let target: InvokeTarget;
  let accessAssociations: AccessAssociationInfo[] = [];
  let dnsRecords: DnsRecordInfo[] = [];
  let authApi: { api: RestApiInfo; path: string } | undefined;

  if (selection.target === 'api' && selection.api && selection.stage) {
    const api = await restApiInfo(session, account, selection.api);
    target = { kind: 'rest-api', api, stage: selection.stage };
    authApi = { api, path: selection.path };
  } else if (selection.target === 'domain' && selection.domain && selection.domainId) {
    const basePath = selection.basePath ?? '(none)';
    const { domain, mappedApis } = await domainTarget(session, account, selection.domain, selection.domainId, basePath);
    target = { kind: 'private-domain', domain, basePath, ...(mappedApis ? { mappedApis } : {}) };
    const associations = await step(
      { operation: 'apigateway:GetDomainNameAccessAssociations', resource: 'resourceOwner=SELF' },
      () => listAccessAssociations(session, 'SELF'),
    );
    accessAssociations = associations
      .filter((a) => a.sourceType === 'VPCE')
      .map((a) => ({ domainNameArn: a.domainNameArn, vpceId: a.source }));
    if (vpcId) dnsRecords = await domainDnsRecords(session, vpcId, domain.domainName);
    const mapping = domain.basePathMappings?.find((m) => m.basePath === basePath);
    const api = mappedApis?.[0];
    if (mapping && api) {
      // Without a mapping stage the first path segment names the stage.
      authApi = {
        api,
        path: mapping.stage ? selection.path : `/${selection.path.split('/').filter(Boolean).slice(1).join('/')}`,
      };
    }
  } else {
    throw new InvokeReadError({
      kind: 'invalid-input',
      title: 'Choose a target',
      message: 'Pick a private API and stage, or a private domain and base path.',
      field: 'target',
    });
  }

  let authorization: AuthorizationSource = { type: 'NONE', source: 'assumed' };
  if (selection.auth) {
    authorization = { type: selection.auth === 'iam' ? 'AWS_IAM' : 'NONE', source: 'operator' };
  } else if (authApi) {
    const { api, path } = authApi;
    const resources = await step({ operation: 'apigateway:GetResources', resource: `/restapis/${api.id}` }, () =>
      listResourceMethods(session, api.id),
    );
    const match = matchMethod(resources, selection.method, path);
    authorization = match
      ? { type: match.authorizationType, source: 'method', method: match, apiId: api.id }
      : { type: 'NONE', source: 'no-method', apiId: api.id };
  }

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
  return { input, endpoint, authorization };
}

/** The engine input for a selection, or the error of the read that failed (worded for the operator). */
export async function loadInvokeInput(session: Session, selection: InvokeSelection): Promise<Section<InvokeReads>> {
  try {
    return { ok: true, data: await readInvokeInput(session, selection) };
  } catch (error) {
    return { ok: false, error: error instanceof InvokeReadError ? error.error : toConsoleError(error) };
  }
}

/**
 * The invoke answer for a complete selection (see `isComplete`), or the error of the read that failed, worded
 * for the operator; `error.field` names the selection field to correct when there is one.
 */
export async function loadInvokeAnswer(session: Session, selection: InvokeSelection): Promise<Section<LoadedAnswer>> {
  const loaded = await loadInvokeInput(session, selection);
  if (!loaded.ok) return loaded;
  const reads = loaded.data;
  const vpcId = reads.endpoint?.vpcId;
  const answer = buildAnswer(reads.input, toClientSituation(selection, vpcId), reads.endpoint, reads.authorization);
  return { ok: true, data: vpcId ? { answer, vpcId } : { answer } };
}

async function tryRead<T>(hint: ErrorHint, read: () => Promise<T>): Promise<Section<T>> {
  try {
    return { ok: true, data: await read() };
  } catch (error) {
    return { ok: false, error: toConsoleError(error, hint) };
  }
}

interface Loaded {
  choices: InvokeChoices;
  errors: ChoiceErrors;
}

/**
 * What the selection's defaults depend on: the account's execute-api endpoints, the chosen API's stages, the
 * chosen own domain's base paths (a shared domain's mappings are not readable).
 */
export async function loadSelectionChoices(session: Session, selection: InvokeSelection): Promise<Loaded> {
  const choices: InvokeChoices = {};
  const errors: ChoiceErrors = {};
  const endpoints = await tryRead({ operation: 'ec2:DescribeVpcEndpoints' }, () => listExecuteApiEndpoints(session));
  if (endpoints.ok) {
    choices.endpoints = endpoints.data.map((e) => ({
      id: e.id,
      name: e.name,
      vpcId: e.vpcId,
      privateDnsEnabled: e.privateDnsEnabled,
      state: e.state,
    }));
  } else errors.endpoints = endpoints.error;

  if (selection.target === 'api' && selection.api) {
    const api = selection.api;
    const stages = await tryRead({ operation: 'apigateway:GetStages', resource: `/restapis/${api}` }, () =>
      listStages(session, api),
    );
    if (stages.ok) choices.stages = stages.data.map((s) => s.stageName);
    else if (stages.error.kind !== 'not-found') errors.stages = stages.error;
  }
  const { domain, domainId } = selection;
  if (selection.target === 'domain' && domain && domainId) {
    const own = await tryRead({ operation: 'apigateway:GetDomainNames' }, () => listOwnDomains(session));
    if (own.ok && own.data.some((d) => d.domainName === domain && d.domainNameId === domainId)) {
      const mappings = await tryRead(
        { operation: 'apigateway:GetBasePathMappings', resource: `${domain} (${domainId})` },
        () => listBasePathMappings(session, domain, domainId),
      );
      if (mappings.ok) choices.basePaths = mappings.data;
      else errors.basePaths = mappings.error;
    }
  }
  return { choices, errors };
}

/**
 * Everything the invoke form offers: this account's private APIs, its own and shared private domains, plus the
 * selection-dependent lists of `loadSelectionChoices`. Each list loads on its own so one failing call leaves the
 * others usable.
 */
export async function loadInvokeChoices(session: Session, selection: InvokeSelection): Promise<Loaded> {
  const [apis, own, shared, identity, forSelection] = await Promise.all([
    tryRead({ operation: 'apigateway:GetRestApis' }, () => listRestApis(session)),
    tryRead({ operation: 'apigateway:GetDomainNames' }, () => listOwnDomains(session)),
    tryRead({ operation: 'apigateway:GetDomainNames', resource: 'resourceOwner=OTHER_ACCOUNTS' }, () =>
      listSharedDomains(session),
    ),
    tryRead({ operation: 'sts:GetCallerIdentity' }, () => getCallerIdentity(session)),
    loadSelectionChoices(session, selection),
  ]);
  const account = identity.ok ? identity.data.account : '';
  const choices: InvokeChoices = { ...forSelection.choices };
  const errors: ChoiceErrors = { ...forSelection.errors };

  if (apis.ok) choices.apis = apis.data.filter(isPrivateApi).map((a) => ({ id: a.id, name: a.name }));
  else errors.apis = apis.error;

  const domains: DomainChoice[] = [];
  if (own.ok) {
    for (const d of own.data.filter(isPrivateDomain)) {
      domains.push({
        name: d.domainName,
        id: d.domainNameId ?? '',
        arn: d.domainNameArn ?? '',
        ownerAccountId: account,
        shared: false,
      });
    }
  } else errors.domains = own.error;
  if (shared.ok) {
    for (const d of shared.data)
      domains.push({
        name: d.domainName,
        id: d.domainNameId,
        arn: d.domainNameArn,
        ownerAccountId: d.ownerAccountId ?? '',
        shared: true,
      });
  } else errors.domains ??= shared.error;
  if (own.ok || shared.ok) choices.domains = domains;
  return { choices, errors };
}

/**
 * A method the target really has, for an answer nobody chose a request for yet (a fresh Invoke tab or a newly
 * picked target); `undefined` when the API behind the target is not readable or has no methods.
 */
export async function loadSampleRequest(
  session: Session,
  selection: InvokeSelection,
): Promise<{ method: HttpMethod; path: string } | undefined> {
  let apiId: string | undefined;
  if (selection.target === 'api') apiId = selection.api;
  const { domain, domainId } = selection;
  if (selection.target === 'domain' && domain && domainId) {
    const own = await tryRead({}, () => listOwnDomains(session));
    if (!own.ok || !own.data.some((d) => d.domainName === domain && d.domainNameId === domainId)) return undefined;
    const mappings = await tryRead({}, () => listBasePathMappings(session, domain, domainId));
    // Without a mapping stage the path would have to start with a stage name; leave that to the operator.
    const mapping = mappings.ok
      ? mappings.data.find((m) => m.basePath === (selection.basePath ?? '(none)') && m.stage)
      : undefined;
    apiId = mapping?.restApiId;
  }
  if (!apiId) return undefined;
  const id = apiId;
  const resources = await tryRead({}, () => listResourceMethods(session, id));
  const sample = resources.ok ? sampleRequest(resources.data) : undefined;
  return sample && (HTTP_METHODS as readonly string[]).includes(sample.method)
    ? { method: sample.method as HttpMethod, path: sample.path }
    : undefined;
}
