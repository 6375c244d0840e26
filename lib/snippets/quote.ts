/**
 * String quoting for generated snippets. Every function returns a literal that evaluates to exactly the input in
 * its language and can never start an expansion, substitution or command — the properties the tests check by
 * round-tripping arbitrary strings through a real shell / Python / Node.
 */

export class SnippetInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * POSIX shell: single quotes disable every expansion; a single quote is written as `'\''`. NUL cannot be part of
 * an argument at all, so it is refused rather than silently truncated.
 */
export function shellQuote(value: string, field = 'value'): string {
  if (value.includes('\0')) throw new SnippetInputError(field, 'NUL characters cannot be passed on a command line.');
  if (/^[A-Za-z0-9_-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * PowerShell verbatim string. PowerShell treats the typographic quotes U+2018–U+201B as single quotes too
 * (language spec §2.3.5.2), so each of them is doubled like `'`.
 */
export const POWERSHELL_SINGLE_QUOTES = /['\u2018\u2019\u201A\u201B]/g;

export function powershellQuote(value: string): string {
  return `'${value.replace(POWERSHELL_SINGLE_QUOTES, (q) => q + q)}'`;
}

/**
 * Reads a PowerShell verbatim string literal back (the documented pure round-trip used when `pwsh` is absent):
 * a single-quote character followed by another one is one literal quote; a lone one ends the string.
 * Returns the value and the index after the closing quote.
 */
export function parsePowershellVerbatim(text: string, start = 0): { value: string; end: number } {
  const isQuote = (c: string | undefined) => c !== undefined && /['\u2018\u2019\u201A\u201B]/.test(c);
  if (!isQuote(text[start])) throw new Error('not a verbatim string');
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (isQuote(c)) {
      if (isQuote(text[i + 1])) {
        value += c;
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    value += c;
    i += 1;
  }
  throw new Error('unterminated verbatim string');
}

/** Python `"…"` literal using only printable ASCII, so encodings and editors cannot alter it. */
export function pythonQuote(value: string): string {
  let out = '"';
  for (const ch of value) {
    // A for-of step is one code point, never empty.
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp >= 0x20 && cp < 0x7f) out += ch;
    else if (cp <= 0xff) out += `\\x${hex(cp, 2)}`;
    else if (cp <= 0xffff) out += `\\u${hex(cp, 4)}`;
    else out += `\\U${hex(cp, 8)}`;
  }
  return `${out}"`;
}

/**
 * JavaScript `"…"` literal that is also valid JSON, using only printable ASCII (`\uXXXX` per UTF-16 unit, so lone
 * surrogates survive).
 */
export function jsQuote(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i += 1) {
    const ch = value[i];
    const unit = value.charCodeAt(i);
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (unit >= 0x20 && unit < 0x7f) out += ch;
    else out += `\\u${hex(unit, 4)}`;
  }
  return `${out}"`;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}
