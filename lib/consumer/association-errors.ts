/**
 * Words for the ways CreateDomainNameAccessAssociation fails (docs/aws/resources.md#domain-name-access-association, docs/aws/policies.md#management-policy). The generic error mapping
 * would say "Access denied" where the real story is "the provider has not shared this domain with you".
 */
import { parseDomainNameArn } from '@/lib/domains/arn';
import type { ConsoleErrorKind } from '@/lib/errors';

export interface AwsFailure {
  code: string;
  message: string;
  status?: number;
}

export interface AssociationProblem {
  kind: ConsoleErrorKind;
  title: string;
  message: string;
  /** Form field to attach the message to, when one field is at fault. */
  field?: 'domainNameArn' | 'vpcEndpointId';
}

/**
 * Why the account may not associate, and who acts: with an invitation waiting, the consumer accepts it; without one
 * (never shared, invitation expired or rejected, share withdrawn), only the provider can share again.
 */
export function notSharedMessage(domainNameArn: string, accountId: string, pendingInvitation: boolean): string {
  const domain = parseDomainNameArn(domainNameArn);
  const who = domain
    ? `The provider (account ${domain.accountId}) has not shared ${domain.domainName}`
    : 'The provider has not shared this domain';
  if (pendingInvitation)
    return `${who} with account ${accountId} yet: an invitation for it is waiting. Accept it on the Sharing page (within its 12 hours), then associate.`;
  return `${who} with account ${accountId}, and no invitation for it is waiting. The provider must share it again: via RAM, or via a management policy that allows apigateway:CreateAccessAssociation for account ${accountId}.`;
}

export function explainAssociationFailure(
  failure: AwsFailure,
  ctx: { accountId: string; domainNameArn: string; vpceId: string; pendingInvitation?: boolean },
): AssociationProblem | undefined {
  const { code, message } = failure;
  const forbidden = code === 'AccessDeniedException' || failure.status === 403;
  // A denial by the caller's own IAM policies is a permissions problem, which the generic mapping words well.
  if (forbidden && /CreateAccessAssociation/.test(message) && !/identity-based policy/i.test(message)) {
    return {
      kind: 'forbidden',
      title: 'This domain is not shared with this account',
      message: notSharedMessage(ctx.domainNameArn, ctx.accountId, ctx.pendingInvitation ?? false),
    };
  }
  if (code === 'NotFoundException') {
    return {
      kind: 'not-found',
      field: 'domainNameArn',
      title: 'Domain not found',
      message:
        'No private domain with this ARN exists (any more). Check the ARN with the provider; it ends in +{domainNameId}, which changes if they recreate the domain.',
    };
  }
  if (code === 'ConflictException') {
    const sameName = /another private domain/i.test(message);
    return {
      kind: 'conflict',
      field: 'vpcEndpointId',
      title: sameName ? 'Endpoint fronts a domain of the same name' : 'Already associated',
      message: sameName
        ? `${ctx.vpceId} is already associated with another private domain of the same name. An endpoint can front only one private domain of a given name; pick another endpoint or delete that association.`
        : `${ctx.vpceId} is already associated with this domain.`,
    };
  }
  if (code === 'BadRequestException') {
    if (/region|is in [a-z]+-[a-z]+-\d/i.test(message))
      return { kind: 'invalid-input', field: 'domainNameArn', title: 'Different Region', message };
    if (/endpoint/i.test(message))
      return { kind: 'invalid-input', field: 'vpcEndpointId', title: 'Endpoint not usable', message };
  }
  return undefined;
}
