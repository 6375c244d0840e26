import { jsQuote } from './quote';
import { isAscii, splitUrl } from './request';
import type { HttpRequestSpec } from './types';

/**
 * Node writes header strings as Latin-1 and rejects characters above U+00FF, so a non-ASCII value is passed as its
 * UTF-8 bytes spelled in Latin-1: the wire then carries the same UTF-8 bytes curl sends.
 */
function headerValue(value: string): string {
  return isAscii(value) ? jsQuote(value) : `Buffer.from(${jsQuote(value)}, 'utf8').toString('latin1')`;
}

/**
 * Node.js (ESM, save as `.mjs`) with `https.request`. `servername` is pinned to the connection host: Node otherwise
 * derives SNI and the certificate check from a Host header, which for the VPCE-hostname forms would ask for the
 * custom domain / API name on the endpoint's certificate (docs/aws/url-forms.md#tls-and-sni).
 */
export function nodeSnippet(spec: HttpRequestSpec): string {
  const { host, port, pathAndQuery } = splitUrl(spec.url);
  const headerLines = spec.headers.map((h) => `    ${jsQuote(h.name)}: ${headerValue(h.value)},`);
  if (spec.body !== undefined) headerLines.push("    'Content-Length': body.length,");
  return [
    "import https from 'node:https';",
    '',
    spec.body === undefined ? 'const body = undefined;' : `const body = Buffer.from(${jsQuote(spec.body)}, 'utf8');`,
    'const req = https.request({',
    `  method: ${jsQuote(spec.method)},`,
    `  host: ${jsQuote(host)},`,
    `  servername: ${jsQuote(host)},`,
    `  port: ${port},`,
    `  path: ${jsQuote(pathAndQuery)},`,
    `  headers: {`,
    ...headerLines,
    '  },',
    '}, (res) => {',
    '  const chunks = [];',
    "  res.on('data', (chunk) => chunks.push(chunk));",
    "  res.on('end', () => console.log(res.statusCode, Buffer.concat(chunks).toString('utf8')));",
    '});',
    "req.on('error', (err) => { console.error(err.message); process.exitCode = 1; });",
    'req.end(body);',
    '',
  ].join('\n');
}
