import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { globMatch } from './glob';

describe('globMatch', () => {
  it.each<[string, string, boolean]>([
    ['*', '', true],
    ['*', 'a/b:c', true],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['a*c', 'abbbc', true],
    ['a*c', 'abbbd', false],
    ['*/GET/*', 'api/prod/GET/pets/1', true],
    ['a*b*c', 'axxbyyc', true],
    ['a*b*c', 'axxcyyb', false],
    ['', '', true],
    ['', 'a', false],
  ])('%s ~ %s = %s', (p, v, r) => {
    expect(globMatch(p, v)).toBe(r);
  });

  it('a pattern without wildcards matches only itself', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/[*?]/.test(s)),
        fc.string(),
        (p, v) => globMatch(p, v) === (p === v),
      ),
    );
  });

  it('is linear-ish on adversarial input', () => {
    const t = Date.now();
    expect(globMatch('*a*a*a*a*a*a*a*a*b', 'a'.repeat(2000))).toBe(false);
    expect(Date.now() - t).toBeLessThan(1000);
  });
});
