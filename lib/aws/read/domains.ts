import 'server-only';
import { cache } from 'react';
import {
  GetDomainNameCommand,
  paginateGetBasePathMappings,
  paginateGetDomainNames,
  type DomainName as SdkDomainName,
} from '@aws-sdk/client-api-gateway';
import { domainOwnerAccount } from '@/lib/domains/arn';
import { getClients } from '../clients';
import type { Session } from '../session';
import { isoTime, PAGE_SIZE } from './serialize';

/** A custom domain name owned by this account (public ones too; private ones have a `domainNameId`). */
export interface Domain {
  domainName: string;
  /** Present for private domains only; together with the name it identifies the domain. */
  domainNameId?: string;
  domainNameArn?: string;
  endpointTypes: string[];
  status?: string;
  statusMessage?: string;
  certificateArn?: string;
  certificateUploadDate?: string;
  securityPolicy?: string;
  endpointAccessMode?: string;
  routingMode?: string;
  /** execute-api invoke policy (raw text; new private domains start with a deny-all one). */
  policy?: string;
  /** Who may create access associations (RAM writes it when sharing). */
  managementPolicy?: string;
  tags: Record<string, string>;
}

/** All a consumer learns about a domain another account shares with it (reference §1.11). */
export interface SharedDomain {
  domainName: string;
  domainNameId: string;
  domainNameArn: string;
  /** Parsed from the ARN; AWS has no separate owner field. */
  ownerAccountId?: string;
}

export interface BasePathMapping {
  /** `(none)` is the empty (catch-all) base path. */
  basePath: string;
  restApiId: string;
  stage?: string;
}

export function isPrivateDomain(d: Domain): boolean {
  return d.endpointTypes.includes('PRIVATE') && Boolean(d.domainNameId);
}

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

export const listOwnDomains = cache(async (session: Session): Promise<Domain[]> => {
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
export const listSharedDomains = cache(async (session: Session): Promise<SharedDomain[]> => {
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
});

/** `domainNameId` is mandatory: without it API Gateway would answer for a public domain of the same name. */
export const getDomain = cache(async (session: Session, domainName: string, domainNameId: string): Promise<Domain> => {
  const out = await getClients(session).apigateway.send(new GetDomainNameCommand({ domainName, domainNameId }));
  return toDomain(out);
});

export const listBasePathMappings = cache(
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
