import type { InvokeForm, InvokeRequest } from '../invoke/types';
import { curlSnippet } from './curl';
import { nodeSnippet } from './node';
import { powershellSnippet } from './powershell';
import { pythonSnippet } from './python';
import { requestSpecFor } from './request';
import { awscurlSnippet, pythonSigV4Snippet } from './sigv4';
import type { Snippet } from './types';

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
      warnings: unsignedWarnings,
    },
  ];
  if (!form.signing) return plain;
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
  ];
}
