'use client';

import { useCallback, useState } from 'react';
import type { SelectProps } from '@cloudscape-design/components/select';
import { useListPageLoader } from './use-list-page-loader';

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
  const loadPage = useListPageLoader<T>(url);

  const load = useCallback(
    async (filter: string, page: number, previous: T[]) => {
      setLoaded((l) => ({ ...l, filter, status: 'loading', error: undefined, items: page === 1 ? [] : l.items }));
      const r = await loadPage(filter, page);
      if (!r) return;
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
    [loadPage],
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
