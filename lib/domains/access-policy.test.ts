import { describe, expect, it } from 'vitest';
import { apiResourcePolicy, domainInvokePolicy } from '@/lib/policies';
import { apiPolicyFromAccess, denyAllPolicy, domainPolicyFromAccess, type AccessChoice } from './access-policy';

const ARN = 'arn:aws:execute-api:us-east-1:111111111111:/domainnames/a.example.com+abc123/*';
const access = (over: Partial<AccessChoice>): AccessChoice => ({
  mode: 'generated',
  vpceIds: [],
  vpcIds: [],
  policyText: '',
  ...over,
});
const custom = '{"Version":"2012-10-17","Statement":[]}';

describe('policies from the access choice', () => {
  it.each([
    {
      choice: access({ vpceIds: ['vpce-0123456789abcdef0'] }),
      domain: domainInvokePolicy(ARN, { vpceIds: ['vpce-0123456789abcdef0'], vpcIds: [] }),
      api: apiResourcePolicy({ vpceIds: ['vpce-0123456789abcdef0'], vpcIds: [] }),
    },
    { choice: access({}), domain: undefined, api: undefined },
    { choice: access({ mode: 'deny-all' }), domain: denyAllPolicy(ARN), api: undefined },
    {
      choice: access({ mode: 'custom', policyText: custom }),
      domain: JSON.parse(custom) as unknown,
      api: JSON.parse(custom) as unknown,
    },
  ])('$choice.mode', ({ choice, domain, api }) => {
    expect(domainPolicyFromAccess(choice, ARN)).toEqual(domain);
    expect(apiPolicyFromAccess(choice)).toEqual(api);
  });

  it('denies every invocation of the resource', () => {
    expect(denyAllPolicy(ARN).Statement).toEqual([
      { Sid: 'DenyAll', Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: ARN },
    ]);
  });
});
