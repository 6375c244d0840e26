import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildUrl, encodePath } from './url';

describe('buildUrl', () => {
  it.each([
    [['prod'], '/pets', undefined, 'https://h/prod/pets'],
    [['prod'], 'pets', undefined, 'https://h/prod/pets'],
    [['prod'], '/', undefined, 'https://h/prod/'],
    [[], '/', undefined, 'https://h/'],
    [
      ['orders'],
      '/pets/',
      [
        { name: 'a', value: '1' },
        { name: 'b', value: '' },
      ],
      'https://h/orders/pets/?a=1&b=',
    ],
    [['prod'], '/a b/%/ü/😀', undefined, 'https://h/prod/a%20b/%25/%C3%BC/%F0%9F%98%80'],
    [['prod'], '/x?y#z', undefined, 'https://h/prod/x%3Fy%23z'],
  ])('%j %s', (prefix, path, query, url) => {
    expect(buildUrl('h', prefix, path, query)).toBe(url);
  });

  it('decoding the encoded path gives back the literal path (no segment confusion)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ unit: 'grapheme' }).filter((s) => !s.includes('/')),
          { maxLength: 5 },
        ),
        (segments) => {
          const path = `/${segments.join('/')}`;
          const encoded = encodePath(path);
          expect(encoded.split('/').map(decodeURIComponent)).toEqual(path.split('/'));
          expect(encoded).toMatch(/^[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*$/);
        },
      ),
    );
  });
});

describe('encodeQuery', () => {
  it('uses strict RFC 3986 encoding (SigV4 canonical form)', () => {
    expect(buildUrl('h', [], '/', [{ name: "a'b", value: '(x)!*' }])).toBe('https://h/?a%27b=%28x%29%21%2A');
  });
});
