import { getSession } from '@/lib/aws/session';
import { loadInvokeAnswer, loadInvokeChoices, loadSampleRequest } from '@/lib/aws/read/invoke-input';
import { isComplete, withDefaults } from '@/lib/invoke-ui/choices';
import {
  DEFAULT_SELECTION,
  parseSelection,
  rawFromSearchParams,
  type FieldErrors,
  type SearchParamsRecord,
} from '@/lib/invoke-ui/selection';
import { InvokePage } from '@/components/invoke/invoke-page';

/**
 * /invoke: the search parameters are the whole selection (target, client situation, request), so a link
 * opens exactly the answer it was copied from. Invalid parameters are reported per field and left out; the rest
 * of the selection still answers.
 */
export default async function InvokeRoute({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const raw = rawFromSearchParams(await searchParams);
  const parsed = parseSelection(raw);
  let linkErrors: FieldErrors = {};
  let base = parsed.ok ? parsed.selection : DEFAULT_SELECTION;
  if (!parsed.ok) {
    linkErrors = parsed.errors;
    const valid = Object.fromEntries(Object.entries(raw).filter(([key]) => !(key in parsed.errors)));
    const retry = parseSelection(valid);
    if (retry.ok) base = retry.selection;
  }

  const session = await getSession();
  const { choices, errors: choiceErrors } = await loadInvokeChoices(session, base);
  let selection = withDefaults(base, choices);
  // A link without a request (a target just picked) gets one the API really has, rather than a 403 on "/".
  if (raw.path === undefined && raw.method === undefined && isComplete(selection))
    selection = { ...selection, ...(await loadSampleRequest(session, selection)) };
  const answer = parsed.ok && isComplete(selection) ? await loadInvokeAnswer(session, selection) : undefined;

  return (
    <InvokePage
      selection={selection}
      choices={choices}
      choiceErrors={choiceErrors}
      linkErrors={linkErrors}
      link={raw}
      answer={answer}
      region={session.region}
    />
  );
}
