import type { QueryParam } from './types';

// RFC 3986 pchar sub-delims and ':' '@' are legal in a path segment and carry meaning to some APIs; keep them.
const KEEP = /%(21|24|26|27|28|29|2A|2B|2C|3B|3D|3A|40)/g;

/** Percent-encodes a literal path (`/pets/a b/ü`) segment by segment, keeping the `/` separators. */
export function encodePath(path: string): string {
  const withSlash = path.startsWith('/') ? path : `/${path}`;
  return withSlash
    .split('/')
    .map((seg) => encodeURIComponent(seg).replace(KEEP, (m) => decodeURIComponent(m)))
    .join('/');
}

/** RFC 3986 strict: also encodes `!'()*`, so the query is already in SigV4 canonical form and signatures match. */
function encodeStrict(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function encodeQuery(query: QueryParam[] | undefined): string {
  if (!query || query.length === 0) return '';
  return `?${query.map((q) => `${encodeStrict(q.name)}=${encodeStrict(q.value)}`).join('&')}`;
}

/** Joins URL path parts (`prod`, `/pets`) into one absolute path without doubled slashes. */
export function joinPath(...parts: string[]): string {
  const joined = parts
    .map((p) => p.replace(/^\/+|\/+$/g, ''))
    .filter((p) => p !== '')
    .join('/');
  return `/${joined}`;
}

export function buildUrl(host: string, prefix: string[], path: string, query: QueryParam[] | undefined): string {
  // Prefix parts (stage, base path) come from AWS and only contain URL-safe characters; encode them anyway.
  const encodedPrefix = prefix.map((p) => encodeURIComponent(p));
  const joined = joinPath(...encodedPrefix, encodePath(path));
  // `/prod/` and `/prod` differ for APIs with a root resource; keep the operator's trailing slash.
  const encoded = path.endsWith('/') && joined !== '/' ? `${joined}/` : joined;
  return `https://${host}${encoded}${encodeQuery(query)}`;
}
