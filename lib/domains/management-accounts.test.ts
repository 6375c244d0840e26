import { describe, expect, it } from 'vitest';
import { isRamManaged, managementPolicyAccounts } from './management-accounts';

const policy = (principals: unknown, sid = 'AllowCreateAccessAssociation') =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: sid, Effect: 'Allow', Principal: { AWS: principals } }] });

describe('managementPolicyAccounts', () => {
  it.each([
    { raw: undefined, accounts: [] },
    { raw: 'not json', accounts: [] },
    { raw: policy('222222222222'), accounts: ['222222222222'] },
    {
      raw: policy(['arn:aws:iam::222222222222:root', '333333333333', '222222222222']),
      accounts: ['222222222222', '333333333333'],
    },
    { raw: policy('*'), accounts: [] },
  ])('$raw → $accounts', ({ raw, accounts }) => {
    expect(managementPolicyAccounts(raw)).toEqual(accounts);
  });

  it('recognises the policy RAM writes', () => {
    expect(isRamManaged(policy('222222222222', 'APIGatewayPrivateDomainNameManagementPolicyDefaultPermission'))).toBe(
      true,
    );
    expect(isRamManaged(policy('222222222222'))).toBe(false);
    expect(isRamManaged(undefined)).toBe(false);
  });
});
