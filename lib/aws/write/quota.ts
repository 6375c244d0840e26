import 'server-only';
import { toConsoleError } from '../errors';

/**
 * API Gateway allows one Create/Update/DeleteDomainName per 30 s per account, CreateDeployment one per 5 s
 * (reference §6). A throttled call is not a failure: wait for Retry-After and try again.
 */

export function throttleDelaySeconds(error: unknown): number | undefined {
  const e = toConsoleError(error);
  return e.kind === 'throttled' ? Math.max(1, e.retryAfterSeconds ?? 5) : undefined;
}

/** Runs `call`, waiting out throttling for at most `budgetSeconds` in total before giving up with the last error. */
export async function withQuotaWait<T>(call: () => Promise<T>, budgetSeconds = 65): Promise<T> {
  let waited = 0;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      const delay = throttleDelaySeconds(error);
      if (delay === undefined || waited + delay > budgetSeconds) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay * 1000));
      waited += delay;
    }
  }
}
