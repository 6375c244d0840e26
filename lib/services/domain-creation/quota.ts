import 'server-only';
import { toConsoleError } from '@/lib/aws/errors';

/** When no Retry-After came with the throttling error: API Gateway's domain quota is one change per 30 s. */
const DEFAULT_WAIT_SECONDS = 5;

/**
 * Seconds to wait before running a throttled step again; undefined for any other error. A throttled step is not a
 * failure: the wizard shows the wait and runs the step again by itself.
 */
export function quotaWaitSeconds(error: unknown): number | undefined {
  const e = toConsoleError(error);
  return e.kind === 'throttled' ? Math.max(1, e.retryAfterSeconds ?? DEFAULT_WAIT_SECONDS) : undefined;
}
