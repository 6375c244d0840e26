import { EnvError, parseEnv } from '@/lib/config/env';
import type { Env } from './config';

const LOOPBACK_BIND = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/**
 * The address the server listens on: `npm start` passes HOST; the standalone server reads HOSTNAME and defaults to
 * every interface, and so does `next start` without -H.
 */
export function bindAddress(env: Env): string {
  return env.HOST?.trim() || env.HOSTNAME?.trim() || '0.0.0.0';
}

/**
 * Settings that must stop the server before it serves anything: every variable's own check (`lib/config/env.ts`),
 * then no sign-in on an open address while acting on AWS. Throws an EnvError naming the variable and the fix.
 */
export function checkAccessSettings(env: Env): void {
  const { CONSOLE_AUTH, CONSOLE_TARGET } = parseEnv(env);
  const bind = bindAddress(env);
  if (CONSOLE_AUTH === 'none' && CONSOLE_TARGET === 'aws' && !LOOPBACK_BIND.has(bind))
    throw new EnvError([
      `CONSOLE_AUTH is "none" (no sign-in) while the console acts on AWS and listens on ${bind}, where anyone who ` +
        'reaches the port would act with its credentials; set CONSOLE_AUTH=oidc or alb, or listen on loopback only ' +
        '(HOST=127.0.0.1).',
    ]);
}
