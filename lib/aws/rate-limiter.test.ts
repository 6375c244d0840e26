import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AdaptiveTokenBucket } from './rate-limiter';

/** Ms after start at which each of `calls` takes resolved. */
async function takeTimes(bucket: AdaptiveTokenBucket, priorities: ('interactive' | 'background')[]) {
  const start = Date.now();
  const done: number[] = [];
  const all = Promise.all(priorities.map((p, i) => bucket.take(p).then(() => (done[i] = Date.now() - start))));
  await vi.runAllTimersAsync();
  await all;
  return done;
}

describe('AdaptiveTokenBucket (the console’s share of the API Gateway quota)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each([
    { calls: 20, expectedMinMs: 0, expectedMaxMs: 0 },
    { calls: 21, expectedMinMs: 200, expectedMaxMs: 250 },
    { calls: 45, expectedMinMs: 5000, expectedMaxMs: 5100 },
  ])('5 req/s, burst 20: $calls calls at once finish after $expectedMinMs ms', async (row) => {
    const bucket = new AdaptiveTokenBucket({ ratePerSecond: 5, capacity: 20 });
    const done = await takeTimes(bucket, Array<'interactive'>(row.calls).fill('interactive'));
    expect(Math.max(...done)).toBeGreaterThanOrEqual(row.expectedMinMs);
    expect(Math.max(...done)).toBeLessThanOrEqual(row.expectedMaxMs);
    for (const t of done) expect(done.filter((d) => d <= t).length).toBeLessThanOrEqual(20 + Math.floor(t / 200) + 1);
  });

  it('serves interactive callers before background ones, and background only above the reserve', async () => {
    const bucket = new AdaptiveTokenBucket({ ratePerSecond: 5, capacity: 3, reserve: 2 });
    const order: string[] = [];
    const all = Promise.all([
      bucket.take('background').then(() => order.push('b1')),
      bucket.take('background').then(() => order.push('b2')),
      bucket.take('interactive').then(() => order.push('i1')),
      bucket.take('interactive').then(() => order.push('i2')),
    ]);
    await vi.runAllTimersAsync();
    await all;
    // b1 takes a token at once (3 ≥ reserve + 1); b2 would dip into the reserve and waits for the refill.
    expect(order).toEqual(['b1', 'i1', 'i2', 'b2']);
  });

  it('halves its rate on a 429 and regains it while AWS stays quiet', () => {
    let now = 0;
    const bucket = new AdaptiveTokenBucket({
      ratePerSecond: 5,
      capacity: 20,
      recoveryPerSecond: 0.5,
      clock: () => now,
    });
    bucket.throttled();
    expect(bucket.currentRate).toBe(2.5);
    bucket.throttled();
    expect(bucket.currentRate).toBe(1.25);
    now += 2000;
    expect(bucket.currentRate).toBe(2.25);
    now += 60_000;
    expect(bucket.currentRate).toBe(5);
  });

  it.each([
    { taken: 0, ms: 0, expected: 10 },
    { taken: 0, ms: 1000, expected: 15 },
    { taken: 14, ms: 0, expected: 0 },
    { taken: 14, ms: 1000, expected: 1 },
    { taken: 20, ms: 3000, expected: 5 },
  ])(
    'background calls possible within $ms ms after $taken calls (5 req/s, burst 20, reserve 10): $expected',
    async ({ taken, ms, expected }) => {
      const bucket = new AdaptiveTokenBucket({ ratePerSecond: 5, capacity: 20, clock: () => 0 });
      await Promise.all(Array.from({ length: taken }, () => bucket.take('interactive')));
      expect(bucket.backgroundCallsWithin(ms)).toBe(expected);
    },
  );

  it('never slows below its floor', () => {
    const bucket = new AdaptiveTokenBucket({ ratePerSecond: 5, capacity: 20, minRatePerSecond: 1, clock: () => 0 });
    for (let i = 0; i < 10; i++) bucket.throttled();
    expect(bucket.currentRate).toBe(1);
  });

  it('after a 429 the next calls wait for tokens at the lower rate', async () => {
    const bucket = new AdaptiveTokenBucket({ ratePerSecond: 5, capacity: 20, recoveryPerSecond: 0 });
    bucket.throttled();
    const done = await takeTimes(bucket, ['interactive', 'interactive']);
    expect(done).toEqual([400, 800]);
  });
});
