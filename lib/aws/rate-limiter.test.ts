import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TokenBucket } from './rate-limiter';

describe('TokenBucket (API Gateway 10 req/s guard)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each([
    { calls: 10, expectedMinMs: 0 },
    { calls: 11, expectedMinMs: 100 },
    { calls: 30, expectedMinMs: 2000 },
  ])('$calls calls at once take at least $expectedMinMs ms', async ({ calls, expectedMinMs }) => {
    const bucket = new TokenBucket(10, 10);
    const start = Date.now();
    const done: number[] = [];
    const all = Promise.all(
      Array.from({ length: calls }, () => bucket.take().then(() => done.push(Date.now() - start))),
    );
    await vi.runAllTimersAsync();
    await all;
    expect(Math.max(...done)).toBeGreaterThanOrEqual(expectedMinMs);
    // Never more than capacity + rate * elapsed tokens handed out by any point in time.
    for (const t of done) {
      const handedOutBy = done.filter((d) => d <= t).length;
      expect(handedOutBy).toBeLessThanOrEqual(10 + Math.floor((t / 1000) * 10) + 1);
    }
  });

  it('serves callers in arrival order', async () => {
    const bucket = new TokenBucket(10, 1);
    const order: number[] = [];
    const all = Promise.all([1, 2, 3, 4].map((n) => bucket.take().then(() => order.push(n))));
    await vi.runAllTimersAsync();
    await all;
    expect(order).toEqual([1, 2, 3, 4]);
  });
});
