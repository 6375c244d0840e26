import 'server-only';
import {
  GetDomainNameCommand,
  paginateGetBasePathMappings,
  paginateGetDomainNames,
  type DomainName as SdkDomainName,
} from '@aws-sdk/client-api-gateway';
import { domainOwnerAccount } from '@/lib/domains/arn';
import { getClients } from '../clients';
import { cachedReader } from '../read-cache';
import type { Session } from '../session';
import { isoTime, PAGE_SIZE } from './serialize';
import type { Domain, SharedDomain, BasePathMapping } from '@/lib/model/domains';

function toDomain(d: SdkDomainName): Domain {
  return {
    domainName: d.domainName ?? '',
    domainNameId: d.domainNameId,
    domainNameArn: d.domainNameArn,
    endpointTypes: d.endpointConfiguration?.types ?? [],
    status: d.domainNameStatus,
    statusMessage: d.domainNameStatusMessage,
    certificateArn: d.certificateArn,
    certificateUploadDate: isoTime(d.certificateUploadDate),
    securityPolicy: d.securityPolicy,
    endpointAccessMode: d.endpointAccessMode,
    routingMode: d.routingMode,
    policy: d.policy,
    managementPolicy: d.managementPolicy,
    tags: d.tags ?? {},
  };
}

export const listOwnDomains = cachedReader('listOwnDomains', async (session: Session): Promise<Domain[]> => {
  const client = getClients(session).apigateway;
  const domains: Domain[] = [];
  for await (const page of paginateGetDomainNames(
    { client, pageSize: PAGE_SIZE.apigateway },
    { resourceOwner: 'SELF' },
  )) {
    domains.push(...(page.items ?? []).map(toDomain));
  }
  return domains;
});

/** Private domains of other accounts this account may associate with (shared through RAM or a managementPolicy). */
export const listSharedDomains = cachedReader(
  'listSharedDomains',
  async (session: Session): Promise<SharedDomain[]> => {
    const client = getClients(session).apigateway;
    const domains: SharedDomain[] = [];
    for await (const page of paginateGetDomainNames(
      { client, pageSize: PAGE_SIZE.apigateway },
      { resourceOwner: 'OTHER_ACCOUNTS' },
    )) {
      for (const d of page.items ?? []) {
        if (!d.domainNameArn || !d.domainNameId) continue;
        domains.push({
          domainName: d.domainName ?? '',
          domainNameId: d.domainNameId,
          domainNameArn: d.domainNameArn,
          ownerAccountId: domainOwnerAccount(d.domainNameArn),
        });
      }
    }
    return domains;
  },
);

/** `domainNameId` is mandatory: without it API Gateway would answer for a public domain of the same name. */
export const getDomain = cachedReader(
  'getDomain',
  async (session: Session, domainName: string, domainNameId: string): Promise<Domain> => {
    const out = await getClients(session).apigateway.send(new GetDomainNameCommand({ domainName, domainNameId }));
    return toDomain(out);
  },
);

export const listBasePathMappings = cachedReader(
  'listBasePathMappings',
  async (session: Session, domainName: string, domainNameId: string): Promise<BasePathMapping[]> => {
    const client = getClients(session).apigateway;
    const mappings: BasePathMapping[] = [];
    for await (const page of paginateGetBasePathMappings(
      { client, pageSize: PAGE_SIZE.apigateway },
      { domainName, domainNameId },
    )) {
      for (const m of page.items ?? [])
        mappings.push({ basePath: m.basePath ?? '(none)', restApiId: m.restApiId ?? '', stage: m.stage });
    }
    return mappings;
  },
);
