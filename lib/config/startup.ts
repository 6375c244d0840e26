import type { Env } from '@/lib/auth/config';
import { checkAccessSettings } from '@/lib/auth/startup-check';

/** Everything validated at start-up; throws the first problem, naming the variable and the fix. */
export async function checkStartupSettings(env: Env): Promise<void> {
  checkAccessSettings(env);
  await Promise.resolve();
}

export async function stopOnBadSettings(): Promise<void> {
  try {
    await checkStartupSettings(process.env);
  } catch (error) {
    console.error(`\nThe console cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
