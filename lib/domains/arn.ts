/**
 * ARNs of private custom domain names and their access associations (docs/aws/resources.md#private-custom-domain-name, docs/aws/resources.md#domain-name-access-association, docs/aws/policies.md#iam-permissions-of-console-users): the one place that
 * builds and reads them. Parsing goes through the SDK's ARN parser; this module only knows the resource part.
 */
import { parse as parseArn, validate as isArn } from '@aws-sdk/util-arn-parser';
import { partitionOf } from '@/lib/aws-metadata/regions';

/** A private custom domain name: its name alone is not an identifier, the owner account and id are part of it. */
export interface DomainRef {
  region: string;
  accountId: string;
  domainName: string;
  domainNameId: string;
}

const domainResource = (d: Pick<DomainRef, 'domainName' | 'domainNameId'>) =>
  `/domainnames/${d.domainName}+${d.domainNameId}`;

/** `arn:{p}:apigateway:{region}:{account}:/domainnames/{name}+{id}`: the `domainNameArn`, and the management policy's resource. */
export function formatDomainNameArn(d: DomainRef): string {
  return `arn:${partitionOf(d.region)}:apigateway:${d.region}:${d.accountId}:${domainResource(d)}`;
}

/** `arn:{p}:execute-api:{region}:{account}:/domainnames/{name}+{id}`: the resource of the domain's invoke `policy`. */
export function domainExecuteApiArn(d: DomainRef): string {
  return `arn:${partitionOf(d.region)}:execute-api:${d.region}:${d.accountId}:${domainResource(d)}`;
}

const ACCOUNT = /^\d{12}$/;
const DOMAIN_RESOURCE = /^\/domainnames\/([^+/]+)\+([^/]+)$/;
const ASSOCIATION_RESOURCE =
  /^\/domainnameaccessassociations\/domainname\/([^+/]+)\+([^/]+)\/vpcesource\/(vpce-[0-9a-z]+)$/;

/** The apigateway ARN's parts when `arn` is one with an account; `undefined` for anything else. */
function apigatewayArn(arn: string) {
  if (!isArn(arn)) return undefined;
  const parts = parseArn(arn);
  return parts.service === 'apigateway' && ACCOUNT.test(parts.accountId) ? parts : undefined;
}

/** Parses a private `domainNameArn`; `undefined` for public-domain ARNs (no account, no `+id`) and non-ARNs. */
export function parseDomainNameArn(arn: string): DomainRef | undefined {
  const parts = apigatewayArn(arn);
  const m = parts && DOMAIN_RESOURCE.exec(parts.resource);
  return parts && m
    ? { region: parts.region, accountId: parts.accountId, domainName: m[1], domainNameId: m[2] }
    : undefined;
}

/** The account that owns a private domain, read from its ARN (consumers get nothing else from AWS). */
export function domainOwnerAccount(domainNameArn: string): string | undefined {
  return parseDomainNameArn(domainNameArn)?.accountId;
}

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

/** Parses an access-association ARN; `undefined` when it is not one. */
export function parseAccessAssociationArn(arn: string): Omit<AccessAssociationRef, 'accountId'> | undefined {
  const parts = apigatewayArn(arn);
  const m = parts && ASSOCIATION_RESOURCE.exec(parts.resource);
  return parts && m
    ? {
        region: parts.region,
        associationAccountId: parts.accountId,
        domainName: m[1],
        domainNameId: m[2],
        vpceId: m[3],
      }
    : undefined;
}
