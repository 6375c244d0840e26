import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { authConfig } from './config';
import { identify, type Identification } from './identify';

/** The request's verified identity, once per request (Server Components, route handlers, actions). */
export const currentIdentification = cache(async (): Promise<Identification> => {
  const [h, jar] = await Promise.all([headers(), cookies()]);
  return identify(authConfig(), { header: (name) => h.get(name), cookie: (name) => jar.get(name)?.value });
});
