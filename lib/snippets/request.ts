import type { HeaderSpec, InvokeForm, InvokeRequest } from '../invoke/types';
import { SnippetInputError } from './quote';
import type { HttpRequestSpec } from './types';

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Headers the form owns; an operator value would contradict the form (or break SigV4). */
const FORM_OWNED = new Set(['host', 'x-apigw-api-id']);

/**
 * Validates operator input so every generator can rely on it: methods and header names are HTTP tokens, header
 * values carry no CR/LF/NUL (header injection), and text is well-formed Unicode (lone surrogates cannot be encoded
 * as UTF-8 by shells or Python).
 */
export function validateRequestSpec(spec: HttpRequestSpec): void {
  if (!TOKEN.test(spec.method)) throw new SnippetInputError('method', `"${spec.method}" is not a valid HTTP method.`);
  for (const h of spec.headers) {
    if (!TOKEN.test(h.name)) throw new SnippetInputError('headers', `"${h.name}" is not a valid header name.`);
    if (/[\r\n\0]/.test(h.value))
      throw new SnippetInputError('headers', `Header ${h.name} contains a line break or NUL.`);
    assertWellFormed(h.value, 'headers');
  }
  if (spec.body !== undefined) {
    if (spec.body.includes('\0'))
      throw new SnippetInputError(
        'body',
        'NUL characters in a text body are not supported; send binary data from a file.',
      );
    assertWellFormed(spec.body, 'body');
  }
  if (!/^https:\/\/[^/?#\s]+(\/[^\s]*)?$/.test(spec.url))
    throw new SnippetInputError('url', `"${spec.url}" is not an absolute https URL.`);
}

function assertWellFormed(s: string, field: string): void {
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s)) {
    throw new SnippetInputError(field, 'Text contains an unpaired UTF-16 surrogate.');
  }
}

/** The request a form turns into: its URL and required headers plus the operator's headers and body. */
export function requestSpecFor(form: InvokeForm, request: InvokeRequest): HttpRequestSpec {
  const operator: HeaderSpec[] = (request.headers ?? []).filter((h) => !FORM_OWNED.has(h.name.toLowerCase()));
  const spec: HttpRequestSpec = {
    method: request.method.toUpperCase(),
    url: form.url,
    headers: [...form.headers, ...operator, ...(form.credentialHeaders ?? [])],
  };
  if (request.body !== undefined && request.body !== '') spec.body = request.body;
  validateRequestSpec(spec);
  return spec;
}

/**
 * Header values beyond ASCII: HTTP clients default to Latin-1 for them (Python's http.client, Node's http) and
 * refuse anything above U+00FF, while curl sends the UTF-8 bytes the shell passes. Snippets send UTF-8 everywhere.
 */
export function isAscii(value: string): boolean {
  return /^\p{ASCII}*$/u.test(value);
}

/** Host, port and path+query as a raw HTTP client needs them. */
export function splitUrl(url: string): { host: string; port: number; pathAndQuery: string } {
  const u = new URL(url);
  return { host: u.hostname, port: u.port ? Number(u.port) : 443, pathAndQuery: `${u.pathname}${u.search}` };
}
