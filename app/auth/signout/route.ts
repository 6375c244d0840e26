import { NextResponse, type NextRequest } from 'next/server';
import { authConfig } from '@/lib/auth/config';
import { identify } from '@/lib/auth/identify';
import { endSessionUrl } from '@/lib/auth/oidc';
import { SESSION_COOKIE } from '@/lib/auth/session-cookie';

/** The ALB keeps its own session in these cookies (sharded); expiring them makes it authenticate again. */
const ALB_COOKIES = ['AWSELBAuthSessionCookie-0', 'AWSELBAuthSessionCookie-1', 'AWSELBAuthSessionCookie-2'];

/** GET /auth/signout: clears the session and ends the provider's session too when it offers an end-session endpoint. */
export async function GET(request: NextRequest) {
  const config = authConfig();
  const base = config.consoleUrl ?? request.url;
  let target = new URL('/auth/signed-out', base);
  if (config.mode === 'oidc' && config.oidc && config.consoleUrl) {
    const identification = await identify(config, {
      header: (name) => request.headers.get(name),
      cookie: (name) => request.cookies.get(name)?.value,
    });
    const idToken = identification.ok ? identification.idToken : undefined;
    target = (await endSessionUrl(config.oidc, config.consoleUrl, idToken).catch(() => undefined)) ?? target;
  }
  const response = NextResponse.redirect(target);
  response.cookies.delete(SESSION_COOKIE);
  if (config.mode === 'alb') for (const name of ALB_COOKIES) response.cookies.set(name, '', { maxAge: -1, path: '/' });
  return response;
}
