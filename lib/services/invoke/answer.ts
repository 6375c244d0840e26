import 'server-only';
import type { Session } from '@/lib/aws/session';
import type { ConsoleError } from '@/lib/errors';
import { buildAnswer, type LoadedAnswer } from '@/lib/invoke-ui/answer';
import { isComplete, withDefaults, type ChoiceErrors, type InvokeChoices } from '@/lib/invoke-ui/choices';
import { toClientSituation } from '@/lib/invoke-ui/engine-input';
import type { InvokeLink } from '@/lib/invoke-ui/link';
import { invokeHref, type InvokeSelection } from '@/lib/invoke-ui/selection';
import { section, type Section } from '@/lib/result';
import { loadSelectionChoices, loadTargetLists } from './choices';
import { incompleteTarget, invalidLink } from './failures';
import { readInvokeInput } from './read-input';
import { loadSampleRequest } from './sample-request';

export interface InvokeQuestion extends InvokeLink {
  /** Also list every API and domain there is to pick (the /invoke form); an Invoke tab needs only the answer. */
  withTargetLists?: boolean;
}

export interface InvokeView {
  /** The selection answered: the link's, with what it left open filled in (stage, base path, endpoint, request). */
  selection: InvokeSelection;
  choices: InvokeChoices;
  choiceErrors: ChoiceErrors;
  /** `false` for an invalid link or a target not yet chosen: then `answer` is the error saying so. */
  asked: boolean;
  /** The engine's answer, or the worded error of the read that failed (or of why nothing was asked). */
  answer: Section<LoadedAnswer>;
}

async function answerFor(session: Session, selection: InvokeSelection): Promise<Section<LoadedAnswer>> {
  return section(async () => {
    const reads = await readInvokeInput(session, selection);
    const vpcId = reads.endpoint?.vpcId;
    const built = buildAnswer(reads.input, toClientSituation(selection, vpcId), reads.endpoint, reads.authorization);
    const answer = reads.readElsewhere
      ? { ...built, result: { ...built.result, notes: [reads.readElsewhere, ...built.result.notes] } }
      : built;
    return vpcId ? { answer, vpcId } : { answer };
  });
}

/**
 * The invoke answer for a link, as /invoke and every Invoke tab show it: the choices the selection depends on, the
 * defaults they give (the API's `prod` stage, the domain's first base path, an endpoint), a request the target
 * really has when the link names none, then the engine's answer for that selection.
 */
export async function loadInvokeView(session: Session, question: InvokeQuestion): Promise<InvokeView> {
  const [lists, forSelection] = await Promise.all([
    question.withTargetLists ? loadTargetLists(session) : { choices: {}, errors: {} },
    loadSelectionChoices(session, question.selection),
  ]);
  const choices: InvokeChoices = { ...forSelection.choices, ...lists.choices };
  const choiceErrors: ChoiceErrors = { ...forSelection.errors, ...lists.errors };
  let selection = withDefaults(question.selection, choices);
  const complete = isComplete(selection);
  // Rather than a 403 on "/": a fresh tab or a newly picked target gets a request the API really has.
  if (complete && !question.requestGiven)
    selection = { ...selection, ...(await loadSampleRequest(session, selection)) };
  const invalid = Object.values(question.errors);
  const unasked = (error: ConsoleError): InvokeView => ({
    selection,
    choices,
    choiceErrors,
    asked: false,
    answer: { ok: false, error },
  });
  if (invalid.length) return unasked(invalidLink(invalid));
  if (!complete) return unasked(incompleteTarget(selection, choiceErrors.stages));
  return { selection, choices, choiceErrors, asked: true, answer: await answerFor(session, selection) };
}

/**
 * The answer for a selection built in code (the consumer panel's "Call the domain"), exactly as /invoke answers
 * it, with the link that opens it there.
 */
export async function loadInvokeAnswer(
  session: Session,
  selection: InvokeSelection,
): Promise<{ answer: Section<LoadedAnswer>; href: string }> {
  const view = await loadInvokeView(session, { selection, errors: {}, requestGiven: true });
  return { answer: view.answer, href: invokeHref(view.selection) };
}
