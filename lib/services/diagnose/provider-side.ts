import 'server-only';
import { listAccessAssociations } from '@/lib/aws/read/access-associations';
import { listBasePathMappings, listOwnDomains } from '@/lib/aws/read/domains';
import type { Session } from '@/lib/aws/session';
import type { PrivateDomainInfo } from '@/lib/invoke/types';
import { toOwnDomainInfo } from '@/lib/invoke-ui/engine-facts';
import type { AccessAssociation } from '@/lib/model/access-associations';

/** What only the domain's owner reads about a call through its domain, beyond its own invoke reading. */
export interface ProviderSide {
  domain: PrivateDomainInfo;
  /** Associations other accounts made with this account's domains (a rejected one is no longer listed). */
  otherAccountsAssociations: AccessAssociation[];
}

/** The domain as its owner reads it, and the associations other accounts made; `undefined` when it does not own it. */
export async function readProviderSide(
  session: Session,
  account: string,
  ref: { domainName: string; domainNameId: string },
): Promise<ProviderSide | undefined> {
  const own = (await listOwnDomains(session)).find(
    (d) => d.domainName === ref.domainName && d.domainNameId === ref.domainNameId,
  );
  if (!own) return undefined;
  const [mappings, otherAccountsAssociations] = await Promise.all([
    listBasePathMappings(session, ref.domainName, ref.domainNameId),
    listAccessAssociations(session, 'OTHER_ACCOUNTS'),
  ]);
  return { domain: toOwnDomainInfo(own, mappings, account, session.region), otherAccountsAssociations };
}
