import 'server-only';
import { env } from '@/lib/config/env';
import { apiGatewayBackgroundCallsWithin } from '@/lib/aws/clients';
import { inBackground } from '@/lib/aws/read-cache';
import { listBasePathMappings, listOwnDomains } from '@/lib/aws/read/domains';
import { listRestApis, listStages } from '@/lib/aws/read/rest-apis';
import type { Session } from '@/lib/aws/session';
import { toConsoleError } from '@/lib/aws/errors';
import type { ConsoleError } from '@/lib/errors';
import { isPrivateDomain, type BasePathMapping, type PrivateDomain } from '@/lib/model/domains';
import type { RestApi } from '@/lib/model/rest-apis';

/**
 * Which API each private domain maps to, and which stages those APIs have. API Gateway has no "mappings of an
 * API" call, so this takes one GetBasePathMappings per private domain (up to 50 by default quota) and one GetStages
 * per mapped API. Those reads run with background priority (they never hold a page's API Gateway calls back), live
 * `CONSOLE_INDEX_FRESH_SECONDS` and are then refreshed behind a stale answer. A page waits for them at most
 * `CONSOLE_INDEX_WAIT_MS`, and only when the limiter can let them through within that time; otherwise (the first
 * build on a large account) it shows what is known at once, saying how much is still being read.
 */

export interface IndexedDomain {
  domain: PrivateDomain;
  /** Undefined while still being read (or when the read failed: see `failures`). */
  mappings?: BasePathMapping[];
}

export interface DomainIndex {
  domains: IndexedDomain[];
  apis: RestApi[];
  /** Stage names per mapped API that exists; absent while still being read. */
  stagesByApi: Record<string, string[]>;
  pending: { domains: number; apis: number };
  failures: { what: string; operation: string; error: ConsoleError }[];
}

export interface IndexOptions {
  /** The longest a page waits for the index (default `CONSOLE_INDEX_WAIT_MS`). */
  waitMs?: number;
  /**
   * Starts the reads a page does not wait for. Pages pass Next's `after`, so those reads begin once the page has been
   * sent and never compete with its own calls; by default they start at once.
   */
  startLater?: (start: () => void) => void;
}

type Outcome<T> = { state: 'done'; value: T } | { state: 'failed'; error: unknown } | { state: 'pending' };

/** A read whose outcome can be looked at without waiting for it. */
function track<T>(read: Promise<T>): { outcome: Outcome<T>; settled: Promise<void> } {
  const tracked: { outcome: Outcome<T>; settled: Promise<void> } = {
    outcome: { state: 'pending' },
    settled: Promise.resolve(),
  };
  tracked.settled = read.then(
    (value) => void (tracked.outcome = { state: 'done', value }),
    (error: unknown) => void (tracked.outcome = { state: 'failed', error }),
  );
  return tracked;
}

function delay(ms: number): { promise: Promise<void>; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const promise = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  return { promise, cancel: () => clearTimeout(timer) };
}

/**
 * The index as far as it is known within the wait. The two lists it starts from (domains, APIs) are the same
 * cached reads the pages make; a failure there fails the index (the caller's section shows it).
 */
export async function loadDomainIndex(session: Session, options: IndexOptions = {}): Promise<DomainIndex> {
  const { CONSOLE_INDEX_FRESH_SECONDS: fresh, CONSOLE_INDEX_WAIT_MS } = env();
  const [owned, apis] = await Promise.all([listOwnDomains(session), listRestApis(session)]);
  const domains = owned.filter(isPrivateDomain);
  const existing = new Set(apis.map((a) => a.id));

  // Reads the cache answers run now; those that need AWS wait for the gate (see the end of the wait below).
  let open = () => {};
  const gate = new Promise<void>((resolve) => (open = resolve));
  const background = <T>(atOnce: boolean, run: () => Promise<T>) =>
    inBackground(
      atOnce
        ? run
        : async () => {
            await gate;
            return run();
          },
    );

  // Each domain's mappings start the stage reads of the APIs they name as soon as they arrive, so the index keeps
  // filling in after the page stopped waiting.
  const stageReads = new Map<string, ReturnType<typeof track<string[]>>>();
  const stagesOf = (restApiId: string) => {
    let read = stageReads.get(restApiId);
    if (!read) {
      read = track(
        background(listStages.answersAtOnce(fresh, session, restApiId), () =>
          listStages.orStale(fresh, session, restApiId),
        ).then((s) => s.map((x) => x.stageName)),
      );
      stageReads.set(restApiId, read);
    }
    return read.settled;
  };
  const mappingReads = domains.map((d) =>
    track(
      background(listBasePathMappings.answersAtOnce(fresh, session, d.domainName, d.domainNameId), () =>
        listBasePathMappings.orStale(fresh, session, d.domainName, d.domainNameId),
      ).then(async (mappings) => {
        await Promise.all(mappings.filter((m) => existing.has(m.restApiId)).map((m) => stagesOf(m.restApiId)));
        return mappings;
      }),
    ),
  );

  // Reads answered from the cache settle first; what is left needs AWS.
  await new Promise((resolve) => setImmediate(resolve));
  const waitMs = options.waitMs ?? CONSOLE_INDEX_WAIT_MS;
  // Each domain still to read usually names an API whose stages are not read yet either.
  const unread =
    2 * mappingReads.filter((r) => r.outcome.state === 'pending').length +
    [...stageReads.values()].filter((r) => r.outcome.state === 'pending').length;
  // The page waits only for reads the limiter can let through within the wait. The first build on a large
  // account (one call per domain and per mapped API, at background pace) would hold every page for the whole
  // wait and still not finish: the page shows what is known at once, and those reads start when `startLater` says.
  if (waitMs > 0 && unread > 0 && unread <= apiGatewayBackgroundCallsWithin(session, waitMs)) {
    open();
    const wait = delay(waitMs);
    await Promise.race([Promise.all(mappingReads.map((r) => r.settled)), wait.promise]);
    wait.cancel();
  } else if (unread > 0) (options.startLater ?? ((start) => start()))(open);

  const failures: DomainIndex['failures'] = [];
  const indexed = domains.map((domain, i): IndexedDomain => {
    const { outcome } = mappingReads[i];
    if (outcome.state === 'failed')
      failures.push({
        what: `Mappings of ${domain.domainName} (${domain.domainNameId})`,
        operation: 'apigateway:GetBasePathMappings',
        error: toConsoleError(outcome.error, {
          operation: 'apigateway:GetBasePathMappings',
          resource: `${domain.domainName} (${domain.domainNameId})`,
        }),
      });
    return { domain, mappings: outcome.state === 'done' ? outcome.value : undefined };
  });
  const stagesByApi: Record<string, string[]> = {};
  let pendingApis = 0;
  for (const [restApiId, { outcome }] of stageReads) {
    if (outcome.state === 'done') stagesByApi[restApiId] = outcome.value;
    else if (outcome.state === 'pending') pendingApis += 1;
    else
      failures.push({
        what: `Stages of ${restApiId}`,
        operation: 'apigateway:GetStages',
        error: toConsoleError(outcome.error, { operation: 'apigateway:GetStages', resource: `/restapis/${restApiId}` }),
      });
  }
  return {
    domains: indexed,
    apis,
    stagesByApi,
    pending: { domains: mappingReads.filter((r) => r.outcome.state === 'pending').length, apis: pendingApis },
    failures,
  };
}
