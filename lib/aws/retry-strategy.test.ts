import { describe, expect, it } from 'vitest';
import { QuotaAwareRetryStrategy } from './retry-strategy';

const throttled = (retryAfterSeconds?: number) => ({
  errorType: 'THROTTLING' as const,
  retryAfterHint: retryAfterSeconds === undefined ? undefined : new Date(Date.now() + retryAfterSeconds * 1000),
});

describe('QuotaAwareRetryStrategy', () => {
  it.each([
    { name: 'no Retry-After: the SDK backs off and retries', retryAfter: undefined, retried: true },
    { name: 'a short Retry-After is waited out in the request', retryAfter: 1, retried: true },
    { name: "the domain quota's 30 s goes back to the caller at once", retryAfter: 30, retried: false },
  ])('$name', async ({ retryAfter, retried }) => {
    const strategy = new QuotaAwareRetryStrategy(3);
    const token = await strategy.acquireInitialRetryToken('');
    const started = Date.now();
    const outcome = await strategy.refreshRetryTokenForRetry(token, throttled(retryAfter)).then(
      () => 'retry',
      () => 'give up',
    );
    expect(outcome).toBe(retried ? 'retry' : 'give up');
    expect(Date.now() - started).toBeLessThan(6_000);
  });

  it('stops after the configured attempts', async () => {
    const strategy = new QuotaAwareRetryStrategy(1);
    const token = await strategy.acquireInitialRetryToken('');
    await expect(strategy.refreshRetryTokenForRetry(token, throttled())).rejects.toThrow();
  });
});
