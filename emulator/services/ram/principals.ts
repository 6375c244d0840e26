import type { Organization } from '../../core/state';
import { ramError } from './errors';
import type { PrincipalAssociation } from './state';

const ACCOUNT = /^\d{12}$/;
const ORGANIZATION = /^arn:aws:organizations::(\d{12}):organization\/(o-[a-z0-9]{10,32})$/;
const OU = /^arn:aws:organizations::\d{12}:ou\/o-[a-z0-9]+\/ou-[a-z0-9-]+$/;

export type PrincipalKind = 'account' | 'organization';

/** Accepts account ids and the configured organization's ARN; OUs and IAM principals are not emulated. */
export function classifyPrincipal(principal: string, organization: Organization | undefined): PrincipalKind {
  if (ACCOUNT.test(principal)) return 'account';
  const org = ORGANIZATION.exec(principal);
  if (org) {
    if (!organization || organization.id !== org[2]) {
      throw ramError('UnknownResourceException', `Organization ${principal} could not be found.`);
    }
    return 'organization';
  }
  if (OU.test(principal)) {
    throw ramError(
      'InvalidParameterException',
      `Organizational unit principals are not supported by the emulator: ${principal}`,
    );
  }
  throw ramError(
    'MalformedArnException',
    `The specified principal ${principal} is not a valid account ID or organization ARN.`,
  );
}

export function inSameOrganization(organization: Organization | undefined, a: string, b: string): boolean {
  return !!organization && organization.accounts.includes(a) && organization.accounts.includes(b);
}

/** Accounts an ASSOCIATED principal association grants, never including the share owner. */
export function grantedAccounts(
  principal: PrincipalAssociation,
  owner: string,
  organization: Organization | undefined,
): string[] {
  if (principal.status !== 'ASSOCIATED' || principal.awaitingAcceptance) return [];
  if (ACCOUNT.test(principal.id)) return principal.id === owner ? [] : [principal.id];
  return (organization?.accounts ?? []).filter((a) => a !== owner);
}
