import type { ServiceContext } from '../../core/types';
import type { EmulatorState } from '../../core/state';
import { findOwned } from '../ec2/state';
import { jsonResponse } from '../../core/protocols/restJson';
import { allRegionStates, regionState, type StoredAccessAssociation } from './state';
import { accessDenied, badRequest, conflict, limitExceeded, notFound } from './errors';
import { bodyOf, queryOf } from './input';
import { paginate } from './pagination';
import { accessAssociationToWire } from './wire';
import { callerSlot } from './lookup';
import { accessAssociationArn, accessAssociationArnAccount, parsePrivateDomainArn } from './arns';
import { findPrivateDomainByArn } from './domainNames';
import { managementPolicyGrants } from './managementPolicy';
import type { PathParams } from './router';
import { entry } from '../../core/entry';

/** Raisable default quota (L-4D98A8A5); enforced on the API, not on seeds. */
const MAX_ASSOCIATIONS_PER_ACCOUNT = 100;

export interface CreateAccessAssociationInput {
  domainNameArn: string;
  accessAssociationSourceType: string;
  accessAssociationSource: string;
  tags?: Record<string, string>;
}

/**
 * Associate the caller's VPC endpoint with a private domain (docs/aws/resources.md#domain-name-access-association): the caller owns the VPCE in the
 * domain's Region, is the domain owner or granted by its managementPolicy, the VPCE fronts no other private domain
 * of the same name, and the pair is not associated already.
 */
export function createAccessAssociation(
  state: EmulatorState,
  account: string,
  region: string,
  input: CreateAccessAssociationInput,
  now: Date,
): StoredAccessAssociation {
  if (input.accessAssociationSourceType !== 'VPCE') throw badRequest('accessAssociationSourceType must be VPCE');
  const ref = parsePrivateDomainArn(input.domainNameArn);
  if (!ref) throw badRequest(`Invalid domain name ARN: ${input.domainNameArn}`);
  if (ref.region !== region) {
    throw badRequest(
      `The private domain name is in ${ref.region} but the request is for ${region}; the domain and the VPC endpoint must be in the same Region`,
    );
  }
  const domain = findPrivateDomainByArn(state, input.domainNameArn);
  if (!domain) throw notFound('Invalid domain name identifier specified');
  const granted =
    ref.account === account ||
    managementPolicyGrants(domain.managementPolicy, {
      callerAccount: account,
      domainArn: domain.domainNameArn,
      organization: state.organization,
    });
  if (!granted) {
    throw accessDenied(
      `User: arn:aws:iam::${account}:root is not authorized to perform: apigateway:CreateAccessAssociation on resource: ` +
        `${domain.domainNameArn} because no resource-based policy allows the apigateway:CreateAccessAssociation action`,
    );
  }
  const vpceId = input.accessAssociationSource;
  const vpce = findOwned(state.ec2, account, region, 'vpcEndpoints', vpceId);
  if (!vpce)
    throw badRequest(
      `Invalid VPC endpoint identifier specified: ${vpceId} does not exist in account ${account} in ${region}`,
    );
  if (!vpce.serviceName.endsWith('.execute-api') || vpce.vpcEndpointType !== 'Interface') {
    throw badRequest(`VPC endpoint ${vpceId} is not an execute-api interface endpoint`);
  }
  const slot = regionState(state.apigateway, account, region);
  const sameVpce = slot.accessAssociations.filter((a) => a.accessAssociationSource === vpceId);
  if (sameVpce.some((a) => a.domainNameArn === domain.domainNameArn)) {
    throw conflict(`VPC endpoint ${vpceId} is already associated with ${domain.domainNameArn}`);
  }
  const sameName = sameVpce.find((a) => parsePrivateDomainArn(a.domainNameArn)?.domainName === domain.domainName);
  if (sameName) {
    throw conflict(
      `VPC endpoint ${vpceId} is already associated with another private domain named ${domain.domainName} ` +
        `(${sameName.domainNameArn}); use a separate VPC endpoint`,
    );
  }
  const association: StoredAccessAssociation = {
    domainNameAccessAssociationArn: accessAssociationArn(
      region,
      account,
      domain.domainName,
      domain.domainNameId,
      vpceId,
    ),
    domainNameArn: domain.domainNameArn,
    accessAssociationSourceType: 'VPCE',
    accessAssociationSource: vpceId,
    tags: input.tags ?? {},
    createdDate: now.toISOString(),
  };
  slot.accessAssociations.push(association);
  return association;
}

