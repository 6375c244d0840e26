import 'server-only';
import { getSession, type Session } from '@/lib/aws/session';
import { authConfig } from '@/lib/auth/config';
import { accessFor } from '@/lib/auth/access';
import { currentIdentification } from '@/lib/auth/current';
import type { ConsoleError } from '@/lib/errors';
import type { Access } from '@/lib/model/access';

/** Changes AWS (needs operator, off in read-only mode), or only moves the user (context and Region switches). */
export type ActionKind = 'mutation' | 'navigation';

/** The code of every authorization refusal; the audit entry's outcome is "refused" for it. */
export const REFUSED_CODE = 'ConsoleRefused';

export interface Caller {
  session?: Session;
  access?: Access;
}

/** Who calls and where (never throws: a refused caller still gets an audit entry). */
export async function whoAndWhere(): Promise<Caller> {
  const identification = await currentIdentification();
  if (!identification.ok) return {};
  const session = await getSession();
  return { session, access: accessFor(authConfig(), identification.user, session.context.id) };
}

function refusal(message: string): ConsoleError {
  return { kind: 'forbidden', code: REFUSED_CODE, title: 'Not allowed', message };
}

export function notSignedIn(): ConsoleError {
  return refusal('You are not signed in (or your session expired): reload the page to sign in.');
}

/** Why the caller may not run an action of this kind here; undefined when allowed. Checked on every call. */
export function refusalOf(kind: ActionKind, { session, access }: Caller): ConsoleError | undefined {
  if (!session || !access) return notSignedIn();
  if (!access.role)
    return refusal(
      `You hold no role in the account context "${session.context.label}": ask for a group that grants one.`,
    );
  if (kind === 'mutation' && !access.canMutate) return refusal(access.whyNot ?? 'Changes are off.');
  return undefined;
}
