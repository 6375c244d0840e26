import { currentPriority } from '@/lib/aws/read-cache';
import { getClients } from '@/lib/aws/clients';
import type { Session } from '@/lib/aws/session';

/** AWS calls (every attempt) the console made for a session, by operation and by limiter priority. */
export interface CallCounts {
  interactive: Record<string, number>;
  background: Record<string, number>;
}

export function total(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

const counters = new WeakMap<object, { counts: CallCounts }>();

/** Counts the calls of the session's clients from now on; `take()` returns the counts so far and starts again. */
export function countCalls(session: Session): { take: () => CallCounts } {
  const clients = getClients(session);
  let holder = counters.get(clients);
  if (!holder) {
    const created: { counts: CallCounts } = { counts: { interactive: {}, background: {} } };
    for (const [service, client] of Object.entries(clients)) {
      (client as { middlewareStack: { add: (...args: unknown[]) => void } }).middlewareStack.add(
        (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => (args: unknown) => {
          const operation = `${service}:${(context.commandName ?? 'Unknown').replace(/Command$/, '')}`;
          const bucket = created.counts[currentPriority()];
          bucket[operation] = (bucket[operation] ?? 0) + 1;
          return next(args);
        },
        { step: 'finalizeRequest', name: 'testCallCounter' },
      );
    }
    counters.set(clients, created);
    holder = created;
  }
  const current = holder;
  current.counts = { interactive: {}, background: {} };
  return {
    take: () => {
      const taken = current.counts;
      current.counts = { interactive: {}, background: {} };
      return taken;
    },
  };
}
