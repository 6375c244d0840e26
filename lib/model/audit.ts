import type { Role } from './access';

export type AuditOutcome = 'ok' | 'refused' | 'invalid' | 'failed';

/** One line of the audit trail: who did (or tried) what, where, to which resources, and how it ended. */
export interface AuditEntry {
  time: string;
  user: { sub: string; email?: string };
  role?: Role;
  context?: string;
  account?: string;
  region?: string;
  action: string;
  targets: string[];
  /** A summary of the input; secrets are redacted. */
  input?: unknown;
  outcome: AuditOutcome;
  /** Console error kind or code behind a refusal or failure. */
  reason?: string;
  requestIds: string[];
}

export interface AuditFilter {
  user?: string;
  action?: string;
  account?: string;
  outcome?: AuditOutcome;
}

/** Newest first, the entries matching every filter given (user matches sub or email; action by prefix). */
export function filterAudit(entries: readonly AuditEntry[], filter: AuditFilter): AuditEntry[] {
  const user = filter.user?.trim().toLowerCase();
  const action = filter.action?.trim();
  const account = filter.account?.trim();
  return entries
    .filter(
      (e) =>
        (!user || e.user.sub.toLowerCase().includes(user) || (e.user.email ?? '').toLowerCase().includes(user)) &&
        (!action || e.action.startsWith(action)) &&
        (!account || e.account === account) &&
        (!filter.outcome || e.outcome === filter.outcome),
    )
    .sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : 0));
}
