import { toConsoleError, type ErrorHint } from '@/lib/aws/errors';
import { ActionFailure, CHECK_FIELDS_TITLE, FieldError, type ConsoleError } from '@/lib/errors';

/**
 * What the operator is told about a failed action or read: the console's own worded failures as they were thrown,
 * everything else (AWS and network errors) mapped by `toConsoleError`. Unexpected errors are logged under `name`
 * because their details never reach the browser.
 */
export function consoleErrorOf(error: unknown, hint: ErrorHint | undefined, name: string): ConsoleError {
  if (error instanceof ActionFailure) return error.error;
  if (error instanceof FieldError)
    return { kind: 'invalid-input', title: CHECK_FIELDS_TITLE, message: error.message, field: error.field };
  const mapped = toConsoleError(error, hint);
  if (mapped.kind === 'unknown') console.error(`[${name}]`, error);
  return mapped;
}
