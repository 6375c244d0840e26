/** How an AWS call was answered, as the request counter tells them apart. */
export type CallOutcome = 'ok' | 'throttled' | 'error';

export interface OperationCount {
  /** Every answered call, throttled and failed ones included. */
  calls: number;
  throttled: number;
  errors: number;
}

export interface StatsSnapshot {
  /** When counting started (start-up or the last reset), on the emulator clock. */
  since: string;
  totals: OperationCount;
  /** account → `service:Operation` → counts. */
  accounts: Record<string, Record<string, OperationCount>>;
}

/** Counts AWS calls per account and operation (`GET /_emulator/stats`), so a benchmark can count a page's calls. */
export class RequestStats {
  private counts = new Map<string, Map<string, OperationCount>>();
  private since: Date;

  constructor(now: Date) {
    this.since = now;
  }

  record(account: string, service: string, operation: string | undefined, outcome: CallOutcome): void {
    let byOperation = this.counts.get(account);
    if (!byOperation) {
      byOperation = new Map();
      this.counts.set(account, byOperation);
    }
    const key = `${service}:${operation ?? 'unknown'}`;
    const count = byOperation.get(key) ?? { calls: 0, throttled: 0, errors: 0 };
    count.calls += 1;
    if (outcome === 'throttled') count.throttled += 1;
    if (outcome === 'error') count.errors += 1;
    byOperation.set(key, count);
  }

  reset(now: Date): void {
    this.counts = new Map();
    this.since = now;
  }

  snapshot(): StatsSnapshot {
    const totals: OperationCount = { calls: 0, throttled: 0, errors: 0 };
    const accounts: StatsSnapshot['accounts'] = {};
    for (const [account, byOperation] of [...this.counts].sort(([a], [b]) => a.localeCompare(b))) {
      accounts[account] = Object.fromEntries([...byOperation].sort(([a], [b]) => a.localeCompare(b)));
      for (const count of byOperation.values()) {
        totals.calls += count.calls;
        totals.throttled += count.throttled;
        totals.errors += count.errors;
      }
    }
    return { since: this.since.toISOString(), totals, accounts };
  }
}
