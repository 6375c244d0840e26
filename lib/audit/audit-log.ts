import 'server-only';
import { appendFile } from 'node:fs/promises';
import pino from 'pino';
import type { AuditEntry } from '@/lib/model/audit';

export type { AuditEntry, AuditOutcome } from '@/lib/model/audit';

// Structured JSON on stdout is what a platform's log pipeline ingests; pino writes it without blocking requests.
const logger = pino({ base: undefined, timestamp: false, messageKey: 'msg' });

let fileQueue: Promise<void> = Promise.resolve();

/**
 * Writes the entry to stdout and, with CONSOLE_AUDIT_FILE, appends it as one JSON line (O_APPEND, one write per
 * line, queued, so lines from concurrent actions never interleave and nothing is rewritten).
 */
export function writeAudit(entry: AuditEntry): Promise<void> {
  logger.info({ audit: true, ...entry }, 'audit');
  const file = process.env.CONSOLE_AUDIT_FILE?.trim();
  if (!file) return Promise.resolve();
  const line = `${JSON.stringify(entry)}\n`;
  fileQueue = fileQueue
    .then(() => appendFile(file, line, { flag: 'a', mode: 0o600 }))
    .catch((error: unknown) => {
      logger.error({ err: error, file }, 'audit file not written');
    });
  return fileQueue;
}
