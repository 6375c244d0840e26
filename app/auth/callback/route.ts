import { NextResponse, type NextRequest } from 'next/server';
import { authConfig } from '@/lib/auth/config';
import { finishLogin } from '@/lib/auth/oidc';
import { LOGIN_COOKIE, SESSION_COOKIE, seal, unseal } from '@/lib/auth/session-cookie';
import { authCookieOptions, safeReturnTo } from '@/lib/auth/cookies';
import { LOGIN_PURPOSE, loginStateOf } from '@/lib/auth/login-state';
import { SESSION_PURPOSE } from '@/lib/auth/identify';
import { refusalPage } from '@/lib/auth/refusal-page';
import { writeAudit } from '@/lib/audit/audit-log';

function failed(message: string) {
  return new NextResponse(refusalPage('Sign-in failed', [message], { href: '/auth/signin', text: 'Sign in again' }), {
    status: 400,
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
}

/** GET /auth/callback: the identity provider's redirect back; exchanges the code and seals the session cookie. */
export async function GET(request: NextRequest) {
  const config = authConfig();
  if (config.mode !== 'oidc' || !config.oidc || !config.consoleUrl)
    return NextResponse.redirect(new URL('/', request.url));
  const login = loginStateOf(
    await unseal(request.cookies.get(LOGIN_COOKIE)?.value, config.oidc.sessionSecret, LOGIN_PURPOSE),
  );
  if (!login) return failed('The sign-in attempt expired or was started in another browser.');
  // The redirect URI the provider checked is the public one, whatever address the proxy in front used.
  const callbackUrl = new URL(`/auth/callback${request.nextUrl.search}`, config.consoleUrl);
  let result: Awaited<ReturnType<typeof finishLogin>>;
  try {
    result = await finishLogin(config.oidc, config.groupsClaim, callbackUrl, login);
  } catch (error) {
    return failed(
      `The identity provider did not confirm the sign-in: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const seconds = config.sessionHours * 3600;
  const response = NextResponse.redirect(new URL(safeReturnTo(login.returnTo), config.consoleUrl));
  response.cookies.set(
    SESSION_COOKIE,
    await seal({ ...result.user, idToken: result.idToken }, config.oidc.sessionSecret, SESSION_PURPOSE, seconds),
    authCookieOptions(config, seconds),
  );
  response.cookies.delete(LOGIN_COOKIE);
  await writeAudit({
    time: new Date().toISOString(),
    user: { sub: result.user.sub, email: result.user.email },
    action: 'auth.signin',
    targets: [],
    input: { groups: result.user.groups },
    outcome: 'ok',
    requestIds: [],
  });
  return response;
}
