import 'server-only';
import { getSession, type Session } from '@/lib/aws/session';
import type { ErrorHint } from '@/lib/aws/errors';
import { consoleErrorOf } from '@/lib/console-error-of';
import type { ConsoleError, ConsoleErrorKind } from '@/lib/errors';

const STATUS: Record<ConsoleErrorKind, number> = {
  'invalid-input': 400,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  throttled: 429,
  // The console's own AWS credentials failed, not the browser's request.
  credentials: 502,
  unavailable: 503,
  unknown: 500,
};

/** A ConsoleError as a route handler's answer, with the status that fits its kind. */
export function errorResponse(error: ConsoleError): Response {
  const headers: HeadersInit = error.retryAfterSeconds ? { 'retry-after': String(error.retryAfterSeconds) } : {};
  return Response.json(error, { status: STATUS[error.kind], headers });
}

/**
 * A GET route handler for what a form loads when it opens: the data as JSON, or a ConsoleError worded for the
 * operator with a fitting status. Reads never go through server actions, which Next runs one at a time per client.
 */
export async function jsonRead<T>(hint: ErrorHint, load: (session: Session) => Promise<T>): Promise<Response> {
  try {
    return Response.json(await load(await getSession()));
  } catch (error) {
    return errorResponse(consoleErrorOf(error, hint, hint.operation ?? 'read'));
  }
}
