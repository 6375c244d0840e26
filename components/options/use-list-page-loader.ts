'use client';

import { useCallback, useRef } from 'react';
import type { ListPage } from '@/lib/model/paging';
import { loadJson } from '@/lib/http/load-json';
import type { Section } from '@/lib/result';

/**
 * Loads one page of a console options route (`?q=&page=`, answering a `ListPage`). `url` is the route with its fixed
 * parameters. A request overtaken by a newer one (the user typed on, or paged again) resolves to `undefined`: only the
 * newest answer may be shown.
 */
export function useListPageLoader<T>(url: string) {
  const latest = useRef(0);
  return useCallback(
    async (filter: string, page: number): Promise<Section<ListPage<T>> | undefined> => {
      const request = ++latest.current;
      const params = new URLSearchParams({ q: filter, page: String(page) });
      const r = await loadJson<ListPage<T>>(`${url}${url.includes('?') ? '&' : '?'}${params.toString()}`);
      return request === latest.current ? r : undefined;
    },
    [url],
  );
}
