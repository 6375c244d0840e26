'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ListPage } from '@/lib/model/paging';
import type { ConsoleError } from '@/lib/errors';
import { useListPageLoader } from './use-list-page-loader';

interface RemotePage<T> {
  page?: ListPage<T>;
  filter: string;
  loading: boolean;
  error?: ConsoleError;
}

/** How long the filter text rests before the server is asked again. */
const FILTER_DELAY_MS = 300;

/**
 * One page of rows from one of the console's paged options routes (`?q=&page=`, answering a `ListPage`), for a
 * table a form shows: the first page when the form mounts, another when the user pages or filters (the server
 * filters, so large accounts stay fast). `url` is the route with its fixed parameters. `refreshKey` is a value the
 * page's server render sends anew each time (the page refreshes after every mutation): when it changes, the rows
 * shown are read again, so they follow what a mutation elsewhere on the page changed.
 */
export function useRemotePage<T>(url: string, refreshKey?: unknown) {
  const [state, setState] = useState<RemotePage<T>>({ filter: '', loading: true });
  const loadPage = useListPageLoader<T>(url);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const shown = useRef({ filter: '', page: 1 });

  const fetchPage = useCallback(
    async (filter: string, page: number) => {
      shown.current = { filter, page };
      const r = await loadPage(filter, page);
      if (!r) return;
      setState((s) =>
        r.ok ? { page: r.data, filter, loading: false } : { page: s.page, filter, loading: false, error: r.error },
      );
    },
    [loadPage],
  );

  const load = (filter: string, page: number) => {
    setState((s) => ({ ...s, filter, loading: true }));
    void fetchPage(filter, page);
  };

  // The first page (the state starts as loading it), then the page shown again after each server render.
  useEffect(() => {
    void fetchPage(shown.current.filter, shown.current.page);
  }, [fetchPage, refreshKey]);
  useEffect(() => () => clearTimeout(timer.current), []);

  return {
    ...state,
    /** Filters on the server once the text rests. */
    setFilter: (filter: string) => {
      setState((s) => ({ ...s, filter }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => load(filter, 1), FILTER_DELAY_MS);
    },
    setPage: (page: number) => load(state.filter, page),
  };
}
