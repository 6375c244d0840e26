import 'server-only';
import { GetDomainNameAccessAssociationsCommand } from '@aws-sdk/client-api-gateway';
import { parseAccessAssociationArn, parseDomainNameArn } from '@/lib/domains/arn';
import { getClients } from '../clients';
import { cachedReader } from '../read-cache';
import type { Session } from '../session';
import { PAGE_SIZE } from './serialize';
import type { AccessAssociationOwner, AccessAssociation } from '@/lib/model/access-associations';

/**
 * `SELF`: associations this account created (its VPC endpoints, any domain). `OTHER_ACCOUNTS`: associations other
 * accounts created with this account's domains. The SDK has no paginator for this call, so `position` is looped here.
 */
export const listAccessAssociations = cachedReader(
  'listAccessAssociations',
  async (session: Session, owner: AccessAssociationOwner): Promise<AccessAssociation[]> => {
    const client = getClients(session).apigateway;
    const out: AccessAssociation[] = [];
    let position: string | undefined;
    do {
      const page = await client.send(
        new GetDomainNameAccessAssociationsCommand({ resourceOwner: owner, limit: PAGE_SIZE.apigateway, position }),
      );
      for (const a of page.items ?? []) {
        const arn = a.domainNameAccessAssociationArn ?? '';
        const domainNameArn = a.domainNameArn ?? '';
        const domain = parseDomainNameArn(domainNameArn);
        out.push({
          arn,
          domainNameArn,
          domainName: domain?.domainName,
          domainNameId: domain?.domainNameId,
          domainOwnerAccountId: domain?.accountId,
          associationAccountId: parseAccessAssociationArn(arn)?.associationAccountId,
          sourceType: a.accessAssociationSourceType ?? '',
          source: a.accessAssociationSource ?? '',
          tags: a.tags ?? {},
        });
      }
      // A repeated token would loop forever; AWS never sends one, but a misbehaving proxy could.
      position = page.position && page.position !== position ? page.position : undefined;
    } while (position);
    return out;
  },
);
