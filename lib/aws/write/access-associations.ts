import 'server-only';
import {
  CreateDomainNameAccessAssociationCommand,
  DeleteDomainNameAccessAssociationCommand,
} from '@aws-sdk/client-api-gateway';
import { getClients } from '../clients';
import type { Session } from '../session';

/** Created by the endpoint's owner; the domain owner's managementPolicy (or RAM share) must allow this account. */
export async function createAccessAssociation(
  session: Session,
  domainNameArn: string,
  vpceId: string,
): Promise<string> {
  const out = await getClients(session).apigateway.send(
    new CreateDomainNameAccessAssociationCommand({
      domainNameArn,
      accessAssociationSourceType: 'VPCE',
      accessAssociationSource: vpceId,
    }),
  );
  return out.domainNameAccessAssociationArn ?? '';
}

/** Only the account that created the association can delete it (the provider can only reject). */
export async function deleteAccessAssociation(session: Session, associationArn: string): Promise<void> {
  await getClients(session).apigateway.send(
    new DeleteDomainNameAccessAssociationCommand({ domainNameAccessAssociationArn: associationArn }),
  );
}
