import 'server-only';
import { listAccessAssociations } from '@/lib/aws/read/access-associations';
import { listBasePathMappings, listOwnDomains } from '@/lib/aws/read/domains';
import { listResourceMethods } from '@/lib/aws/read/resource-methods';
import { getRestApi, listStages } from '@/lib/aws/read/rest-apis';
import type { Session } from '@/lib/aws/session';
import { findMapping } from '@/lib/invoke/checks/domain';
import type { AuthorizationType, PrivateDomainInfo, RestApiInfo } from '@/lib/invoke/types';
import { pathBehindMapping, toOwnDomainInfo, toRestApiInfo } from '@/lib/invoke-ui/engine-facts';
import { matchMethod } from '@/lib/invoke-ui/method-match';
import type { AccessAssociation } from '@/lib/model/access-associations';

/** What the domain's owner reads about a call through its domain, with its own credentials. */
export interface ProviderSide {
  domain: PrivateDomainInfo;
  /** The API mapped at the base path the call uses (none when nothing is mapped there). */
  mappedApis: RestApiInfo[];
  /** The stage the mapping points at, when it names one. */
  mappedStage?: { restApiId: string; stage: string };
  /** Associations other accounts made with this account's domains (a rejected one is no longer listed). */
  otherAccountsAssociations: AccessAssociation[];
  /** The authorization of the method the request reaches, when the API has it. */
  authorization?: AuthorizationType;
}

export async function readApiInfo(session: Session, account: string, restApiId: string): Promise<RestApiInfo> {
  const [api, stages] = await Promise.all([getRestApi(session, restApiId), listStages(session, restApiId)]);
  return toRestApiInfo(api, stages, account, session.region);
}

export async function methodAuthorization(
  session: Session,
  restApiId: string,
  request: { method: string; path: string },
): Promise<AuthorizationType> {
  const match = matchMethod(await listResourceMethods(session, restApiId), request.method, request.path);
  return match?.authorizationType ?? 'NONE';
}

/**
 * Reads the provider's side of a call through its private domain: the domain's policy and mappings, the API
 * behind the base path (policy, stages, the method's authorization) and the associations other accounts made.
 * `undefined` when this account does not own the domain.
 */
export async function readProviderSide(
  session: Session,
  account: string,
  ref: { domainName: string; domainNameId: string; basePath: string },
  request: { method: string; path: string },
): Promise<ProviderSide | undefined> {
  const own = (await listOwnDomains(session)).find(
    (d) => d.domainName === ref.domainName && d.domainNameId === ref.domainNameId,
  );
  if (!own) return undefined;
  const [mappings, otherAccountsAssociations] = await Promise.all([
    listBasePathMappings(session, ref.domainName, ref.domainNameId),
    listAccessAssociations(session, 'OTHER_ACCOUNTS'),
  ]);
  const domain = toOwnDomainInfo(own, mappings, account, session.region);
  const mapping = findMapping(domain, ref.basePath);
  const raw = mapping ? mappings.find((m) => m.basePath === mapping.basePath) : undefined;
  if (!mapping || !raw) return { domain, mappedApis: [], otherAccountsAssociations };
  const [api, authorization] = await Promise.all([
    readApiInfo(session, account, mapping.restApiId),
    methodAuthorization(session, mapping.restApiId, {
      method: request.method,
      path: pathBehindMapping(raw, request.path),
    }),
  ]);
  return {
    domain,
    mappedApis: [api],
    ...(mapping.stage ? { mappedStage: { restApiId: mapping.restApiId, stage: mapping.stage } } : {}),
    otherAccountsAssociations,
    authorization,
  };
}
