import type { ServiceContext } from '../../core/types';
import type { EmulatorState } from '../../core/state';
import { domainNameId as newDomainNameId } from '../../core/ids';
import { jsonResponse } from '../../core/protocols/restJson';
import {
  allRegionStates,
  isPrivateDomain,
  regionState,
  type EndpointConfiguration,
  type StoredDomainName,
  type StoredPrivateDomain,
} from './state';
import { badRequest, conflict, limitExceeded } from './errors';
import { ENDPOINT_CONFIGURATION, bodyOf, queryOf } from './input';
import { paginate } from './pagination';
import { patchOperations, replacementValue, unsupportedPatch, type PatchOperation } from './patch';
import { denyAllDomainPolicy, domainExecuteApiArn, storedDomainPolicy, storedManagementPolicy } from './policies';
import { domainNameToWire, sharedDomainNameToWire } from './wire';
import { callerSlot, requireDomain } from './lookup';
import { privateDomainArn, publicDomainArn, parsePrivateDomainArn } from './arns';
import { requireUsableCertificate } from './certificates';
import { managementPolicyGrants } from './managementPolicy';
import { liveAssociationsOf } from './accessAssociationQueries';
import type { PathParams } from './router';
import { entry } from '../../core/entry';

export const ROUTING_MODES = [
  'BASE_PATH_MAPPING_ONLY',
  'ROUTING_RULE_ONLY',
  'ROUTING_RULE_THEN_BASE_PATH_MAPPING',
] as const;
export const SECURITY_POLICIES = [
  'TLS_1_0',
  'TLS_1_2',
  'SecurityPolicy_TLS13_1_3_2025_09',
  'SecurityPolicy_TLS13_1_3_FIPS_2025_09',
  'SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09',
  'SecurityPolicy_TLS13_1_2_FIPS_PQ_2025_09',
  'SecurityPolicy_TLS13_1_2_FIPS_PFS_PQ_2025_09',
  'SecurityPolicy_TLS13_1_2_PQ_2025_09',
  'SecurityPolicy_TLS13_1_2_2021_06',
  'SecurityPolicy_TLS13_2025_EDGE',
  'SecurityPolicy_TLS12_PFS_2025_EDGE',
  'SecurityPolicy_TLS12_2018_EDGE',
] as const;
const ACCESS_MODES = ['BASIC', 'STRICT'] as const;
const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
/** Raisable default quota (L-24E7E662); enforced on the API, not on seeds. */
const MAX_PRIVATE_DOMAINS = 50;

export interface CreateDomainNameInput {
  domainName: string;
  certificateArn?: string;
  regionalCertificateArn?: string;
  endpointConfiguration?: Partial<EndpointConfiguration>;
  securityPolicy?: string;
  endpointAccessMode?: string;
  policy?: string;
  routingMode?: string;
  tags?: Record<string, string>;
}

/** Create a public or private custom domain name. Plain function: the HTTP handler and the seeds both use it. */
export function createDomainName(
  state: EmulatorState,
  account: string,
  region: string,
  input: CreateDomainNameInput,
  now: Date,
  ids: { domainNameId?: string } = {},
): StoredDomainName {
  const domainName = input.domainName.toLowerCase();
  const types = input.endpointConfiguration?.types ?? ['EDGE'];
  if (types.length !== 1 || !['EDGE', 'REGIONAL', 'PRIVATE'].includes(types[0])) {
    throw badRequest('Invalid endpoint configuration: exactly one of REGIONAL, EDGE, PRIVATE is required');
  }
  const isPrivate = types[0] === 'PRIVATE';
  if (domainName.startsWith('*.') && isPrivate)
    throw badRequest('Wildcard domain names are not supported for private custom domain names');
  if (!HOSTNAME.test(domainName.replace(/^\*\./, ''))) throw badRequest(`Invalid domain name: ${input.domainName}`);
  const slot = regionState(state.apigateway, account, region);
  const securityPolicy = input.securityPolicy ?? 'TLS_1_2';
  if (isPrivate && securityPolicy === 'TLS_1_0')
    throw badRequest('Private custom domain names only support TLS 1.2 security policies');

  const certificateArn = types[0] === 'REGIONAL' ? input.regionalCertificateArn : input.certificateArn;
  if (!certificateArn)
    throw badRequest(
      types[0] === 'REGIONAL' ? 'A regional certificate ARN is required' : 'A certificate ARN is required',
    );
  requireUsableCertificate(state, account, types[0] === 'EDGE' ? 'us-east-1' : region, certificateArn, domainName);

  const created = now.toISOString();
  const base = {
    domainName,
    certificateUploadDate: created,
    domainNameStatus: 'AVAILABLE',
    securityPolicy,
    endpointAccessMode: input.endpointAccessMode,
    routingMode: input.routingMode ?? 'BASE_PATH_MAPPING_ONLY',
    tags: input.tags ?? {},
    createdDate: created,
    basePathMappings: [],
  };
  let domain: StoredDomainName;
  if (isPrivate) {
    const id = ids.domainNameId ?? newDomainNameId();
    const executeApiArn = domainExecuteApiArn(region, account, domainName, id);
    domain = {
      ...base,
      domainNameId: id,
      domainNameArn: privateDomainArn(region, account, domainName, id),
      certificateArn,
      endpointConfiguration: {
        types: ['PRIVATE'],
        ipAddressType: input.endpointConfiguration?.ipAddressType ?? 'dualstack',
      },
      policy: input.policy ? storedDomainPolicy(input.policy, executeApiArn) : denyAllDomainPolicy(executeApiArn),
    };
  } else {
    if (slot.domainNames.some((d) => d.domainNameId === undefined && d.domainName === domainName)) {
      throw conflict('The domain name you provided already exists.');
    }
    domain = {
      ...base,
      domainNameArn: publicDomainArn(region, domainName),
      ...(types[0] === 'REGIONAL' ? { regionalCertificateArn: certificateArn } : { certificateArn }),
      endpointConfiguration: { types: [...types], ipAddressType: input.endpointConfiguration?.ipAddressType ?? 'ipv4' },
    };
  }
  slot.domainNames.push(domain);
  return domain;
}

