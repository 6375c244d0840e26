import 'server-only';
import { listExecuteApiEndpoints } from '@/lib/aws/read/vpc-endpoints';
import type { Session } from '@/lib/aws/session';
import { readableContexts } from '@/lib/services/contexts/account-sessions';

/**
 * The execute-api endpoint ids of every account the operator can read, in the session's Region: what a policy's
 * `aws:SourceVpce` values are checked against (a policy and the endpoints it names are in one Region). Throws when
 * one account cannot be read, since its endpoints would then be reported as nobody's.
 */
export async function loadKnownEndpointIds(session: Session): Promise<string[]> {
  const contexts = await readableContexts(session);
  const lists = await Promise.all(contexts.map((context) => listExecuteApiEndpoints({ ...session, context })));
  return [...new Set(lists.flat().map((e) => e.id))].sort();
}
