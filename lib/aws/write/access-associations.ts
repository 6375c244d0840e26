import 'server-only';
import {
  CreateDomainNameAccessAssociationCommand,
  DeleteDomainNameAccessAssociationCommand,
} from '@aws-sdk/client-api-gateway';
import { parseDomainArn } from '@/lib/policies/arn';
import { ActionFailure, FieldError } from '@/lib/actions/guard';
import { explainAssociationFailure } from '@/lib/consumer/association-errors';
import { getClients } from '../clients';
import { getCallerIdentity } from '../identity';
import { listExecuteApiEndpoints } from '../read/vpc-endpoints';
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

/**
 * The consumer's "associate" step: checks what the console can check before calling AWS (Region, endpoint
 * ownership), then words AWS's refusals for the form. Shared by the domain page and the associate-by-ARN form.
 */
export async function associateEndpointWithDomain(
  session: Session,
  input: { domainNameArn: string; vpcEndpointId: string },
): Promise<string> {
  const domain = parseDomainArn(input.domainNameArn);
  if (!domain) throw new FieldError('domainNameArn', 'Not a private custom domain ARN.');
  if (domain.region !== session.region) {
    throw new FieldError(
      'domainNameArn',
      `This domain is in ${domain.region} and the console is in ${session.region}. The endpoint must be in the domain's Region: switch the Region (top right) to ${domain.region}.`,
    );
  }
  const [identity, endpoints] = await Promise.all([getCallerIdentity(session), listExecuteApiEndpoints(session)]);
  if (!endpoints.some((e) => e.id === input.vpcEndpointId)) {
    throw new FieldError(
      'vpcEndpointId',
      `${input.vpcEndpointId} is not an execute-api interface endpoint of account ${identity.account} in ${session.region}.`,
    );
  }
  try {
    return await createAccessAssociation(session, input.domainNameArn, input.vpcEndpointId);
  } catch (error) {
    const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
    const problem = explainAssociationFailure(
      { code: e.name ?? '', message: e.message ?? '', status: e.$metadata?.httpStatusCode },
      { accountId: identity.account, domainNameArn: input.domainNameArn, vpceId: input.vpcEndpointId },
    );
    if (!problem) throw error;
    if (problem.field) throw new FieldError(problem.field, problem.message);
    throw new ActionFailure({ kind: problem.kind, title: problem.title, message: problem.message, code: e.name });
  }
}