/** Locate a private domain anywhere by its ARN (RAM uses this to write the managementPolicy of a shared domain). */
export function findPrivateDomainByArn(state: EmulatorState, arn: string): StoredPrivateDomain | undefined {
  const ref = parsePrivateDomainArn(arn);
  if (!ref) return undefined;
  return entry(entry(state.apigateway.byAccount, ref.account) ?? {}, ref.region)?.domainNames.find(
    (d): d is StoredPrivateDomain =>
      isPrivateDomain(d) && d.domainNameId === ref.domainNameId && d.domainName === ref.domainName,
  );
}

/** Private domains of other accounts in `region` whose managementPolicy lets `account` associate with them. */
export function domainsSharedWith(state: EmulatorState, account: string, region: string): StoredDomainName[] {
  const shared: StoredDomainName[] = [];
  for (const { account: owner, region: ownerRegion, slot } of allRegionStates(state.apigateway)) {
    if (owner === account || ownerRegion !== region) continue;
    for (const domain of slot.domainNames) {
      const grants = managementPolicyGrants(domain.managementPolicy, {
        callerAccount: account,
        domainArn: domain.domainNameArn,
        organization: state.organization,
      });
      if (domain.domainNameId && grants) shared.push(domain);
    }
  }
  return shared;
}

export function getDomainNames(ctx: ServiceContext) {
  const owner = queryOf(ctx).string('resourceOwner') ?? 'SELF';
  if (owner === 'OTHER_ACCOUNTS') {
    const page = paginate(
      domainsSharedWith(ctx.state, ctx.req.account, ctx.req.region),
      queryOf(ctx),
      (d) => d.domainNameArn,
    );
    return jsonResponse(200, { position: page.position, item: page.items.map(sharedDomainNameToWire) });
  }
  if (owner !== 'SELF') throw badRequest(`Invalid resourceOwner ${owner}: must be SELF or OTHER_ACCOUNTS`);
  const page = paginate(callerSlot(ctx).domainNames, queryOf(ctx), (d) => d.domainNameArn);
  return jsonResponse(200, {
    position: page.position,
    item: page.items.map((d) => domainNameToWire(d, ctx.req.region)),
  });
}

export function getDomainName(ctx: ServiceContext, params: PathParams) {
  return jsonResponse(200, domainNameToWire(requireDomain(ctx, params.domain_name), ctx.req.region));
}

