import { describe, expect, it } from 'vitest';
import { domainNameProblem, normalizeDomainName } from './domain-name';

describe('domainNameProblem', () => {
  it.each(['api.internal.example.com', 'API.Example.COM.', 'a-b.c1.example.org', `${'a'.repeat(63)}.example.com`])(
    'accepts %s',
    (name) => {
      expect(domainNameProblem(name)).toBeUndefined();
    },
  );

  it.each<[string, RegExp]>([
    ['', /Enter the domain name/],
    ['*.example.com', /Wildcard/],
    ['api', /two labels/],
    ['api..example.com', /empty label/],
    ['-api.example.com', /hyphen/],
    ['api_x.example.com', /letters, digits and hyphens/],
    ['https://api.example.com', /without https/],
    ['api.example.com/v1', /without https/],
    ['api example.com', /spaces/],
    [`${'a'.repeat(64)}.example.com`, /longer than 63/],
    [`${'abcdefghi.'.repeat(26)}com`, /at most 253/],
    ['10.0.0.1', /all digits/],
  ])('rejects %j', (name, message) => {
    expect(domainNameProblem(name)).toMatch(message);
  });

  it('normalises case and the trailing root dot', () => {
    expect(normalizeDomainName(' API.Example.com. ')).toBe('api.example.com');
  });
});
