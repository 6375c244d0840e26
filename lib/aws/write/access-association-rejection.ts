import 'server-only';
import { RejectDomainNameAccessAssociationCommand } from '@aws-sdk/client-api-gateway';
import { getClients } from '../clients';
import type { Session } from '../session';

/**
 * The domain owner cuts another account's endpoint off (docs/aws/resources.md#domain-name-access-association): the association keeps existing until
 * its owner deletes it, but calls from that endpoint get 403. Not allowed for the owner's own associations.
 */
export async function rejectAccessAssociation(
  session: Session,
  accessAssociationArn: string,
  domainNameArn: string,
): Promise<void> {
  await getClients(session).apigateway.send(
    new RejectDomainNameAccessAssociationCommand({
      domainNameAccessAssociationArn: accessAssociationArn,
      domainNameArn,
    }),
  );
}
