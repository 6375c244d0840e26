import type { ConsoleError } from '@/lib/errors';

/** What a management action reports back: a sentence for the flash bar and the individual changes made. */
export interface ChangeReport {
  message: string;
  changes: string[];
}

/** One write of a multi-part change, worded for both outcomes. */
export interface ChangeWords {
  /** e.g. "Orders API: resource policy updated" */
  done: string;
  /** e.g. "Orders API: resource policy" */
  what: string;
}

/**
 * The error of a multi-part change that stopped half-way: the failure itself, then what AWS now holds and what it
 * does not, so the operator knows where to pick up. With nothing changed yet it is just the failure.
 */
export function partialChangeError(
  done: ChangeWords[],
  failed: ChangeWords,
  rest: ChangeWords[],
  failure: ConsoleError,
): ConsoleError {
  if (done.length === 0) return failure;
  const notChanged = [`${failed.what} (this step failed)`, ...rest.map((c) => c.what)];
  return {
    ...failure,
    title: `Partly applied: ${failure.title}`,
    message: `${failure.message} Already changed: ${done.map((c) => c.done).join('; ')}. Not changed: ${notChanged.join('; ')}.`,
  };
}
