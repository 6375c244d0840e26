import { describe, expect, it } from 'vitest';
import { apiInput, domainInput, privateApi, privateDomain, consumerDomainInput } from '@/lib/invoke/fixtures';
import type { InvokeInput } from '@/lib/invoke/types';
import { policyFindings } from './policy-findings';

const OPEN = JSON.stringify({
  Statement: [{ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' }],
});

describe('policyFindings', () => {
  it.each<[string, InvokeInput, string[]]>([
    ['generated policies are clean', domainInput(), []],
    ['an open API policy', apiInput({}, privateApi({ policy: OPEN })), ['Resource policy of API a1b2c3d4e5']],
    [
      'an open domain policy',
      domainInput({}, privateDomain({ policy: OPEN })),
      ['Invoke policy of api.internal.example'],
    ],
    [
      'an open mapped API policy',
      domainInput({}, privateDomain(), [privateApi({ policy: OPEN })]),
      ['Resource policy of API a1b2c3d4e5'],
    ],
    ['a consumer reads no policy', consumerDomainInput(), []],
  ])('%s', (_name, input, policies) => {
    expect(policyFindings(input).map((p) => p.policy)).toEqual(policies);
  });
});
