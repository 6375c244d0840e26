import type { ConsoleError, ConsoleErrorKind } from '@/lib/errors';

const STATUS: Record<ConsoleErrorKind, number> = {
  throttled: 429,
  forbidden: 403,
  'not-found': 404,
  'invalid-input': 400,
  conflict: 409,
  unavailable: 503,
  credentials: 502,
  unknown: 500,
};

/** The HTTP status a route handler answers a failed read with. */
export function consoleErrorStatus(error: ConsoleError): number {
  return STATUS[error.kind];
}
