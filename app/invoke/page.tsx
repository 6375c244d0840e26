import { getSession } from '@/lib/aws/session';
import { readLink } from '@/lib/invoke-ui/link';
import { rawFromSearchParams, type SearchParamsRecord } from '@/lib/invoke-ui/selection';
import { loadInvokeView } from '@/lib/services/invoke/answer';
import { InvokePage } from '@/components/invoke/invoke-page';

/**
 * /invoke: the search parameters are the whole selection (target, client situation, request), so a link
 * opens exactly the answer it was copied from. Invalid parameters are reported per field and left out; the rest
 * of the selection still loads its choices.
 */
export default async function InvokeRoute({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const raw = rawFromSearchParams(await searchParams);
  const link = readLink(raw);
  const session = await getSession();
  const view = await loadInvokeView(session, { ...link, withTargetLists: true });
  return (
    <InvokePage
      selection={view.selection}
      choices={view.choices}
      choiceErrors={view.choiceErrors}
      linkErrors={link.errors}
      link={raw}
      answer={view.asked ? view.answer : undefined}
      region={session.region}
    />
  );
}
