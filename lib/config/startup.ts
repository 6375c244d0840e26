import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';
import type { Env } from '@/lib/auth/config';
import { checkAccessSettings } from '@/lib/auth/startup-check';
import { readContextsFile } from './contexts-file';

/** Everything validated at start-up; throws the first problem, naming the variable and the fix. */
export function checkStartupSettings(env: Env): void {
  checkAccessSettings(env);
  const contextsFile = env.CONSOLE_CONTEXTS_FILE?.trim();
  if (contextsFile) readContextsFile(contextsFile);
  const auditFile = env.CONSOLE_AUDIT_FILE?.trim();
  if (auditFile) checkAuditFile(auditFile);
}

/**
 * The audit trail is appended on every change: a path the console cannot write would only show at the first change,
 * after that change was made without its record.
 */
function checkAuditFile(file: string): void {
  const target = existsSync(file) ? file : path.dirname(path.resolve(file));
  try {
    accessSync(target, constants.W_OK);
  } catch {
    throw new Error(
      existsSync(target)
        ? `CONSOLE_AUDIT_FILE ${file}: ${target} is not writable by the console; give it write access or point the variable at a writable file.`
        : `CONSOLE_AUDIT_FILE ${file}: the directory ${target} does not exist; create it or point the variable at a file in an existing directory.`,
    );
  }
}

export function stopOnBadSettings(): void {
  try {
    checkStartupSettings(process.env);
  } catch (error) {
    console.error(`\nThe console cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
