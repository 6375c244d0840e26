export interface BucketSpec {
  /** Burst size. */
  capacity: number;
  refillPerSecond: number;
}

interface Bucket {
  tokens: number;
  updatedMs: number;
}

/** Token buckets keyed by string, driven by an external clock (the emulator clock) so tests can move time. */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  /**
   * Take one token from every listed bucket, or from none. Returns 0 when taken, otherwise the seconds until all
   * of them have a token again (what goes into `Retry-After`).
   */
  takeAll(requests: Array<{ key: string; spec: BucketSpec }>, nowMs: number): number {
    let waitSeconds = 0;
    const buckets = requests.map(({ key, spec }) => {
      const bucket = this.refilled(key, spec, nowMs);
      if (bucket.tokens < 1) waitSeconds = Math.max(waitSeconds, (1 - bucket.tokens) / spec.refillPerSecond);
      return bucket;
    });
    if (waitSeconds > 0) return waitSeconds;
    for (const bucket of buckets) bucket.tokens -= 1;
    return 0;
  }

  clear(): void {
    this.buckets.clear();
  }

  private refilled(key: string, spec: BucketSpec, nowMs: number): Bucket {
    const bucket = this.buckets.get(key) ?? { tokens: spec.capacity, updatedMs: nowMs };
    const elapsedSeconds = Math.max(0, nowMs - bucket.updatedMs) / 1000;
    bucket.tokens = Math.min(spec.capacity, bucket.tokens + elapsedSeconds * spec.refillPerSecond);
    bucket.updatedMs = nowMs;
    this.buckets.set(key, bucket);
    return bucket;
  }
}
