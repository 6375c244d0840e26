import { createDomainSchema, type CreateDomainDraft, type CreateDomainInput } from '@/lib/domains/create-domain-schema';
import { fieldErrorsOf } from '@/lib/errors';

/**
 * The wizard's input in a URL (`/domains/new/export?plan=…`): base64url of its JSON, without the creation token
 * (it only matters to a run). A GET keeps the export a plain, repeatable download that changes nothing.
 */

/** Any valid UUID: the schema wants one, and an export never runs a step that would use it. */
const EXPORT_CREATION_TOKEN = '00000000-0000-4000-8000-000000000000';

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(param: string): string {
  const binary = atob(param.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodePlanParam(draft: CreateDomainDraft): string {
  const { creationToken: _token, ...rest } = draft;
  return toBase64Url(JSON.stringify(rest));
}

export type DecodedPlan = { ok: true; input: CreateDomainInput } | { ok: false; message: string };

export function decodePlanParam(param: string | null): DecodedPlan {
  if (!param)
    return { ok: false, message: 'Add the wizard input as ?plan= (the Export button on the review step does).' };
  let raw: unknown;
  try {
    raw = JSON.parse(fromBase64Url(param));
  } catch {
    return { ok: false, message: 'The plan parameter is not base64url-encoded JSON.' };
  }
  const parsed = createDomainSchema.safeParse({ ...(raw as object), creationToken: EXPORT_CREATION_TOKEN });
  if (parsed.success) return { ok: true, input: parsed.data };
  const errors = fieldErrorsOf(parsed.error.issues);
  return {
    ok: false,
    message: `The wizard input is incomplete: ${Object.entries(errors)
      .map(([field, message]) => `${field}: ${message}`)
      .join(' ')}`,
  };
}
