/**
 * The console's own error vocabulary, shared by every layer. The only error shape that crosses from the server to
 * the browser: plain data, no SDK objects, no credentials.
 */
export type ConsoleErrorKind =
  'throttled' | 'forbidden' | 'not-found' | 'invalid-input' | 'conflict' | 'unavailable' | 'credentials' | 'unknown';

export interface ConsoleError {
  kind: ConsoleErrorKind;
  /** Short headline, e.g. "Access denied". */
  title: string;
  /** What happened and what the operator can do about it. */
  message: string;
  /** AWS error code when there was one (e.g. "TooManyRequestsException"); safe to show. */
  code?: string;
  /** Form field the error is about, when known. */
  field?: string;
  retryAfterSeconds?: number;
}

/** Thrown to reject input with a field error after talking to AWS (e.g. "certificate does not cover the name"). */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Thrown for a failure that is already worded for the operator (e.g. "a domain with this name is being created"). */
export class ActionFailure extends Error {
  constructor(readonly error: ConsoleError) {
    super(error.message);
  }
}

/** Field errors keyed by dotted path ("mappings.0.basePath"); "_form" for errors about the whole input. */
export type FieldErrors = Record<string, string>;

interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

/** The first message per field, keyed the way forms name their fields. */
export function fieldErrorsOf(issues: readonly IssueLike[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : '_form';
    out[key] ??= issue.message;
  }
  return out;
}

export const CHECK_FIELDS_TITLE = 'Check the highlighted fields';

/** The error a form shows above its fields when some of them are wrong. */
export function invalidInputError(fieldErrors: FieldErrors): ConsoleError {
  return {
    kind: 'invalid-input',
    title: CHECK_FIELDS_TITLE,
    message: Object.entries(fieldErrors)
      .map(([f, m]) => (f === '_form' ? m : `${f}: ${m}`))
      .join('; '),
  };
}