export function createAccessAssociationHandler(ctx: ServiceContext) {
  const body = bodyOf(ctx);
  const input: CreateAccessAssociationInput = {
    domainNameArn: body.required('domainNameArn'),
    accessAssociationSourceType: body.required('accessAssociationSourceType'),
    accessAssociationSource: body.required('accessAssociationSource'),
    tags: body.stringMap('tags'),
  };
  const owned = Object.values(ctx.state.apigateway.byAccount[ctx.req.account] ?? {}).reduce(
    (n, s) => n + s.accessAssociations.length,
    0,
  );
  if (owned >= MAX_ASSOCIATIONS_PER_ACCOUNT) {
    throw limitExceeded(
      `Maximum number of domain name access associations (${MAX_ASSOCIATIONS_PER_ACCOUNT}) reached for this account`,
    );
  }
  const association = createAccessAssociation(ctx.state, ctx.req.account, ctx.req.region, input, ctx.now());
  ctx.commit();
  return jsonResponse(201, accessAssociationToWire(association));
}

/**
 * SELF: associations the caller created (including ones the domain owner rejected). OTHER_ACCOUNTS: other accounts'
 * associations with the caller's domains in this Region, rejected ones excluded.
 */
export function getAccessAssociations(ctx: ServiceContext) {
  const owner = queryOf(ctx).string('resourceOwner') ?? 'SELF';
  let associations: StoredAccessAssociation[];
  if (owner === 'SELF') {
    associations = callerSlot(ctx).accessAssociations;
  } else if (owner === 'OTHER_ACCOUNTS') {
    const ownDomains = new Set(callerSlot(ctx).domainNames.map((d) => d.domainNameArn));
    associations = [];
    for (const { account, region, slot } of allRegionStates(ctx.state.apigateway)) {
      if (account === ctx.req.account || region !== ctx.req.region) continue;
      associations.push(...slot.accessAssociations.filter((a) => ownDomains.has(a.domainNameArn) && !a.rejectedDate));
    }
  } else {
    throw badRequest(`Invalid resourceOwner ${owner}: must be SELF or OTHER_ACCOUNTS`);
  }
  const page = paginate(associations, queryOf(ctx), (a) => a.domainNameAccessAssociationArn);
  return jsonResponse(200, { position: page.position, item: page.items.map(accessAssociationToWire) });
}

export function deleteAccessAssociation(ctx: ServiceContext, params: PathParams) {
  const arn = params.domain_name_access_association_arn;
  const owner = accessAssociationArnAccount(arn);
  if (!owner) throw badRequest(`Invalid domain name access association ARN: ${arn}`);
  if (owner.account !== ctx.req.account) {
    const domainOwner = callerSlot(ctx).domainNames.some((d) =>
      arn.includes(`/domainname/${d.domainName}+${d.domainNameId}/`),
    );
    if (domainOwner) {
      throw badRequest(
        'Only the account that created a domain name access association can delete it; use RejectDomainNameAccessAssociation',
      );
    }
    throw notFound('Invalid domain name access association identifier specified');
  }
  const slot = callerSlot(ctx);
  const index = slot.accessAssociations.findIndex((a) => a.domainNameAccessAssociationArn === arn);
  if (index < 0) throw notFound('Invalid domain name access association identifier specified');
  slot.accessAssociations.splice(index, 1);
  ctx.commit();
  return jsonResponse(202);
}

/** The domain owner cuts off another account's association; it keeps existing (rejected) until its owner deletes it. */
export function rejectAccessAssociation(ctx: ServiceContext) {
  const arn = queryOf(ctx).string('domainNameAccessAssociationArn');
  const domainArn = queryOf(ctx).string('domainNameArn');
  if (!arn || !domainArn) throw badRequest('domainNameAccessAssociationArn and domainNameArn are required');
  const domainRef = parsePrivateDomainArn(domainArn);
  const domain = findPrivateDomainByArn(ctx.state, domainArn);
  if (!domainRef || !domain || domainRef.account !== ctx.req.account || domainRef.region !== ctx.req.region) {
    throw notFound('Invalid domain name identifier specified');
  }
  const owner = accessAssociationArnAccount(arn);
  if (owner?.account === ctx.req.account) {
    throw badRequest('You cannot reject a domain name access association in your own account; delete it instead');
  }
  const association = owner
    ? entry(entry(ctx.state.apigateway.byAccount, owner.account) ?? {}, owner.region)?.accessAssociations.find(
        (a) => a.domainNameAccessAssociationArn === arn && a.domainNameArn === domainArn && !a.rejectedDate,
      )
    : undefined;
  if (!association) throw notFound('Invalid domain name access association identifier specified');
  association.rejectedDate = ctx.now().toISOString();
  ctx.commit();
  return jsonResponse(202);
}
