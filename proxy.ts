import { NextResponse, type NextRequest } from 'next/server';
import { authConfig, type AuthConfig } from '@/lib/auth/config';
import { identify } from '@/lib/auth/identify';
import { grantingGroups, hasAnyRole, isAdminAnywhere } from '@/lib/auth/roles';
import { mayReadAudit } from '@/lib/auth/access';
import { contentSecurityPolicy, hostAllowed, securityHeaders } from '@/lib/auth/security-headers';
import { refusalPage } from '@/lib/auth/refusal-page';

/** Answer without identity: liveness/readiness (load balancers send their own Host) and the sign-in flow itself. */
const PROBES = new Set(['/api/health', '/api/ready']);
const PUBLIC_PREFIXES = ['/auth/', '/_next/static/', '/_next/image', '/favicon.ico', '/icon.svg'];

function isPageRequest(request: NextRequest): boolean {
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    !request.headers.has('next-action') &&
    !request.headers.has('rsc') &&
    (request.headers.get('sec-fetch-dest') === 'document' ||
      (request.headers.get('accept') ?? '').includes('text/html'))
  );
}

function withHeaders(response: NextResponse, csp: string, noStore: boolean): NextResponse {
  for (const [name, value] of Object.entries(securityHeaders(csp))) response.headers.set(name, value);
  if (noStore) response.headers.set('Cache-Control', 'no-store');
  return response;
}

function refuse(
  request: NextRequest,
  status: number,
  title: string,
  lines: string[],
  link?: { href: string; text: string },
) {
  if (isPageRequest(request))
    return new NextResponse(refusalPage(title, lines, link), {
      status,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
  const kind = status === 401 ? 'credentials' : status === 403 ? 'forbidden' : 'invalid-input';
  return NextResponse.json({ ok: false, error: { kind, title, message: lines.join(' ') } }, { status });
}

async function gate(request: NextRequest, config: AuthConfig): Promise<NextResponse | undefined> {
  const { pathname } = request.nextUrl;
  if (PROBES.has(pathname)) return undefined;
  if (!hostAllowed(request.headers.get('host'), config.consoleUrl))
    return refuse(request, 421, 'Unknown host name', [
      `This console answers only to ${config.consoleUrl?.host ?? 'localhost'} (CONSOLE_URL) and loopback names.`,
    ]);
  if (PUBLIC_PREFIXES.some((p) => pathname.startsWith(p))) return undefined;
  const identification = await identify(config, {
    header: (name) => request.headers.get(name),
    cookie: (name) => request.cookies.get(name)?.value,
  });
  if (!identification.ok) {
    if (config.mode === 'oidc' && isPageRequest(request)) {
      const signIn = new URL('/auth/signin', config.consoleUrl ?? request.url);
      signIn.searchParams.set('returnTo', `${pathname}${request.nextUrl.search}`);
      return NextResponse.redirect(signIn);
    }
    return refuse(request, 401, 'Sign-in required', [
      config.mode === 'alb'
        ? `The load balancer's identity header was not accepted (${identification.reason}).`
        : 'Your session is missing or expired: sign in again.',
    ]);
  }
  if (config.mode === 'none') return undefined;
  const { user } = identification;
  if (!hasAnyRole(config.roles, user.groups))
    return refuse(
      request,
      403,
      'No access',
      [
        `You are signed in as ${user.email ?? user.sub}, but none of your groups (${user.groups.join(', ') || 'none'}) grants a role in this console.`,
        `Ask to be added to one of these groups: ${grantingGroups(config.roles).join(', ')}.`,
      ],
      config.mode === 'oidc' ? { href: '/auth/signout', text: 'Sign out' } : undefined,
    );
  if ((pathname === '/audit' || pathname.startsWith('/audit/')) && !mayReadAudit(config, user))
    return refuse(request, 403, 'Admins only', [
      'The audit trail is shown to admins only. Groups with admin: ' +
        (grantingGroups(config.roles)
          .filter((g) => isAdminAnywhere(config.roles, [g]))
          .join(', ') || 'none') +
        '.',
    ]);
  return undefined;
}

/**
 * Runs before every request: serves only configured host names, turns away anonymous and role-less callers (the
 * action client and the pages check the role again), and sets the security headers with a fresh CSP nonce.
 */
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const noStore = !request.nextUrl.pathname.startsWith('/_next/static/');
  const refused = await gate(request, authConfig());
  if (refused) return withHeaders(refused, csp, true);
  const requestHeaders = new Headers(request.headers);
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp, noStore);
}

export const config = {
  matcher: ['/:path*'],
};
