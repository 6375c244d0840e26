import 'server-only';
import { cache } from 'react';
import { authConfig } from './config';
import { accessFor } from './access';
import { LOCAL_USER } from './identify';
import { getSession } from '@/lib/aws/session';
import type { Access } from '@/lib/model/access';

/** What the current user may do in the current context; pages pass it to the client through the layout. */
export const currentAccess = cache(async (): Promise<Access> => {
  const session = await getSession();
  return accessFor(authConfig(), session.user ?? LOCAL_USER, session.context.id);
});
