import 'server-only';
import { cache } from 'react';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { getClients } from './clients';
import type { Session } from './session';
import type { CallerIdentity } from '@/lib/model/identity';

export const getCallerIdentity = cache(async (session: Session): Promise<CallerIdentity> => {
  const out = await getClients(session).sts.send(new GetCallerIdentityCommand({}));
  return { account: out.Account ?? '', arn: out.Arn ?? '' };
});
