import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Session } from '@/lib/aws/session';
import { updateDomainPolicies, type PrivateDomainRef } from '@/lib/aws/write/domain-names';
import { addToShare, createDomainShare, removeFromShare } from '@/lib/aws/write/resource-shares';
import type { ChangeReport } from '@/lib/domains/change-report';
import type { CreateDomainInput } from '@/lib/domains/create-domain-schema';
import { managementPolicyAccounts } from '@/lib/domains/management-accounts';
import { FieldError } from '@/lib/errors';
import { managementPolicy } from '@/lib/policies';
import { domainContext } from './domain-context';

type Sharing = CreateDomainInput['sharing'];

/** Shares an existing domain the way the wizard's sharing step does: a new or existing RAM share, or the managementPolicy. */
export async function shareDomain(session: Session, ref: PrivateDomainRef, sharing: Sharing): Promise<ChangeReport> {
  const { account, arn, domain } = await domainContext(session, ref);
  if (sharing.principals.includes(account))
    throw new FieldError('sharing.principals', `${account} is this account; list consumer accounts only.`);
  if (sharing.mode === 'ram-new') {
    const share = await createDomainShare(session, {
      name: sharing.shareName,
      domainNameArn: arn,
      principals: sharing.principals,
      tags: {},
      clientToken: randomUUID(),
    });
    return {
      message: `Shared through new resource share ${share.name ?? sharing.shareName}. Accounts outside your organization must accept within 12 hours.`,
      changes: [],
    };
  }
  if (sharing.mode === 'ram-existing') {
    await addToShare(session, sharing.existingShareArn, { resourceArns: [arn], principals: sharing.principals });
    return { message: 'Added to the resource share.', changes: [] };
  }
  const accounts = [...new Set([...managementPolicyAccounts(domain.managementPolicy), ...sharing.principals])];
  await updateDomainPolicies(session, ref, { managementPolicy: JSON.stringify(managementPolicy(arn, accounts)) });
  return {
    message: `managementPolicy now lets ${accounts.join(', ')} associate endpoints. Send them the domain ARN.`,
    changes: [],
  };
}

/** Rewrites the managementPolicy's accounts; none clears it, so no other account may create associations any more. */
export async function setManagementAccounts(
  session: Session,
  ref: PrivateDomainRef,
  wanted: string[],
): Promise<ChangeReport> {
  const { arn } = await domainContext(session, ref);
  const accounts = [...new Set(wanted)];
  await updateDomainPolicies(session, ref, {
    managementPolicy: accounts.length ? JSON.stringify(managementPolicy(arn, accounts)) : '',
  });
  return {
    message: accounts.length
      ? `managementPolicy now names ${accounts.join(', ')}.`
      : 'managementPolicy cleared: no other account can create new associations.',
    changes: [],
  };
}

/** Takes the domain out of a RAM share; existing associations keep working until the provider rejects them. */
export async function stopSharing(session: Session, ref: PrivateDomainRef, shareArn: string): Promise<ChangeReport> {
  const { arn } = await domainContext(session, ref);
  await removeFromShare(session, shareArn, { resourceArns: [arn] });
  return {
    message: 'The domain is no longer in this share. Existing associations keep working until you reject them.',
    changes: [],
  };
}
