import { ConfigError, readAuthConfig, type Env } from './config';

const LOOPBACK_BIND = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/**
 * The address the server listens on: `npm start` passes HOST; the standalone server reads HOSTNAME and defaults to
 * every interface, and so does `next start` without -H.
 */
export function bindAddress(env: Env): string {
  return env.HOST?.trim() || env.HOSTNAME?.trim() || '0.0.0.0';
}

/** Settings that must stop the server before it serves anything; each names the variable and the fix. */
export function checkAccessSettings(env: Env): void {
  const config = readAuthConfig(env);
  const target = env.CONSOLE_TARGET?.trim() || 'emulator';
  const bind = bindAddress(env);
  if (config.mode === 'none' && target === 'aws' && !LOOPBACK_BIND.has(bind))
    throw new ConfigError(
      'CONSOLE_AUTH',
      `is "none" (no sign-in) while the console acts on AWS and listens on ${bind}, where anyone who reaches the ` +
        'port would act with its credentials. Set CONSOLE_AUTH=oidc or alb, or listen on loopback only (HOST=127.0.0.1).',
    );
}
