/**
 * Base path rules for private custom domains (docs/aws/resources.md#base-path-mappings): one segment or none, characters
 * `A-Za-z0-9$-_.+!*'()`, at most 300 characters. The empty base path is `(none)` on the wire.
 */

export const NONE_BASE_PATH = '(none)';
export const MAX_BASE_PATH_LENGTH = 300;
const ALLOWED = /^[A-Za-z0-9$\-_.+!*'()]+$/;

/** What the operator typed → the value AWS stores: trims slashes; empty and "(none)" both mean the catch-all. */
export function normalizeBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' || trimmed === NONE_BASE_PATH ? NONE_BASE_PATH : trimmed;
}

/** The value to send as `basePath` on CreateBasePathMapping: omitted for the catch-all. */
export function basePathForRequest(basePath: string): string | undefined {
  const normalized = normalizeBasePath(basePath);
  return normalized === NONE_BASE_PATH ? undefined : normalized;
}

export function basePathLabel(basePath: string | undefined): string {
  const normalized = normalizeBasePath(basePath);
  return normalized === NONE_BASE_PATH ? '(none) – catch-all' : `/${normalized}`;
}

/** `undefined` when acceptable, otherwise what to fix. */
export function basePathProblem(raw: string | undefined): string | undefined {
  const value = normalizeBasePath(raw);
  if (value === NONE_BASE_PATH) return undefined;
  if (value.includes('/'))
    return 'Private domains support one path segment only (e.g. "orders", not "orders/v1"). Use one mapping per segment.';
  if (value.length > MAX_BASE_PATH_LENGTH) return `A base path has at most ${MAX_BASE_PATH_LENGTH} characters.`;
  if (!ALLOWED.test(value)) return "Use only letters, digits and $-_.+!*'() in a base path.";
  return undefined;
}
