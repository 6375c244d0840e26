import type { Env } from '@/lib/auth/config';
import { checkAccessSettings } from '@/lib/auth/startup-check';
import { readContextsFile } from './contexts-file';

/** Everything validated at start-up; throws the first problem, naming the variable and the fix. */
export function checkStartupSettings(env: Env): void {
  checkAccessSettings(env);
  const contextsFile = env.CONSOLE_CONTEXTS_FILE?.trim();
  if (contextsFile) readContextsFile(contextsFile);
}

export function stopOnBadSettings(): void {
  try {
    checkStartupSettings(process.env);
  } catch (error) {
    console.error(`\nThe console cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
