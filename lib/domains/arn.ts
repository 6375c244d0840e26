/**
 * ARNs of private custom domain names and their access associations (reference §1.5, §1.7, §3.5).
 * The domain ARN builders live in lib/policies/arn.ts (policies need them too); this module names them from the
 * domain's point of view and adds the access-association ARN.
 */
import {
  domainApigatewayArn,
  domainExecuteApiArn,
  parseDomainArn,
  partitionOf,
  type DomainRef,
} from '@/lib/policies/arn';

export type { DomainRef };
export { domainExecuteApiArn };

/** `arn:{p}:apigateway:{region}:{account}:/domainnames/{name}+{id}` — what `domainNameArn` holds for a private domain. */
export const formatDomainNameArn = domainApigatewayArn;

/** `undefined` for anything that is not a private domain ARN (public domain ARNs have no account and no `+id`). */
export const parseDomainNameArn = parseDomainArn;

export interface AccessAssociationRef extends DomainRef {
  /** The account that created the association, i.e. the VPC endpoint's owner (not the domain's owner). */
  associationAccountId: string;
  vpceId: string;
}

/**
 * `arn:{p}:apigateway:{region}:{vpce-account}:/domainnameaccessassociations/domainname/{name}+{id}/vpcesource/{vpce}`.
 * The ARN carries the consumer's account, so the domain's owner is not recoverable from it.
 */
export function formatAccessAssociationArn(ref: Omit<AccessAssociationRef, 'accountId'>): string {
  return `arn:${partitionOf(ref.region)}:apigateway:${ref.region}:${ref.associationAccountId}:/domainnameaccessassociations/domainname/${ref.domainName}+${ref.domainNameId}/vpcesource/${ref.vpceId}`;
}

const DNAA_ARN =
  /^arn:[^:]+:apigateway:([^:]+):(\d{12}):\/domainnameaccessassociations\/domainname\/([^+/]+)\+([^/]+)\/vpcesource\/(vpce-[0-9a-z]+)$/;

/** Parses an access-association ARN; `undefined` when it is not one. */
export function parseAccessAssociationArn(arn: string): Omit<AccessAssociationRef, 'accountId'> | undefined {
  const m = DNAA_ARN.exec(arn);
  return m
    ? { region: m[1], associationAccountId: m[2], domainName: m[3], domainNameId: m[4], vpceId: m[5] }
    : undefined;
}

/** The account that owns a private domain, read from its ARN (consumers get nothing else from AWS). */
export function domainOwnerAccount(domainNameArn: string): string | undefined {
  return parseDomainNameArn(domainNameArn)?.accountId;
}
