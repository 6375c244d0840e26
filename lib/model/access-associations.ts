export type AccessAssociationOwner = 'SELF' | 'OTHER_ACCOUNTS';

/** A domain name access association (DNAA): one VPC endpoint allowed to reach one private domain. AWS models no status. */
export interface AccessAssociation {
  arn: string;
  domainNameArn: string;
  domainName?: string;
  domainNameId?: string;
  /** Owner of the domain (from its ARN). */
  domainOwnerAccountId?: string;
  /** Account that created the association, i.e. owns the VPC endpoint (from the association ARN). */
  associationAccountId?: string;
  sourceType: string;
  /** The VPC endpoint id when `sourceType` is `VPCE`. */
  source: string;
  tags: Record<string, string>;
}
