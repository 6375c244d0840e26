import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { accountContexts, availableRegions, defaultRegion, type AccountContext } from '@/lib/config/contexts';
import { authConfig } from '@/lib/auth/config';
import { roleFor } from '@/lib/auth/access';
import { currentIdentification } from '@/lib/auth/current';
import type { ConsoleUser } from '@/lib/model/access';

export const CONTEXT_COOKIE = 'console-context';
export const REGION_COOKIE = 'console-region';

export interface Session {
  context: AccountContext;
  region: string;
  /** Who acts; assumed-role sessions carry it as SourceIdentity. Absent only in tests that build a session. */
  user?: ConsoleUser;
}

/** Thrown when a request reaches AWS-backed code without a verified identity (the proxy normally stops it first). */
export class NotSignedIn extends Error {
  constructor(readonly reason: string) {
    super(`Not signed in: ${reason}`);
  }
}

/** The contexts the user holds a role in: the header offers only these, and a cookie can name no other. */
export async function visibleContexts(user: ConsoleUser): Promise<AccountContext[]> {
  const config = authConfig();
  return (await accountContexts()).filter((c) => roleFor(config, user, c.id) !== undefined);
}

/** The operator's current context and region; cookie values are only honoured when they name a configured entry. */
export const getSession = cache(async (): Promise<Session> => {
  const identification = await currentIdentification();
  if (!identification.ok) throw new NotSignedIn(identification.reason);
  const { user } = identification;
  const jar = await cookies();
  const all = await accountContexts();
  const contexts = await visibleContexts(user);
  const wanted = jar.get(CONTEXT_COOKIE)?.value;
  // A user without any role still gets a context so the page can say which groups grant access.
  const context = contexts.find((c) => c.id === wanted) ?? (contexts.length ? contexts[0] : all[0]);
  const regions = availableRegions(context);
  const wantedRegion = jar.get(REGION_COOKIE)?.value;
  const region =
    wantedRegion && regions.includes(wantedRegion)
      ? wantedRegion
      : regions.includes(defaultRegion())
        ? defaultRegion()
        : regions[0];
  return { context, region, user };
});

/** The session, or undefined for an anonymous request to a public path (`/auth/…`), which the proxy lets through. */
export async function sessionIfSignedIn(): Promise<Session | undefined> {
  return getSession().catch((error: unknown) => {
    if (error instanceof NotSignedIn) return undefined;
    throw error;
  });
}
