import 'server-only';
import type { Session } from '@/lib/aws/session';
import { getCallerIdentity } from '@/lib/aws/identity';
import { readPrivateDomain, type PrivateDomainRef } from '@/lib/aws/write/domain-names';
import { formatDomainNameArn, domainExecuteApiArn } from '@/lib/domains/arn';

/** The domain as AWS holds it right now, with the account and the two ARNs its policies name. */
export async function domainContext(session: Session, ref: PrivateDomainRef) {
  const [{ account }, domain] = await Promise.all([getCallerIdentity(session), readPrivateDomain(session, ref)]);
  const full = { region: session.region, accountId: account, ...ref };
  return {
    domain,
    account,
    full,
    executeArn: domainExecuteApiArn(full),
    arn: domain.domainNameArn ?? formatDomainNameArn(full),
  };
}
