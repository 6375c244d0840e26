import type { EmulatorState } from '../../core/state';
import { findPrivateDomainByArn } from '../apigateway/domainNames';
import { parsePrivateDomainArn } from '../apigateway/arns';
import { grantedAccounts } from './principals';
import { allShares } from './state';

const SID = 'APIGatewayPrivateDomainNameManagementPolicyDefaultPermission';
const POLICY_ID_PREFIX = 'ram-managed-policy-';

/**
 * Rewrites the managementPolicy of each shared private domain from the RAM shares that currently grant it
 * (ACTIVE share, resource ASSOCIATED, principal ASSOCIATED = accepted or auto-accepted), as RAM does.
 * Shape (docs/aws/policies.md#management-policy): Allow apigateway:CreateAccessAssociation on the domain ARN for the granted
 * accounts, or for the whole organization via aws:PrincipalOrgID, always excluding the owner with
 * StringNotEquals aws:PrincipalAccount. When nothing grants a domain any more, a RAM-written policy is removed;
 * a hand-written one (no RAM policy Id) is left alone.
 */
export function syncManagementPolicies(state: EmulatorState, domainArns: Iterable<string>): void {
  for (const arn of new Set(domainArns)) {
    const domain = findPrivateDomainByArn(state, arn);
    const ref = parsePrivateDomainArn(arn);
    if (!domain || !ref) continue;
    const { accounts, organization } = grantsFor(state, arn, ref.account);
    const statements = [];
    if (accounts.length) statements.push(statement(SID, { AWS: accounts }, arn, ref.account));
    if (organization) {
      statements.push({
        ...statement(`${SID}-org`, '*', arn, ref.account),
        Condition: {
          StringEquals: { 'aws:PrincipalOrgID': organization },
          StringNotEquals: { 'aws:PrincipalAccount': ref.account },
        },
      });
    }
    if (statements.length) {
      domain.managementPolicy = JSON.stringify({
        Version: '2012-10-17',
        Id: `${POLICY_ID_PREFIX}${ref.domainNameId}`,
        Statement: statements,
      });
    } else if (domain.managementPolicy?.includes(`"Id":"${POLICY_ID_PREFIX}`)) {
      domain.managementPolicy = undefined;
    }
  }
}

function grantsFor(state: EmulatorState, arn: string, owner: string): { accounts: string[]; organization?: string } {
  const accounts = new Set<string>();
  let organization: string | undefined;
  for (const share of allShares(state.ram)) {
    if (share.status !== 'ACTIVE' || !share.resources.some((r) => r.arn === arn && r.status === 'ASSOCIATED')) continue;
    for (const principal of share.principals) {
      if (principal.status !== 'ASSOCIATED') continue;
      if (principal.id.startsWith('arn:aws:organizations:')) organization = state.organization?.id;
      else grantedAccounts(principal, owner, state.organization).forEach((a) => accounts.add(a));
    }
  }
  return { accounts: [...accounts].sort(), organization };
}

function statement(sid: string, principal: unknown, arn: string, owner: string) {
  return {
    Sid: sid,
    Effect: 'Allow',
    Principal: principal,
    Action: 'apigateway:CreateAccessAssociation',
    Resource: arn,
    Condition: { StringNotEquals: { 'aws:PrincipalAccount': owner } },
  };
}
