import 'server-only';
import { getCallerIdentity } from '@/lib/aws/identity';
import { visibleContexts, type Session } from '@/lib/aws/session';
import { accountContexts, type AccountContext } from '@/lib/config/contexts';
import { section } from '@/lib/result';

/**
 * Sessions for the operator's account contexts: the diagnosis reads each side of a share with the credentials of
 * the account that owns it, the invoke answer reads another account's API with its owner's context, and the policy
 * lint knows the endpoints of every account the operator can read.
 */

/** The contexts this operator may read with: those they hold a role in (every context in tests without a user). */
export async function readableContexts(session: Session): Promise<AccountContext[]> {
  return session.user ? visibleContexts(session.user) : accountContexts();
}

async function accountOf(session: Session): Promise<string | undefined> {
  if (session.context.accountId) return session.context.accountId;
  const identity = await section(() => getCallerIdentity(session));
  return identity.ok ? identity.data.account : undefined;
}

/**
 * A session in the same Region for another account, through one of the operator's own contexts: the diagnosis
 * reads each side of a share with the credentials of the account that owns it. `undefined` when no context
 * reaches that account.
 */
export async function sessionForAccount(session: Session, accountId: string): Promise<Session | undefined> {
  if ((await accountOf(session)) === accountId) return session;
  const contexts = await readableContexts(session);
  const at = (context: AccountContext): Session => ({ ...session, context });
  const known = contexts.find((c) => c.accountId === accountId);
  if (known) return at(known);
  // Profiles and the default chain only say their account when asked (STS, cached per context for an hour).
  for (const context of contexts.filter((c) => c.accountId === undefined)) {
    if ((await accountOf(at(context))) === accountId) return at(context);
  }
  return undefined;
}

/** The account of the session's context. */
export async function currentAccount(session: Session): Promise<string> {
  return session.context.accountId ?? (await getCallerIdentity(session)).account;
}

/** Every other readable context in the session's Region, for finding who owns a domain this account cannot see. */
export async function otherSessions(session: Session): Promise<Session[]> {
  const contexts = await readableContexts(session);
  return contexts.filter((c) => c.id !== session.context.id).map((context) => ({ ...session, context }));
}
