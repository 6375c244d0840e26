import type { NextRequest } from 'next/server';
import { getSession } from '@/lib/aws/session';
import { errorResponse } from '@/lib/http/json-read';
import type { InvokeTabData } from '@/lib/invoke-ui/answer';
import { readLink } from '@/lib/invoke-ui/link';
import { rawFromSearchParams, type SearchParamsRecord } from '@/lib/invoke-ui/selection';
import { loadInvokeView } from '@/lib/services/invoke/answer';

/**
 * GET /invoke/answer?<selection>: the answer for the Invoke tabs of the API and domain pages, loaded only when the
 * tab is opened (the detail pages would otherwise read AWS for a tab nobody looks at). Same service as /invoke.
 * Answers `InvokeTabData`, or the `ConsoleError` of the read that failed.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const params: SearchParamsRecord = {};
  for (const key of new Set(request.nextUrl.searchParams.keys()))
    params[key] = request.nextUrl.searchParams.getAll(key);
  const { answer, selection } = await loadInvokeView(await getSession(), readLink(rawFromSearchParams(params)));
  if (!answer.ok) return errorResponse(answer.error);
  const data: InvokeTabData = { ...answer.data, selection };
  return Response.json(data);
}
