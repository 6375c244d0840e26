import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { LRUCache } from 'lru-cache';
import { env } from '@/lib/config/env';
import type { Priority } from './rate-limiter';
import type { Session } from './session';

/**
 * Reads reused across requests. Every entry belongs to one account context and Region; an entry is fresh for
 * `CONSOLE_READ_CACHE_SECONDS` (0 turns reuse off: only concurrent identical reads share one call) and every
 * mutation makes all entries stale at once (`invalidateReads`, called by the action client), because one account's
 * change (a share, an association) changes what another account sees. Entries read with `staleWhileRevalidate`
 * (lists where a slightly old answer is harmless) are served stale for up to `CONSOLE_READ_STALE_SECONDS` more
 * while one background call refreshes them; the rest are read again before the page renders.
 */

interface Entry {
  value: Promise<unknown>;
  settled: boolean;
  loadedAt: number;
  generation: number;
  refreshing?: boolean;
}

const entries = new LRUCache<string, Entry>({ max: 20_000 });
let generation = 0;
const background = new AsyncLocalStorage<Priority>();

export interface ReadOptions {
  /** Serve a stale answer at once and refresh it in the background. */
  staleWhileRevalidate?: boolean;
  /** Overrides the fresh lifetime. */
  freshSeconds?: number;
  /** For what no console mutation changes (caller identity). */
  keepAcrossMutations?: boolean;
}

/** The API Gateway limiter priority of the current call chain (background work yields to pages). */
export function currentPriority(): Priority {
  return background.getStore() ?? 'interactive';
}

/** Runs `work` with background priority: its API Gateway calls only use tokens pages do not need. */
export function inBackground<T>(work: () => Promise<T>): Promise<T> {
  return background.run('background', work);
}

function scopeOf(session: Session): string {
  return `${session.context.id}|${session.region}`;
}

function load<T>(key: string, read: () => Promise<T>, now: number): Entry {
  const entry: Entry = { value: Promise.resolve(), settled: false, loadedAt: now, generation };
  entry.value = read().then(
    (value) => {
      entry.settled = true;
      entry.loadedAt = Date.now();
      return value;
    },
    (error: unknown) => {
      // A failure is never reused: the next page load asks AWS again.
      if (entries.get(key) === entry) entries.delete(key);
      throw error;
    },
  );
  entries.set(key, entry);
  return entry;
}

function revalidate(key: string, stale: Entry, read: () => Promise<unknown>) {
  if (stale.refreshing) return;
  stale.refreshing = true;
  const fresh: Entry = { value: Promise.resolve(), settled: false, loadedAt: Date.now(), generation };
  inBackground(read).then(
    (value) => {
      Object.assign(fresh, { value: Promise.resolve(value), settled: true, loadedAt: Date.now() });
      if (entries.get(key) === stale) entries.set(key, fresh);
    },
    () => {
      // Keep serving the stale answer; the next stale hit tries again.
      stale.refreshing = false;
    },
  );
}

/** `read()` once per `key` of the session's context and Region within the cache lifetime. */
export function cachedRead<T>(
  session: Session,
  key: string,
  read: () => Promise<T>,
  options: ReadOptions = {},
): Promise<T> {
  const fullKey = `${scopeOf(session)}|${key}`;
  const now = Date.now();
  const entry = entries.get(fullKey);
  const { CONSOLE_READ_CACHE_SECONDS, CONSOLE_READ_STALE_SECONDS } = env();
  // A lifetime of 0 turns reuse off for every read except those no mutation changes.
  const reuse = CONSOLE_READ_CACHE_SECONDS > 0 || options.keepAcrossMutations === true;
  const freshMs = reuse ? (options.freshSeconds ?? CONSOLE_READ_CACHE_SECONDS) * 1000 : 0;
  if (entry) {
    const current = options.keepAcrossMutations === true || entry.generation === generation;
    // A call still in flight is shared by everyone who asks meanwhile, whatever the lifetime.
    if (!entry.settled && current) return entry.value as Promise<T>;
    if (entry.settled && current && now - entry.loadedAt < freshMs) return entry.value as Promise<T>;
    const staleMs = freshMs + CONSOLE_READ_STALE_SECONDS * 1000;
    if (entry.settled && options.staleWhileRevalidate && freshMs > 0 && now - entry.loadedAt < staleMs) {
      revalidate(fullKey, entry, read);
      return entry.value as Promise<T>;
    }
  }
  return load(fullKey, read, now).value as Promise<T>;
}

/** Whether a stale-while-revalidate read of `key` answers at once (fresh, or stale while one call refreshes it). */
function answersAtOnce(session: Session, key: string, freshSeconds: number): boolean {
  const entry = entries.get(`${scopeOf(session)}|${key}`);
  const { CONSOLE_READ_CACHE_SECONDS, CONSOLE_READ_STALE_SECONDS } = env();
  return (
    entry?.settled === true &&
    entry.generation === generation &&
    CONSOLE_READ_CACHE_SECONDS > 0 &&
    Date.now() - entry.loadedAt < (freshSeconds + CONSOLE_READ_STALE_SECONDS) * 1000
  );
}

/** Makes every cached read stale (called after each mutation, whatever its outcome). */
export function invalidateReads(): void {
  generation += 1;
}

export interface CachedReader<A extends (string | number)[], R> {
  (session: Session, ...args: A): Promise<R>;
  /**
   * The same read for background work (the domain index): lives `freshSeconds`, and past that the stale answer
   * is returned at once while one background call refreshes it.
   */
  orStale(freshSeconds: number, session: Session, ...args: A): Promise<R>;
  /** Whether `orStale` with these arguments answers without waiting for AWS (nothing is asked). */
  answersAtOnce(freshSeconds: number, session: Session, ...args: A): boolean;
}

/**
 * A reader whose answers are reused through `cachedRead`, keyed by its name and arguments (ids and enum values).
 * Also gives the per-request deduplication React's `cache` gave, across requests.
 */
export function cachedReader<A extends (string | number)[], R>(
  name: string,
  read: (session: Session, ...args: A) => Promise<R>,
): CachedReader<A, R> {
  const key = (args: A) => [name, ...args].join('|');
  const reader = (session: Session, ...args: A) => cachedRead(session, key(args), () => read(session, ...args));
  reader.orStale = (freshSeconds: number, session: Session, ...args: A) =>
    cachedRead(session, key(args), () => read(session, ...args), { freshSeconds, staleWhileRevalidate: true });
  reader.answersAtOnce = (freshSeconds: number, session: Session, ...args: A) =>
    answersAtOnce(session, key(args), freshSeconds);
  return reader;
}
