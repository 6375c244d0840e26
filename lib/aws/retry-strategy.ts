import 'server-only';
import { StandardRetryStrategy } from '@smithy/core/retry';
import type { RetryErrorInfo, StandardRetryToken } from '@smithy/types';

/** The longest wait a request may spend inside the SDK before its throttling error reaches the caller. */
export const LONGEST_IN_REQUEST_WAIT_MS = 5_000;

/**
 * The console's one retry layer: the SDK's standard strategy (backoff with jitter, retry quota), except that a
 * throttled call whose Retry-After is further away than a few seconds is not retried at all. API Gateway's domain
 * quota answers "Retry-After: 30"; the SDK would retry within 5 s, be refused again and hold the request. The error
 * goes straight back instead, and the caller says how long to wait (the create wizard resumes by itself).
 */
export class QuotaAwareRetryStrategy extends StandardRetryStrategy {
  constructor(attempts: number) {
    super(() => Promise.resolve(attempts));
  }

  override refreshRetryTokenForRetry(
    token: StandardRetryToken,
    errorInfo: RetryErrorInfo,
  ): Promise<StandardRetryToken> {
    const waitMs = errorInfo.retryAfterHint ? errorInfo.retryAfterHint.getTime() - Date.now() : 0;
    if (waitMs > LONGEST_IN_REQUEST_WAIT_MS) return Promise.reject(new Error('Retry-After beyond the in-request wait'));
    return super.refreshRetryTokenForRetry(token, errorInfo);
  }
}