export function createDomainNameHandler(ctx: ServiceContext) {
  const body = bodyOf(ctx);
  for (const unsupported of [
    'certificateBody',
    'certificatePrivateKey',
    'certificateChain',
    'mutualTlsAuthentication',
  ]) {
    if (body.has(unsupported))
      throw badRequest(`${unsupported} is not supported by the emulator; use an ACM certificate ARN`);
  }
  const endpointConfiguration = body.read('endpointConfiguration', ENDPOINT_CONFIGURATION, 'an object');
  const input: CreateDomainNameInput = {
    domainName: body.required('domainName'),
    certificateArn: body.string('certificateArn'),
    regionalCertificateArn: body.string('regionalCertificateArn'),
    endpointConfiguration,
    securityPolicy: body.oneOf('securityPolicy', SECURITY_POLICIES),
    endpointAccessMode: body.oneOf('endpointAccessMode', ACCESS_MODES),
    policy: body.string('policy'),
    routingMode: body.oneOf('routingMode', ROUTING_MODES),
    tags: body.stringMap('tags'),
  };
  if (endpointConfiguration?.types?.includes('PRIVATE')) {
    const privateCount = callerSlot(ctx).domainNames.filter((d) => d.domainNameId).length;
    if (privateCount >= MAX_PRIVATE_DOMAINS) {
      throw limitExceeded(
        `Maximum number of private custom domain names (${MAX_PRIVATE_DOMAINS}) reached for this account in this Region`,
      );
    }
  }
  const domain = createDomainName(ctx.state, ctx.req.account, ctx.req.region, input, ctx.now());
  ctx.commit();
  return jsonResponse(201, domainNameToWire(domain, ctx.req.region));
}

export function updateDomainName(ctx: ServiceContext, params: PathParams) {
  const domain = requireDomain(ctx, params.domain_name);
  const operations = patchOperations(bodyOf(ctx));
  const draft: StoredDomainName = structuredClone(domain);
  for (const op of operations) applyDomainPatch(ctx, draft, op);
  Object.assign(domain, draft);
  ctx.commit();
  return jsonResponse(200, domainNameToWire(domain, ctx.req.region));
}

function applyDomainPatch(ctx: ServiceContext, domain: StoredDomainName, op: PatchOperation): void {
  const what = 'DomainName';
  const isPrivate = domain.domainNameId !== undefined;
  const { account, region } = ctx.req;
  switch (op.path) {
    case '/policy': {
      if (!isPrivateDomain(domain)) unsupportedPatch(op, what);
      const executeApiArn = domainExecuteApiArn(region, account, domain.domainName, domain.domainNameId);
      domain.policy =
        op.op === 'remove'
          ? denyAllDomainPolicy(executeApiArn)
          : storedDomainPolicy(replacementValue(op, what), executeApiArn);
      return;
    }
    case '/managementPolicy':
      if (!isPrivate) unsupportedPatch(op, what);
      domain.managementPolicy = op.op === 'remove' ? undefined : storedManagementPolicy(replacementValue(op, what));
      return;
    case '/certificateArn':
    case '/regionalCertificateArn': {
      const arn = replacementValue(op, what);
      const certRegion = domain.endpointConfiguration.types.includes('EDGE') ? 'us-east-1' : region;
      requireUsableCertificate(ctx.state, account, certRegion, arn, domain.domainName);
      if (op.path === '/certificateArn') domain.certificateArn = arn;
      else domain.regionalCertificateArn = arn;
      domain.certificateUploadDate = ctx.now().toISOString();
      return;
    }
    case '/securityPolicy': {
      const value = replacementValue(op, what);
      if (!(SECURITY_POLICIES as readonly string[]).includes(value))
        throw badRequest(`Invalid securityPolicy ${value}`);
      if (isPrivate && value === 'TLS_1_0')
        throw badRequest('Private custom domain names only support TLS 1.2 security policies');
      domain.securityPolicy = value;
      return;
    }
    case '/endpointAccessMode': {
      const value = replacementValue(op, what);
      if (!(ACCESS_MODES as readonly string[]).includes(value)) throw badRequest(`Invalid endpointAccessMode ${value}`);
      domain.endpointAccessMode = value;
      return;
    }
    case '/routingMode': {
      const value = replacementValue(op, what);
      if (!(ROUTING_MODES as readonly string[]).includes(value)) throw badRequest(`Invalid routingMode ${value}`);
      domain.routingMode = value;
      return;
    }
    default:
      unsupportedPatch(op, what);
  }
}

export function deleteDomainName(ctx: ServiceContext, params: PathParams) {
  const domain = requireDomain(ctx, params.domain_name);
  const live = liveAssociationsOf(ctx.state, domain.domainNameArn);
  if (live.length > 0) {
    throw conflict(
      `Domain name ${domain.domainName} still has ${live.length} domain name access association(s): ` +
        "delete your own and reject other accounts' associations first",
    );
  }
  const slot = callerSlot(ctx);
  slot.domainNames.splice(slot.domainNames.indexOf(domain), 1);
  ctx.commit();
  return jsonResponse(202);
}
