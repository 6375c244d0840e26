import type { ListPage, ListQuery } from '@/lib/model/paging';

type SortValue = string | number | undefined;

/** Options routes answer this many rows per page. */
export const OPTIONS_PAGE_SIZE = 50;

/** A list query from a URL's search parameters (`q`, `page`, `sort`, `desc`), tolerant of junk. */
export function listQuery(params: Record<string, string | string[] | undefined> | URLSearchParams): ListQuery {
  const get = (name: string) => {
    const value = params instanceof URLSearchParams ? params.get(name) : params[name];
    return typeof value === 'string' ? value : undefined;
  };
  const page = Number(get('page') ?? 1);
  return {
    filter: get('q') ?? '',
    page: Number.isFinite(page) && page >= 1 ? Math.floor(page) : 1,
    sort: get('sort') || undefined,
    descending: get('desc') === 'true',
  };
}

function compare(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: 'base' });
}

/**
 * One page of `all`: rows whose search text contains every word of the filter, sorted by the asked column (or
 * the first one of `sortBy`), then cut to `pageSize`. The page number is clamped, so a stale `?page=` still
 * shows rows.
 */
export function pageOf<T>(
  all: readonly T[],
  query: ListQuery,
  {
    searchText,
    sortBy,
    pageSize,
  }: { searchText: (item: T) => string; sortBy: Record<string, (item: T) => SortValue>; pageSize: number },
): ListPage<T> {
  const words = query.filter.toLowerCase().split(/\s+/).filter(Boolean);
  const sortKey = (query.sort ? sortBy[query.sort] : undefined) ?? Object.values(sortBy).at(0);
  const direction = query.descending ? -1 : 1;
  const matching = all
    .filter((item) => {
      const text = searchText(item).toLowerCase();
      return words.every((w) => text.includes(w));
    })
    .sort((a, b) => direction * compare(sortKey?.(a), sortKey?.(b)));
  const pageCount = Math.max(1, Math.ceil(matching.length / pageSize));
  const page = Math.min(Math.max(1, Math.floor(query.page)), pageCount);
  return {
    items: matching.slice((page - 1) * pageSize, page * pageSize),
    matching: matching.length,
    total: all.length,
    page,
    pageCount,
  };
}
