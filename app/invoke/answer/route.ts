import { NextResponse, type NextRequest } from 'next/server';
import { getSession } from '@/lib/aws/session';
import type { ConsoleErrorKind } from '@/lib/errors';
import type { InvokeTabResponse } from '@/lib/invoke-ui/answer';
import { readLink } from '@/lib/invoke-ui/link';
import { rawFromSearchParams, type SearchParamsRecord } from '@/lib/invoke-ui/selection';
import { loadInvokeView } from '@/lib/services/invoke/answer';

const STATUS: Record<ConsoleErrorKind, number> = {
  'invalid-input': 400,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  throttled: 429,
  unknown: 500,
  credentials: 502,
  unavailable: 503,
};

/**
 * GET /invoke/answer?<selection>: the answer for the Invoke tabs of the API and domain pages, loaded only when the
 * tab is opened (the detail pages would otherwise read AWS for a tab nobody looks at). Same service as /invoke.
 */
export async function GET(request: NextRequest): Promise<NextResponse<InvokeTabResponse>> {
  const params: SearchParamsRecord = {};
  for (const key of new Set(request.nextUrl.searchParams.keys()))
    params[key] = request.nextUrl.searchParams.getAll(key);
  const session = await getSession();
  const { answer, selection } = await loadInvokeView(session, readLink(rawFromSearchParams(params)));
  if (answer.ok) return NextResponse.json({ ok: true, data: { ...answer.data, selection } });
  return NextResponse.json(answer, { status: STATUS[answer.error.kind] });
}
