import 'server-only';
import { cache } from 'react';
import type { Session } from '../session';
import { listBasePathMappings, listOwnDomains } from './domains';
import { isPrivateDomain, type BasePathMapping, type Domain } from '@/lib/model/domains';

export interface DomainMappings {
  domain: Domain & { domainNameId: string };
  mappings: BasePathMapping[];
}

export interface MappedDomain {
  domainName: string;
  domainNameId: string;
  basePath: string;
  stage?: string;
}

/**
 * Every private domain of the account with its base path mappings. API Gateway has no "mappings of an API" call,
 * so answering "which domains map to this API" means one GetBasePathMappings per private domain (at most 50 by
 * default quota); React `cache` shares the result with every other reader in the same request.
 */
export const listPrivateDomainMappings = cache(async (session: Session): Promise<DomainMappings[]> => {
  const domains = (await listOwnDomains(session)).filter(isPrivateDomain) as DomainMappings['domain'][];
  return Promise.all(
    domains.map(async (domain) => ({
      domain,
      mappings: await listBasePathMappings(session, domain.domainName, domain.domainNameId),
    })),
  );
});

export async function listDomainsMappingTo(session: Session, restApiId: string): Promise<MappedDomain[]> {
  const all = await listPrivateDomainMappings(session);
  return all.flatMap(({ domain, mappings }) =>
    mappings
      .filter((m) => m.restApiId === restApiId)
      .map((m) => ({
        domainName: domain.domainName,
        domainNameId: domain.domainNameId,
        basePath: m.basePath,
        stage: m.stage,
      })),
  );
}
