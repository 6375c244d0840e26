import { pythonQuote } from './quote';
import type { HttpRequestSpec } from './types';

/** Python dict literal of the headers, one per line. */
export function pythonHeaders(spec: HttpRequestSpec, indent: string): string {
  if (spec.headers.length === 0) return '{}';
  const lines = spec.headers.map((h) => `${indent}    ${pythonQuote(h.name)}: ${pythonQuote(h.value)},`);
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
