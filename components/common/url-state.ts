'use client';

import { useCallback } from 'react';
import { useSearchParams } from 'next/navigation';

/**
 * One search parameter as UI state (filter text, active tab). Writes go through `history.replaceState`, which
 * Next.js keeps in sync with `useSearchParams` without a server round trip: typing in a filter must not re-read AWS.
 */
export function useUrlParam(name: string): [string, (value: string) => void] {
  const params = useSearchParams();
  const value = params.get(name) ?? '';
  const setValue = useCallback(
    (next: string) => {
      const url = new URL(window.location.href);
      if (next) url.searchParams.set(name, next);
      else url.searchParams.delete(name);
      // `null`, not `history.state`: Next.js only syncs useSearchParams for states without its own `__NA` marker.
      window.history.replaceState(null, '', `${url.pathname}${url.search}${url.hash}`);
    },
    [name],
  );
  return [value, setValue];
}
