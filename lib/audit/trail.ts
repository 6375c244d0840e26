import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';

/** What the AWS calls of one action touched: collected by an SDK middleware, written by the action's audit entry. */
export interface AuditTrail {
  targets: Set<string>;
  requestIds: Set<string>;
}

const storage = new AsyncLocalStorage<AuditTrail>();

export function withAuditTrail<T>(run: () => Promise<T>): { trail: AuditTrail; result: Promise<T> } {
  const trail: AuditTrail = { targets: new Set(), requestIds: new Set() };
  return { trail, result: storage.run(trail, run) };
}

export function currentTrail(): AuditTrail | undefined {
  return storage.getStore();
}
