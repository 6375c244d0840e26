import 'server-only';
import type { Session } from '@/lib/aws/session';
import { getCallerIdentity } from '@/lib/aws/identity';
import { createAccessAssociation } from '@/lib/aws/write/access-associations';
import { explainAssociationFailure } from '@/lib/consumer/association-errors';
import type { CreateAssociationInput } from '@/lib/consumer/schemas';
import { ActionFailure, FieldError } from '@/lib/errors';
import { hasPendingInvitationFor } from './access';
import { domainInSessionRegion, ownExecuteApiEndpoint } from './own-resources';

/**
 * The consumer's "associate" step: checks what the console can check before calling AWS (Region, endpoint
 * ownership), then words AWS's refusals for the form. Used by the domain page and the associate-by-ARN form.
 */
export async function associateEndpoint(
  session: Session,
  input: CreateAssociationInput,
): Promise<{ associationArn: string }> {
  domainInSessionRegion(session, input.domainNameArn);
  await ownExecuteApiEndpoint(session, input.vpcEndpointId);
  try {
    return { associationArn: await createAccessAssociation(session, input.domainNameArn, input.vpcEndpointId) };
  } catch (error) {
    const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
    const [{ account }, pendingInvitation] = await Promise.all([
      getCallerIdentity(session),
      hasPendingInvitationFor(session, input.domainNameArn),
    ]);
    const problem = explainAssociationFailure(
      { code: e.name ?? '', message: e.message ?? '', status: e.$metadata?.httpStatusCode },
      { accountId: account, domainNameArn: input.domainNameArn, vpceId: input.vpcEndpointId, pendingInvitation },
    );
    if (!problem) throw error;
    if (problem.field) throw new FieldError(problem.field, problem.message);
    throw new ActionFailure({ kind: problem.kind, title: problem.title, message: problem.message, code: e.name });
  }
}
