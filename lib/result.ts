import { ActionFailure, type ConsoleError } from '@/lib/errors';
import { toConsoleError, type ErrorHint } from '@/lib/aws/errors';

/** One independently loaded part of a page: a failing section shows its own error while the rest renders. */
export type Section<T> = { ok: true; data: T } | { ok: false; error: ConsoleError };

export async function section<T>(load: () => Promise<T>, hint?: ErrorHint): Promise<Section<T>> {
  try {
    return { ok: true, data: await load() };
  } catch (error) {
    // A failure already worded (by a service) keeps its words; anything else is mapped as an AWS error.
    return { ok: false, error: error instanceof ActionFailure ? error.error : toConsoleError(error, hint) };
  }
}
