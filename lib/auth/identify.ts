import { verifyAlbToken } from './alb-token';
import type { AuthConfig } from './config';
import { SESSION_COOKIE, unseal, userOf } from './session-cookie';
import type { ConsoleUser } from '@/lib/model/access';

/** What identification needs from a request; the proxy and Server Components both provide it. */
export interface RequestCredentials {
  header(name: string): string | null;
  cookie(name: string): string | undefined;
}

export const LOCAL_USER: ConsoleUser = { sub: 'local', name: 'Local user (no sign-in)', groups: [] };

export const SESSION_PURPOSE = 'session';

export type Identification = { ok: true; user: ConsoleUser; idToken?: string } | { ok: false; reason: string };

/** The signed-in user, verified from the session cookie (oidc) or the ALB's signed header (alb). */
export async function identify(config: AuthConfig, request: RequestCredentials): Promise<Identification> {
  if (config.mode === 'none') return { ok: true, user: LOCAL_USER };
  if (config.mode === 'alb' && config.alb) {
    const result = await verifyAlbToken(request.header('x-amzn-oidc-data'), {
      ...config.alb,
      groupsClaim: config.groupsClaim,
    });
    return result.ok ? { ok: true, user: result.user } : result;
  }
  if (config.oidc) {
    const payload = await unseal(request.cookie(SESSION_COOKIE), config.oidc.sessionSecret, SESSION_PURPOSE);
    const user = userOf(payload);
    if (!user) return { ok: false, reason: 'not signed in' };
    return { ok: true, user, idToken: typeof payload?.idToken === 'string' ? payload.idToken : undefined };
  }
  return { ok: false, reason: `CONSOLE_AUTH=${config.mode} is not configured` };
}
