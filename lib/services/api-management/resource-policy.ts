import 'server-only';
import type { Session } from '@/lib/aws/session';
import { replaceRestApiPolicy } from '@/lib/aws/write/rest-apis';
import { apiPolicyFromAccess, type AccessChoice } from '@/lib/domains/access-policy';
import { FieldError } from '@/lib/errors';

/** Replaces a private API's resource policy; it reaches callers at each stage's next deployment. */
export async function saveApiResourcePolicy(
  session: Session,
  restApiId: string,
  access: AccessChoice,
): Promise<{ message: string }> {
  const policy = apiPolicyFromAccess(access);
  if (policy === undefined) throw new FieldError('access.vpceIds', 'Pick at least one VPC endpoint or VPC.');
  await replaceRestApiPolicy(session, restApiId, JSON.stringify(policy));
  return { message: 'Resource policy saved. Redeploy each stage for it to take effect.' };
}
