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

  it('names an endpoint id no visible account owns, only when every account could be read', () => {
    const input = domainInput();
    const policy = input.target.kind === 'private-domain' ? (input.target.domain.policy ?? '') : '';
    const ids = new Set(policy.match(/vpce-[0-9a-f]+/g) ?? []);
    expect(ids.size).toBeGreaterThan(0);
    const rules = (known?: ReadonlySet<string>) =>
      policyFindings(input, known).flatMap((p) => p.findings.map((f) => f.rule));
    expect(rules(undefined)).toEqual([]);
    expect(rules(ids)).toEqual([]);
    const unowned = policyFindings(input, new Set()).flatMap((p) => p.findings);
    expect(new Set(unowned.map((f) => f.rule))).toEqual(new Set(['unknown-endpoint']));
    for (const id of ids) expect(unowned.some((f) => f.message.startsWith(`${id} is not an endpoint`))).toBe(true);
  });
});
