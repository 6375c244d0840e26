import 'server-only';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { getClients } from './clients';
import { sessionNameFor } from './credentials';
import { cachedRead } from './read-cache';
import type { Session } from './session';
import type { CallerIdentity } from '@/lib/model/identity';

/** Who the context's credentials are; asked once an hour per context and user (no console mutation changes it). */
export function getCallerIdentity(session: Session): Promise<CallerIdentity> {
  return cachedRead(
    session,
    // Assumed roles name the user in the session: one identity per user there.
    `sts:GetCallerIdentity|${session.context.roleArn ? sessionNameFor(session.user) : ''}`,
    async () => {
      const out = await getClients(session).sts.send(new GetCallerIdentityCommand({}));
      return { account: out.Account ?? '', arn: out.Arn ?? '' };
    },
    { freshSeconds: 3600, keepAcrossMutations: true },
  );
}
