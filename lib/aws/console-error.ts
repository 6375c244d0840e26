/** The only error shape that crosses from the server to the browser. Plain data, no SDK objects, no credentials. */
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
