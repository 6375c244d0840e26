import 'server-only';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import type { CallerIdentity } from '@/lib/model/identity';
import { baseStsClient } from './credentials';

/** Who the console itself is (its base credentials), without any account context. */
export async function baseIdentity(): Promise<CallerIdentity> {
  const out = await baseStsClient().send(new GetCallerIdentityCommand({}));
  return { account: out.Account ?? '', arn: out.Arn ?? '' };
}
