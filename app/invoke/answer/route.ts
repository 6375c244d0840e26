import { NextResponse, type NextRequest } from 'next/server';
import { getSession } from '@/lib/aws/session';
import { loadInvokeAnswer, loadSampleRequest, loadSelectionChoices } from '@/lib/aws/read/invoke-input';
import type { InvokeTabResponse } from '@/lib/invoke-ui/answer';
import { isComplete, withDefaults } from '@/lib/invoke-ui/choices';
import { parseSelection, rawFromSearchParams, type SearchParamsRecord } from '@/lib/invoke-ui/selection';

/**
 * GET /invoke/answer?<selection>: the answer for the Invoke tabs of the API and domain pages, loaded only when the
 * tab is opened (the detail pages would otherwise read AWS for a tab nobody looks at).
 */
export async function GET(request: NextRequest): Promise<NextResponse<InvokeTabResponse>> {
  const params: SearchParamsRecord = {};
  for (const key of new Set(request.nextUrl.searchParams.keys()))
    params[key] = request.nextUrl.searchParams.getAll(key);
  const parsed = parseSelection(rawFromSearchParams(params));
  if (!parsed.ok) {
    const message = Object.entries(parsed.errors)
      .map(([, m]) => m)
      .join(' ');
    return NextResponse.json(
      { ok: false, error: { kind: 'invalid-input', title: 'Invalid selection', message } },
      { status: 400 },
    );
  }
  const session = await getSession();
  const { choices, errors } = await loadSelectionChoices(session, parsed.selection);
  let selection = withDefaults(parsed.selection, choices);
  if (!params.path && !params.method) selection = { ...selection, ...(await loadSampleRequest(session, selection)) };
  if (!isComplete(selection)) {
    const error = errors.stages ?? {
      kind: 'not-found' as const,
      title: 'Nothing to call yet',
      message: 'The API has no stage: deploy it to a stage first (CreateDeployment).',
    };
    return NextResponse.json({ ok: false, error });
  }
  const answer = await loadInvokeAnswer(session, selection);
  return NextResponse.json(answer.ok ? { ok: true, data: { ...answer.data, selection } } : answer);
}
