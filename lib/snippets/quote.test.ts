import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsQuote, parsePowershellVerbatim, powershellQuote, pythonQuote, shellQuote, SnippetInputError } from './quote';
import { hasCommand, run, runShell, splitNul } from './testing/run';

/** Any well-formed text without NUL: quotes, $, backticks, newlines, astral unicode. */
const text = fc.string({ unit: 'binary', maxLength: 40 }).filter((s) => !s.includes('\0'));
/** Raw UTF-16 units including lone surrogates (only the JS and Python literals must carry those). */
const utf16 = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
  maxLength: 30,
});
const HOSTILE = [
  "'",
  "'\\''",
  '"',
  '$(touch /tmp/pwned)',
  '`id`',
  '${HOME}',
  'a b\tc',
  'line1\nline2\r\n',
  '\\',
  '!',
  '*',
  '~',
  '=x',
  '-n',
  '--',
  '‘’‚‛',
  '😀ü',
  '',
  ' ',
];

describe('shellQuote round-trips through real shells', () => {
  const shells = ['bash', 'dash'] as const;
  it.each(shells)('%s: hostile table', (shell) => {
    const script = `printf '%s\\0' ${HOSTILE.map((s) => shellQuote(s)).join(' ')}`;
    const r = runShell(shell, script);
    expect(r.stderr).toBe('');
    expect(splitNul(r.stdout)).toEqual(HOSTILE);
  });

  it.each(shells)('%s: arbitrary strings', (shell) => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 8 }), (values) => {
        // printf is a builtin in both shells; PATH is empty so nothing external can run.
        const r = runShell(shell, `printf '%s\\0' ${values.map((v) => shellQuote(v)).join(' ')}`);
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        expect(splitNul(r.stdout)).toEqual(values);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses NUL', () => {
    expect(() => shellQuote('a\0b', 'body')).toThrow(SnippetInputError);
  });
});

describe('pythonQuote round-trips through python3', () => {
  it('arbitrary UTF-16 text including lone surrogates', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(text, utf16), { minLength: 1, maxLength: 20 }), (values) => {
        const program = `import json, sys\nsys.stdout.write(json.dumps([${values.map(pythonQuote).join(', ')}]))`;
        const r = run('python3', ['-c', program]);
        expect(r.stderr).toBe('');
        expect(JSON.parse(r.stdout.toString('utf8'))).toEqual(values);
      }),
      { numRuns: 15 },
    );
  });

  it.each(HOSTILE)('literal for %j is printable ASCII on one line', (v) => {
    expect(pythonQuote(v)).toMatch(/^"[\x20-\x7e]*"$/);
  });
});

describe('jsQuote', () => {
  it('evaluates back to the same UTF-16 string (as JS and as JSON) and stays printable ASCII', () => {
    fc.assert(
      fc.property(fc.oneof(text, utf16), (v) => {
        const lit = jsQuote(v);
        expect(lit).toMatch(/^"[\x20-\x7e]*"$/);
        expect(runInNewContext(lit) as unknown).toBe(v);
        expect(JSON.parse(lit)).toBe(v);
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * PowerShell: `pwsh` is not installed here, so the quoting is checked by a pure round-trip against
 * `parsePowershellVerbatim`, an implementation of the verbatim-string grammar (language spec §2.3.5.2: any of
 * ' U+2018 U+2019 U+201A U+201B is a single quote; two in a row are one literal quote).
 */
describe('powershellQuote', () => {
  it.each<[string, string, string]>([
    ['doubled apostrophe', "'it''s'", "it's"],
    ['typographic quotes count as quotes', "'a\u2019\u2019b'", 'a\u2019b'],
    ['mixed pair is one quote', "'a'\u2019b'", "a'b"],
    ['no expansion inside', "'$x `n'", '$x `n'],
  ])('parser follows the grammar: %s', (_n, literal, value) => {
    expect(parsePowershellVerbatim(literal)).toEqual({ value, end: literal.length });
  });

  it('round-trips arbitrary strings and the literal ends exactly where it should', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.constantFrom(...HOSTILE)), fc.string(), (v, trailing) => {
        const lit = powershellQuote(v);
        // Anything after the literal must stay outside it (no early or late termination).
        expect(parsePowershellVerbatim(`${lit} ${trailing}`)).toEqual({ value: v, end: lit.length });
      }),
      { numRuns: 1000 },
    );
  });

  it.skipIf(!hasCommand('pwsh'))('round-trips through pwsh', () => {
    const values = HOSTILE.filter((v) => v !== '');
    const script = `[Console]::Out.Write((@(${values.map(powershellQuote).join(', ')}) | ConvertTo-Json -Compress))`;
    const r = run('pwsh', ['-NoProfile', '-Command', script]);
    expect(JSON.parse(r.stdout.toString('utf8'))).toEqual(values);
  });
});
