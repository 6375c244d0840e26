import 'server-only';
import type { Session } from '@/lib/aws/session';
import { listAccessAssociations } from '@/lib/aws/read/access-associations';
import { deleteAccessAssociation } from '@/lib/aws/write/access-associations';
import { deletePrivateDomain, type PrivateDomainRef } from '@/lib/aws/write/domain-names';
import type { ChangeReport } from '@/lib/domains/change-report';
import { applyChanges, type PlannedChange } from './change-run';
import { domainContext } from './domain-context';

/**
 * Deletes the domain with its mappings. This account's own associations would dangle, so they go first (as AWS's
 * guide does); other accounts' associations can only be deleted by their owners.
 */
export async function deleteDomain(session: Session, ref: PrivateDomainRef): Promise<ChangeReport> {
  const { arn } = await domainContext(session, ref);
  const own = (await listAccessAssociations(session, 'SELF')).filter((a) => a.domainNameArn === arn);
  const which = `${ref.domainName} (${ref.domainNameId})`;
  const changes: PlannedChange[] = [
    ...own.map((a) => ({
      done: `Own access association for ${a.source} deleted`,
      what: `Own access association for ${a.source}`,
      apply: () => deleteAccessAssociation(session, a.arn),
      hint: { operation: 'apigateway:DeleteDomainNameAccessAssociation', resource: a.arn },
    })),
    {
      done: `${which} deleted`,
      what: `The domain ${which} (still exists)`,
      apply: () => deletePrivateDomain(session, ref),
    },
  ];
  await applyChanges(changes);
  return {
    message: `Deleted ${which} with its base path mappings${own.length ? ` and ${String(own.length)} own access association(s)` : ''}.`,
    changes: [],
  };
}
