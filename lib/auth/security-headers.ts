/**
 * Headers every response carries. Scripts run only with the request's nonce ('strict-dynamic' lets Next's loader
 * add its chunks); styles allow inline because Cloudscape sets style attributes, which nonces cannot cover.
 */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Only CONSOLE_URL's host and loopback names are served: a rebinding DNS name never matches either. */
export function hostAllowed(hostHeader: string | null, consoleUrl: URL | undefined): boolean {
  if (!hostHeader) return false;
  const hostname = hostHeader.toLowerCase().replace(/:\d+$/, '');
  if (LOOPBACK.has(hostname)) return true;
  return consoleUrl !== undefined && hostname === consoleUrl.hostname.toLowerCase();
}
