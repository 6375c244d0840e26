import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { accountContexts, availableRegions, defaultRegion, type AccountContext } from '@/lib/config/contexts';

export const CONTEXT_COOKIE = 'console-context';
export const REGION_COOKIE = 'console-region';

export interface Session {
  context: AccountContext;
  region: string;
}

/** The operator's current context and region; cookie values are only honoured when they name a configured entry. */
export const getSession = cache(async (): Promise<Session> => {
  const jar = await cookies();
  const contexts = await accountContexts();
  const wanted = jar.get(CONTEXT_COOKIE)?.value;
  const context = contexts.find((c) => c.id === wanted) ?? contexts[0];
  const regions = availableRegions();
  const wantedRegion = jar.get(REGION_COOKIE)?.value;
  const region =
    wantedRegion && regions.includes(wantedRegion)
      ? wantedRegion
      : regions.includes(defaultRegion())
        ? defaultRegion()
        : regions[0];
  return { context, region };
});
