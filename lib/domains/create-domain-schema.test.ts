import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/errors';
import { customPolicyProblem } from './create-domain-schema';
import { updateApiPolicySchema, updateDomainPolicySchema } from './manage-schemas';

/** About 32 KB of nesting: enough to exhaust the stack of a recursive parser or checker. */
const deep = `{"Version":"2012-10-17","Statement":${'['.repeat(16_000)}${']'.repeat(16_000)}}`;

describe('a deeply nested policy is a field error, not a crash', () => {
  it('customPolicyProblem names the nesting', () => {
    expect(customPolicyProblem(deep)).toMatch(/nests deeper than 32 levels/);
  });

  it.each([
    {
      name: 'domain policy',
      schema: updateDomainPolicySchema,
      target: { domain: { domainName: 'a.example.com', domainNameId: 'abc123' } },
    },
    { name: 'API policy', schema: updateApiPolicySchema, target: { restApiId: 'k7x2m9p4qa' } },
  ])('the $name action input', ({ schema, target }) => {
    const parsed = schema.safeParse({
      ...target,
      access: { mode: 'custom', vpceIds: [], vpcIds: [], policyText: deep },
    });
    expect(parsed.success).toBe(false);
    expect(fieldErrorsOf(parsed.error?.issues ?? [])['access.policyText']).toMatch(/nests deeper than 32 levels/);
  });
});
