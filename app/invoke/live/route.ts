import type { NextRequest } from 'next/server';
import { errorResponse, jsonRead } from '@/lib/http/json-read';
import { readLink } from '@/lib/invoke-ui/link';
import { rawFromSearchParams, type SearchParamsRecord } from '@/lib/invoke-ui/selection';
import type { FormId } from '@/lib/invoke/types';
import { callThroughDataPlane, loadEmulatorVariants } from '@/lib/services/live-call/live-call';

const FORMS: ReadonlySet<string> = new Set(['A1', 'A2', 'A3', 'A4', 'B1', 'B2']);

function badRequest(message: string): Response {
  return errorResponse({ kind: 'invalid-input', title: 'Not a live call request', message });
}

function read(request: NextRequest) {
  const params: SearchParamsRecord = {};
  for (const key of new Set(request.nextUrl.searchParams.keys()))
    params[key] = request.nextUrl.searchParams.getAll(key);
  const form = request.nextUrl.searchParams.get('form') ?? '';
  return { link: readLink(rawFromSearchParams(params)), form: FORMS.has(form) ? (form as FormId) : undefined };
}

/** GET /invoke/live?<selection>&form=B1: the form's "Run against the emulator" variants and the prediction. */
export async function GET(request: NextRequest) {
  const { link, form } = read(request);
  if (!form) return badRequest('Name the form to run: form=A1 … A4, B1 or B2.');
  return jsonRead({ operation: 'Reading the selection for the live call' }, (session) =>
    loadEmulatorVariants(session, link, form),
  );
}

/**
 * POST /invoke/live?<selection>&form=B1 (JSON body): the live call through the emulator's data plane. POST because
 * it sends the operator's request (which may be a POST to their API); the JSON content type keeps other sites from
 * triggering it without a CORS preflight.
 */
export async function POST(request: NextRequest) {
  if (!(request.headers.get('content-type') ?? '').startsWith('application/json'))
    return badRequest('Send the live call as JSON (content-type: application/json).');
  const { link, form } = read(request);
  if (!form) return badRequest('Name the form to call: form=A1 … A4, B1 or B2.');
  return jsonRead({ operation: 'The live call' }, (session) => callThroughDataPlane(session, link, form));
}
