import { NextResponse, type NextRequest } from 'next/server';
import { authConfig } from '@/lib/auth/config';
import { beginLogin } from '@/lib/auth/oidc';
import { LOGIN_COOKIE, seal } from '@/lib/auth/session-cookie';
import { authCookieOptions, safeReturnTo } from '@/lib/auth/cookies';
import { LOGIN_PURPOSE } from '@/lib/auth/login-state';

const LOGIN_SECONDS = 600;

/** GET /auth/signin?returnTo=/path: starts the authorization code flow with PKCE at the identity provider. */
export async function GET(request: NextRequest) {
  const config = authConfig();
  if (config.mode !== 'oidc' || !config.oidc || !config.consoleUrl)
    return NextResponse.redirect(new URL('/', request.url));
  const returnTo = safeReturnTo(request.nextUrl.searchParams.get('returnTo'));
  const { url, login } = await beginLogin(config.oidc, config.consoleUrl, returnTo);
  const response = NextResponse.redirect(url);
  response.cookies.set(
    LOGIN_COOKIE,
    await seal({ ...login }, config.oidc.sessionSecret, LOGIN_PURPOSE, LOGIN_SECONDS),
    authCookieOptions(config, LOGIN_SECONDS),
  );
  return response;
}
