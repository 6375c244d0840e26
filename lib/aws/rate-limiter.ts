/**
 * Token bucket shared by every API Gateway call the console makes for one account and Region. API Gateway's
 * control-plane quota (10 requests/second, burst 40) is per account and Region and shared with every other tool
 * the account runs, so the console takes only a share of it, and halves its own rate whenever AWS answers 429
 * anyway (someone else is using the rest), creeping back up while AWS stays quiet.
 *
 * Background work (the domain index) only takes a token while the bucket holds more than `reserve`, so an
 * operator's page never queues behind it.
 */
export type Priority = 'interactive' | 'background';

export interface BucketOptions {
  ratePerSecond: number;
  capacity: number;
  /** Tokens background callers leave for interactive ones. */
  reserve?: number;
  /** Lowest rate the bucket slows to after repeated 429s. */
  minRatePerSecond?: number;
  /** Rate regained per second of quiet after a 429. */
  recoveryPerSecond?: number;
  clock?: () => number;
}

interface Waiter {
  priority: Priority;
  resolve: () => void;
}

export class AdaptiveTokenBucket {
  readonly maxRate: number;
  private rate: number;
  private tokens: number;
  private last: number;
  private readonly waiters: Waiter[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly capacity: number;
  private readonly reserve: number;
  private readonly minRate: number;
  private readonly recovery: number;
  private readonly clock: () => number;

  constructor(options: BucketOptions) {
    this.maxRate = options.ratePerSecond;
    this.rate = options.ratePerSecond;
    this.capacity = options.capacity;
    this.reserve = Math.min(options.reserve ?? Math.floor(options.capacity / 2), options.capacity - 1);
    this.minRate = options.minRatePerSecond ?? Math.min(0.5, options.ratePerSecond);
    this.recovery = options.recoveryPerSecond ?? options.ratePerSecond / 10;
    this.clock = options.clock ?? (() => Date.now());
    this.tokens = options.capacity;
    this.last = this.clock();
  }

  /** The rate the bucket currently allows (lower than configured after AWS throttled). */
  get currentRate(): number {
    this.refill();
    return this.rate;
  }

  /** Resolves when a token is available; interactive callers first, each priority in arrival order. */
  take(priority: Priority = 'interactive'): Promise<void> {
    return new Promise((resolve) => {
      this.waiters.push({ priority, resolve });
      // A newcomer may be served sooner than whoever the pending timer was set for.
      clearTimeout(this.timer);
      this.timer = undefined;
      this.drain();
    });
  }

  /**
   * About how many background calls the bucket lets through within `ms` from now, counting the calls already
   * waiting for a token among them (interactive callers that arrive meanwhile would go first).
   */
  backgroundCallsWithin(ms: number): number {
    this.refill();
    const interactive = this.waiters.filter((w) => w.priority === 'interactive').length;
    return Math.max(0, Math.floor(this.tokens - this.reserve + (this.rate * ms) / 1000) - interactive);
  }

  /** AWS answered 429: slow down at once and drop the tokens, which were computed for a quota we do not have. */
  throttled(): void {
    this.refill();
    this.rate = Math.max(this.minRate, this.rate / 2);
    this.tokens = 0;
  }

  private refill() {
    const now = this.clock();
    const seconds = Math.max(0, now - this.last) / 1000;
    this.tokens = Math.min(this.capacity, this.tokens + seconds * this.rate);
    this.rate = Math.min(this.maxRate, this.rate + seconds * this.recovery);
    this.last = now;
  }

  private next(): Waiter | undefined {
    const interactive = this.waiters.findIndex((w) => w.priority === 'interactive');
    if (interactive >= 0 && this.tokens >= 1) return this.waiters.splice(interactive, 1)[0];
    if (interactive < 0 && this.waiters.length > 0 && this.tokens >= 1 + this.reserve) return this.waiters.shift();
    return undefined;
  }

  private drain() {
    this.refill();
    for (let waiter = this.next(); waiter; waiter = this.next()) {
      this.tokens -= 1;
      waiter.resolve();
    }
    if (this.waiters.length === 0) return;
    const needed = this.waiters.some((w) => w.priority === 'interactive') ? 1 : 1 + this.reserve;
    const waitMs = Math.max(1, Math.ceil(((needed - this.tokens) / this.rate) * 1000));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.drain();
    }, waitMs);
  }
}
