import 'server-only';
import type { Session } from '@/lib/aws/session';
import { updateDomainPolicies, type PrivateDomainRef } from '@/lib/aws/write/domain-names';
import { domainPolicyFromAccess, type AccessChoice } from '@/lib/domains/access-policy';
import type { ChangeReport } from '@/lib/domains/change-report';
import { FieldError } from '@/lib/errors';
import { domainContext } from './domain-context';

/** Replaces the domain's invoke policy with the one the form's access choice stands for. */
export async function saveDomainInvokePolicy(
  session: Session,
  ref: PrivateDomainRef,
  access: AccessChoice,
): Promise<ChangeReport> {
  const { executeArn } = await domainContext(session, ref);
  const policy = domainPolicyFromAccess(access, executeArn);
  if (policy === undefined) throw new FieldError('access.vpceIds', 'Pick at least one VPC endpoint or VPC.');
  await updateDomainPolicies(session, ref, { policy: JSON.stringify(policy) });
  return {
    message: `Invoke policy of ${ref.domainName} saved. It applies to new requests right away (no deployment for domains).`,
    changes: ['policy'],
  };
}
