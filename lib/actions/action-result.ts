import { invalidInputError, type ConsoleError, type FieldErrors } from '@/lib/errors';

/** What every mutation returns to the page. */
export type ActionResult<T> =
  { ok: true; data: T; message?: string } | { ok: false; error: ConsoleError; fieldErrors?: FieldErrors };

/** The shape next-safe-action hands the browser for an action built by `lib/actions/client.ts`. */
export interface SafeResult<T> {
  data?: T;
  serverError?: ConsoleError;
  validationErrors?: FieldErrors;
}

const NO_ANSWER: ConsoleError = {
  kind: 'unknown',
  title: 'No answer',
  message: 'The console returned no result for this change. Reload the page to see what was applied.',
};

/**
 * One typed result for the page: data, an error worded for the operator, or field errors (from the schema, or from a
 * check against AWS that names a field).
 */
export function toActionResult<T>(result: SafeResult<T> | undefined): ActionResult<T> {
  if (!result) return { ok: false, error: NO_ANSWER };
  if (result.validationErrors) {
    return { ok: false, fieldErrors: result.validationErrors, error: invalidInputError(result.validationErrors) };
  }
  if (result.serverError) {
    const { field } = result.serverError;
    return field
      ? { ok: false, error: result.serverError, fieldErrors: { [field]: result.serverError.message } }
      : { ok: false, error: result.serverError };
  }
  return { ok: true, data: result.data as T };
}

/** Calls an action and returns its typed result; the one way components call mutations. */
export async function runAction<I, T>(
  action: (input: I) => Promise<SafeResult<T> | undefined>,
  input: I,
): Promise<ActionResult<T>> {
  return toActionResult(await action(input));
}
