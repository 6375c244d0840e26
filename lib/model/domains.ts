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

/** All a consumer learns about a domain another account shares with it (docs/aws/cross-account.md#what-a-consumer-can-see). */
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

export function isPrivateDomain(d: Domain): d is PrivateDomain {
  return d.endpointTypes.includes('PRIVATE') && Boolean(d.domainNameId);
}

/** A private domain: always has its `domainNameId`. */
export type PrivateDomain = Domain & { domainNameId: string };

/** A base path mapping of one of this account's private domains that targets a given API. */
export interface MappedDomain {
  domainName: string;
  domainNameId: string;
  basePath: string;
  stage?: string;
}

/** The private domains of this account that map to one API. */
export interface DomainsMappingTo {
  domains: MappedDomain[];
  /** Private domains whose mappings are still being read (large account, first load). */
  pendingDomains: number;
}

/** What the owned-domains list shows of a private domain (its policy documents stay on the server). */
export interface OwnedDomainRow {
  domainName: string;
  domainNameId: string;
  domainNameArn?: string;
  status?: string;
  /** A few words on what the invoke policy allows. */
  access: { text: string; tone: 'warning' | 'success' | 'info' };
  /** A management policy is set: other accounts may associate. */
  shared: boolean;
}
