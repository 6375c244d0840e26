'use client';

import { useCallback } from 'react';
import { parseAsString, useQueryState } from 'nuqs';

/**
 * One search parameter as UI state (filter text, active tab), kept in the URL by nuqs (adapter in app/layout.tsx).
 * Shallow updates that replace the history entry: typing in a filter must neither re-read AWS nor fill the back button.
 */
export function useUrlParam(name: string): [string, (value: string) => void] {
  const [value, setValue] = useQueryState(
    name,
    parseAsString.withDefault('').withOptions({ shallow: true, history: 'replace', clearOnDefault: true }),
  );
  const set = useCallback(
    (next: string) => {
      void setValue(next);
    },
    [setValue],
  );
  return [value, set];
}
