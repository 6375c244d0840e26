import { jsQuote } from './quote';
import { isAscii } from './request';
import type { HttpRequestSpec } from './types';

/**
 * Header values must be byte strings in fetch (characters up to U+00FF); a non-ASCII value is sent as its UTF-8
 * bytes spelled one character per byte, the same bytes curl sends.
 */
function headerValue(value: string): string {
  return isAscii(value) ? jsQuote(value) : `utf8Bytes(${jsQuote(value)})`;
}

/**
 * A page script calling the API with the browser's `fetch()`: paste it into the calling page (or its devtools
 * console, which allows top-level await). The same code runs unchanged in Node.js 18+ as an ES module.
 */
export function fetchSnippet(spec: HttpRequestSpec): string {
  const needsBytes = spec.headers.some((h) => !isAscii(h.value));
  const lines = [
    ...(needsBytes ? ['const utf8Bytes = (text) => String.fromCharCode(...new TextEncoder().encode(text));', ''] : []),
    `const response = await fetch(${jsQuote(spec.url)}, {`,
    `  method: ${jsQuote(spec.method)},`,
  ];
  if (spec.headers.length) {
    lines.push('  headers: {');
    for (const h of spec.headers) lines.push(`    ${jsQuote(h.name)}: ${headerValue(h.value)},`);
    lines.push('  },');
  }
  if (spec.body !== undefined) lines.push(`  body: ${jsQuote(spec.body)},`);
  lines.push('});', 'console.log(response.status, await response.text());', '');
  return lines.join('\n');
}
