'use server';

import { cookies } from 'next/headers';
import { z } from 'zod';
import { availableRegions } from '@/lib/config/contexts';
import { CONTEXT_COOKIE, REGION_COOKIE, visibleContexts } from '@/lib/aws/session';
import { FieldError } from '@/lib/errors';
import { consoleAction } from './client';

const cookieOptions = { httpOnly: true, sameSite: 'lax' as const, path: '/', maxAge: 60 * 60 * 24 * 30 };

/**
 * Only ids from the configured list the user holds a role in are stored, so a cookie can never name an arbitrary
 * profile. Switching changes nothing in AWS: viewers may switch, and read-only mode allows it.
 */
export const switchContext = consoleAction(
  { name: 'context.switch', kind: 'navigation', schema: z.object({ contextId: z.string().min(1).max(200) }) },
  async ({ contextId }, { session }) => {
    const contexts = session.user ? await visibleContexts(session.user) : [];
    if (!contexts.some((c) => c.id === contextId))
      throw new FieldError('contextId', `Unknown account context "${contextId}": pick one from the header's list.`);
    (await cookies()).set(CONTEXT_COOKIE, contextId, cookieOptions);
    return { contextId };
  },
);

export const switchRegion = consoleAction(
  { name: 'context.region', kind: 'navigation', schema: z.object({ region: z.string().min(1).max(40) }) },
  async ({ region }, { session }) => {
    if (!availableRegions(session.context).includes(region))
      throw new FieldError('region', `Region "${region}" is not offered here: pick one from the header's list.`);
    (await cookies()).set(REGION_COOKIE, region, cookieOptions);
    return { region };
  },
);
