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
