import { queryOf } from './input';
import type { ServiceContext } from '../../core/types';
import { regionState, type ApiGatewayRegion, type StoredDomainName, type StoredRestApi } from './state';
import { notFound } from './errors';

/** The caller's own (account, Region) slot. */
export function callerSlot(ctx: ServiceContext): ApiGatewayRegion {
  return regionState(ctx.state.apigateway, ctx.req.account, ctx.req.region);
}

export function requireRestApi(ctx: ServiceContext, restApiId: string): StoredRestApi {
  const api = callerSlot(ctx).restApis.find((a) => a.id === restApiId);
  if (!api) throw notFound(`Invalid API identifier specified ${ctx.req.account}:${restApiId}`);
  return api;
}

/**
 * A domain of the caller's account. With `domainNameId` only the private domain with that id matches; without
 * it only the public domain of that name does — a private domain is never found by name alone (docs/aws/resources.md#private-custom-domain-name).
 */
export function findDomain(
  slot: ApiGatewayRegion,
  domainName: string,
  domainNameId: string | undefined,
): StoredDomainName | undefined {
  return slot.domainNames.find((d) =>
    domainNameId
      ? d.domainName === domainName && d.domainNameId === domainNameId
      : d.domainName === domainName && d.domainNameId === undefined,
  );
}

export function requireDomain(ctx: ServiceContext, domainName: string): StoredDomainName {
  const domain = findDomain(callerSlot(ctx), domainName, queryOf(ctx).string('domainNameId'));
  if (!domain) throw notFound('Invalid domain name identifier specified');
  return domain;
}
