import type { AuthConfig } from './config';

/** HttpOnly, SameSite=Lax (the IdP's redirect back is a top-level GET), Secure whenever the console is on HTTPS. */
export function authCookieOptions(config: AuthConfig, maxAgeSeconds: number) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.consoleUrl?.protocol === 'https:',
    path: '/',
    maxAge: Math.round(maxAgeSeconds),
  };
}

/** A same-site path to return to after sign-in; anything else (absolute or protocol-relative URLs) goes home. */
export function safeReturnTo(value: string | null | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}
