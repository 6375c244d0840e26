import type { InvokeForm, InvokeRequest } from '../invoke/types';
import { curlSnippet } from './curl';
import { fetchSnippet } from './fetch';
import { nodeSnippet } from './node';
import { powershellSnippet } from './powershell';
import { pythonSnippet } from './python';
import { SnippetInputError } from './quote';
import { isAscii, requestSpecFor } from './request';
import { awscurlSnippet, pythonSigV4Snippet } from './sigv4';
import type { HttpRequestSpec, Snippet } from './types';

/**
 * A signature covers the header values, and what bytes stand for non-ASCII text is not something SigV4 clients
 * agree on (botocore signs UTF-8, then the HTTP client sends Latin-1): such a request would not verify.
 */
function assertSignable(spec: HttpRequestSpec): void {
  const header = spec.headers.find((h) => !isAscii(h.value));
  if (header) {
    throw new SnippetInputError(
      'headers',
      `Header ${header.name} has characters outside ASCII. The method uses AWS_IAM, whose signature covers header values, and signing clients disagree on how to encode such text, so the request would be refused. Percent-encode or Base64-encode the value of ${header.name}.`,
    );
  }
}

/** .NET encodes header values itself; whether non-ASCII text arrives as UTF-8 depends on the runtime. */
function powershellWarnings(spec: HttpRequestSpec): string[] {
  const names = spec.headers.filter((h) => !isAscii(h.value)).map((h) => h.name);
  return names.length
    ? [`PowerShell may not send ${names.join(', ')} as UTF-8 (non-ASCII value); the curl, Python and Node snippets do.`]
    : [];
}

/** Why a pasted snippet is expected to fail: the form's unmet prerequisites, with the symptom to expect. */
export function formWarnings(form: InvokeForm): string[] {
  if (form.status === 'not-applicable') return [`Not usable here: ${form.notApplicableReason}`];
  return form.prerequisites
    .filter((p) => p.status !== 'met')
    .map(
      (p) =>
        `${p.status === 'not-met' ? 'Not met' : 'Unverified'}: ${p.label}. ${p.status === 'not-met' ? `Expect: ${p.symptom}` : p.reason}`,
    );
}

/**
 * Every snippet for one form. Snippets for forms that cannot work are still produced, with warnings. For AWS_IAM
 * methods the unsigned variants carry a warning and the SigV4 variants (awscurl, Python botocore) come first.
 * Throws `SnippetInputError` for request values no snippet can carry (e.g. CR/LF in a header).
 */
export function snippetsForForm(form: InvokeForm, request: InvokeRequest): Snippet[] {
  const spec = requestSpecFor(form, request);
  if (form.signing) assertSignable(spec);
  const base = formWarnings(form);
  const unsignedWarnings = form.signing
    ? [...base, 'This method uses AWS_IAM: an unsigned request is refused (403). Use a SigV4 variant.']
    : base;
  const plain: Snippet[] = [
    { id: 'curl', label: 'curl', language: 'sh', code: curlSnippet(spec), warnings: unsignedWarnings },
    {
      id: 'python',
      label: 'Python (requests)',
      language: 'python',
      code: pythonSnippet(spec),
      warnings: unsignedWarnings,
    },
    {
      id: 'node',
      label: 'Node.js (https)',
      language: 'javascript',
      code: nodeSnippet(spec),
      warnings: unsignedWarnings,
    },
    {
      id: 'powershell',
      label: 'PowerShell 7',
      language: 'powershell',
      code: powershellSnippet(spec),
      warnings: [...unsignedWarnings, ...powershellWarnings(spec)],
    },
  ];
  const browser = browserSnippet(form, spec, base);
  if (!form.signing) return browser ? (form.cors ? [browser, ...plain] : [...plain, browser]) : plain;
  const sig = { region: form.signing.region, service: form.signing.service };
  const awscurl = awscurlSnippet(spec, sig);
  return [
    {
      id: 'python-sigv4',
      label: 'Python (botocore SigV4)',
      language: 'python',
      code: pythonSigV4Snippet(spec, sig),
      warnings: base,
    },
    {
      id: 'awscurl',
      label: 'awscurl (SigV4)',
      language: 'sh',
      code: awscurl.code,
      warnings: [...base, ...awscurl.warnings],
    },
    ...plain,
    ...(browser ? [browser] : []),
  ];
}

/**
 * `fetch()` for forms a browser can use (no Host or x-apigw-api-id header to set). Listed first when the client
 * is a browser (the form then carries a CORS verdict), last otherwise.
 */
function browserSnippet(form: InvokeForm, spec: HttpRequestSpec, base: string[]): Snippet | undefined {
  if (form.headers.length > 0) return undefined;
  const warnings = [...base];
  if (form.signing)
    warnings.push(
      'This method uses AWS_IAM: the page must SigV4-sign the request itself (for example @smithy/signature-v4 with temporary credentials from a Cognito identity pool); unsigned it is refused (403).',
    );
  if (form.cors?.preflight)
    warnings.push(`The browser sends an OPTIONS preflight first, because of ${form.cors.preflightReasons.join(', ')}.`);
  for (const missing of form.cors?.missing ?? []) if (!base.some((w) => w.includes(missing))) warnings.push(missing);
  return { id: 'fetch', label: 'Browser fetch()', language: 'javascript', code: fetchSnippet(spec), warnings };
}
