import { describe, expect, it } from 'vitest';
import { basePathForRequest, basePathProblem, normalizeBasePath } from './base-path';

describe('base paths', () => {
  it.each([
    ['', '(none)'],
    ['(none)', '(none)'],
    ['/orders/', 'orders'],
    ['  v1 ', 'v1'],
  ])('normalises %j to %j', (raw, want) => {
    expect(normalizeBasePath(raw)).toBe(want);
  });

  it('omits the catch-all from requests', () => {
    expect(basePathForRequest('(none)')).toBeUndefined();
    expect(basePathForRequest('orders')).toBe('orders');
  });

  it.each(['orders', "a$-_.+!*'()", '(none)', ''])('accepts %j', (raw) => expect(basePathProblem(raw)).toBeUndefined());

  it.each<[string, RegExp]>([
    ['orders/v1', /one path segment/],
    ['ord ers', /Use only letters/],
    ['ördérs', /Use only letters/],
    ['a'.repeat(301), /at most 300/],
  ])('rejects %j', (raw, message) => expect(basePathProblem(raw)).toMatch(message));
});
