import { z } from 'zod';
import type { RequestInput } from '../../core/input';
import { badRequest } from './errors';

const DEFAULT_LIMIT = 25;
const MAX_LIMIT = 500;

export interface Page<T> {
  items: T[];
  /** Absent on the last page. */
  position?: string;
}

/**
 * API Gateway paging: `limit` (1–500, default 25) and an opaque `position`. The token names the last item returned
 * (plus its index as a fallback), so deleting items between pages neither repeats nor skips the others.
 */
export function paginate<T>(items: readonly T[], query: RequestInput, keyOf: (item: T) => string): Page<T> {
  const limit = parseLimit(query.string('limit'));
  const start = startIndex(items, query.string('position'), keyOf);
  const slice = items.slice(start, start + limit);
  const hasMore = start + limit < items.length;
  if (!hasMore || slice.length === 0) return { items: slice };
  const last = slice[slice.length - 1];
  const position = Buffer.from(JSON.stringify({ k: keyOf(last), i: start + slice.length - 1 })).toString('base64url');
  return { items: slice, position };
}

function parseLimit(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_LIMIT;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw badRequest(`Invalid limit ${raw}: must be an integer between 1 and ${MAX_LIMIT}`);
  }
  return limit;
}

/** The emulator's own position token: the key of the last item returned and its index. */
const POSITION = z.object({ k: z.string(), i: z.number() });

function startIndex<T>(items: readonly T[], position: string | undefined, keyOf: (item: T) => string): number {
  if (!position) return 0;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(position, 'base64url').toString('utf8'));
  } catch {
    throw badRequest('Invalid position');
  }
  const token = POSITION.safeParse(decoded);
  if (!token.success) throw badRequest('Invalid position');
  const found = items.findIndex((item) => keyOf(item) === token.data.k);
  return found >= 0 ? found + 1 : Math.min(token.data.i + 1, items.length);
}
