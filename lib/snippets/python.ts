import { pythonQuote } from './quote';
import { isAscii } from './request';
import type { HttpRequestSpec } from './types';

/**
 * Python dict literal of the headers, one per line. `utf8` writes non-ASCII values as UTF-8 bytes: given text,
 * http.client encodes Latin-1 (other bytes than curl sends for "é") and raises UnicodeEncodeError above U+00FF.
 */
export function pythonHeaders(spec: HttpRequestSpec, indent: string, utf8 = true): string {
  if (spec.headers.length === 0) return '{}';
  const value = (v: string) => (utf8 && !isAscii(v) ? `${pythonQuote(v)}.encode("utf-8")` : pythonQuote(v));
  const lines = spec.headers.map((h) => `${indent}    ${pythonQuote(h.name)}: ${value(h.value)},`);
  return `{\n${lines.join('\n')}\n${indent}}`;
}

export function pythonBody(spec: HttpRequestSpec): string {
  return spec.body === undefined ? 'None' : `${pythonQuote(spec.body)}.encode("utf-8")`;
}

/**
 * Python `requests`. A Host header changes only the HTTP Host: urllib3 keeps the URL host as TLS SNI and for
 * certificate checks, which is what the VPCE-hostname forms need.
 */
export function pythonSnippet(spec: HttpRequestSpec): string {
  return [
    'import requests',
    '',
    'response = requests.request(',
    `    ${pythonQuote(spec.method)},`,
    `    ${pythonQuote(spec.url)},`,
    `    headers=${pythonHeaders(spec, '    ')},`,
    `    data=${pythonBody(spec)},`,
    '    timeout=30,',
    ')',
    'print(response.status_code)',
    'print(response.text)',
    '',
  ].join('\n');
}
