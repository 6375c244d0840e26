'use client';

import { useCallback, useRef, useState } from 'react';
import type { SelectProps } from '@cloudscape-design/components/select';
import type { ListPage } from '@/lib/model/paging';
import { loadJson } from '@/lib/http/load-json';

interface Loaded<T> {
  items: T[];
  filter: string;
  page: number;
  pageCount: number;
  status: 'pending' | 'loading' | 'finished' | 'error';
  error?: string;
}

/**
 * Options of a Select or Multiselect loaded from one of the console's paged options routes (`?q=&page=`, answering
 * a `ListPage`): the first page when the list opens, the next one when the user scrolls to its end, a new first page
 * when the filter text changes (the server filters, so large accounts stay fast), and again on "Retry". `url` is the
 * route with its fixed parameters; `toOption` says how an item reads. Spread `selectProps` into the control.
 */
export function useRemoteOptions<T>(url: string, toOption: (item: T) => SelectProps.Option, what: string) {
  const [loaded, setLoaded] = useState<Loaded<T>>({ items: [], filter: '', page: 0, pageCount: 1, status: 'pending' });
  const latest = useRef(0);

  const load = useCallback(
    async (filter: string, page: number, previous: T[]) => {
      const request = ++latest.current;
      setLoaded((l) => ({ ...l, filter, status: 'loading', error: undefined, items: page === 1 ? [] : l.items }));
      const params = new URLSearchParams({ q: filter, page: String(page) });
      const r = await loadJson<ListPage<T>>(`${url}${url.includes('?') ? '&' : '?'}${params.toString()}`);
      // A newer filter or page was asked for meanwhile: its answer wins.
      if (request !== latest.current) return;
      setLoaded(
        r.ok
          ? {
              items: [...previous, ...r.data.items],
              filter,
              page: r.data.page,
              pageCount: r.data.pageCount,
              status: r.data.page < r.data.pageCount ? 'pending' : 'finished',
            }
          : { items: previous, filter, page: page - 1, pageCount: page, status: 'error', error: r.error.message },
      );
    },
    [url],
  );

  const onLoadItems = ({ detail }: { detail: SelectProps.LoadItemsDetail }) => {
    if (detail.firstPage) void load(detail.filteringText, 1, []);
    else if (detail.samePage) void load(loaded.filter, loaded.page + 1, loaded.items);
    else if (loaded.page < loaded.pageCount) void load(loaded.filter, loaded.page + 1, loaded.items);
  };

  return {
    /** The items loaded so far (what the options show). */
    items: loaded.items,
    /** Props of the Select or Multiselect. */
    selectProps: {
      options: loaded.items.map(toOption),
      filteringType: 'manual' as const,
      statusType: loaded.status,
      onLoadItems,
      loadingText: `Loading ${what}`,
      errorText: loaded.error,
      recoveryText: 'Retry',
      finishedText: loaded.items.length ? undefined : `No ${what}`,
      empty: `No ${what}`,
    },
  };
}
