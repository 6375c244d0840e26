import 'server-only';
import type { Session } from '@/lib/aws/session';
import { getCallerIdentity } from '@/lib/aws/identity';
import { listExecuteApiEndpoints } from '@/lib/aws/read/vpc-endpoints';
import { FieldError } from '@/lib/errors';
import type { VpcEndpoint } from '@/lib/model/vpc-endpoints';
import { parseDomainNameArn, type DomainRef } from '@/lib/domains/arn';

/**
 * The domain a consumer form names, in the console's Region: endpoints, associations and zones are per Region, so a
 * domain elsewhere cannot be used from here.
 */
export function domainInSessionRegion(session: Session, domainNameArn: string): DomainRef {
  const domain = parseDomainNameArn(domainNameArn);
  if (!domain) throw new FieldError('domainNameArn', 'Not a private custom domain ARN.');
  if (domain.region !== session.region) {
    throw new FieldError(
      'domainNameArn',
      `This domain is in ${domain.region} and the console is in ${session.region}. The endpoint must be in the domain's Region: switch the Region (top right) to ${domain.region}.`,
    );
  }
  return domain;
}

/** One of this account's execute-api endpoints in the session's Region, or a field error naming the account. */
export async function ownExecuteApiEndpoint(session: Session, vpceId: string): Promise<VpcEndpoint> {
  const [identity, endpoints] = await Promise.all([getCallerIdentity(session), listExecuteApiEndpoints(session)]);
  const endpoint = endpoints.find((e) => e.id === vpceId);
  if (!endpoint) {
    throw new FieldError(
      'vpcEndpointId',
      `${vpceId} is not an execute-api interface endpoint of account ${identity.account} in ${session.region}.`,
    );
  }
  return endpoint;
}
