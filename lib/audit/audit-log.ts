import 'server-only';
import pino from 'pino';

export type AuditOutcome = 'ok' | 'refused' | 'invalid' | 'failed';

export interface AuditEntry {
  action: string;
  outcome: AuditOutcome;
  context?: string;
  account?: string;
  region?: string;
  /** Console error kind or AWS error code behind a refusal or failure. */
  reason?: string;
}

// Structured JSON on stdout is what a platform's log pipeline ingests; pino writes it without blocking requests.
const logger = pino({ base: undefined, timestamp: pino.stdTimeFunctions.isoTime, messageKey: 'msg' });

export function writeAudit(entry: AuditEntry): void {
  logger.info({ audit: true, ...entry }, 'audit');
}
