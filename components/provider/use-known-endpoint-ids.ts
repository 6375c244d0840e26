'use client';

import { useEffect, useState } from 'react';
import { loadJson } from '@/lib/http/load-json';

/** The endpoint ids of every account the operator can read; undefined until loaded, or when one could not be read. */
export function useKnownEndpointIds(): ReadonlySet<string> | undefined {
  const [known, setKnown] = useState<ReadonlySet<string>>();
  useEffect(() => {
    let live = true;
    void loadJson<string[]>('/policies/known-endpoints').then((loaded) => {
      if (live && loaded.ok) setKnown(new Set(loaded.data));
    });
    return () => {
      live = false;
    };
  }, []);
  return known;
}
