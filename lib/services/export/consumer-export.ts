import 'server-only';
import type { Session } from '@/lib/aws/session';
import { getCallerIdentity } from '@/lib/aws/identity';
import { listHostedZonesByVpc } from '@/lib/aws/read/hosted-zones';
import { listAccessAssociations } from '@/lib/aws/read/access-associations';
import { listSharedDomains } from '@/lib/aws/read/domains';
import { toEndpointInfo } from '@/lib/invoke-ui/engine-facts';
import { consumerAliasRecords, normalizeDnsName, zoneCovers } from '@/lib/invoke/dns';
import { domainInSessionRegion, ownExecuteApiEndpoint } from '@/lib/services/consumer/own-resources';
import type { ConsumerExport, HostedZoneSpec } from '@/lib/export/model';
import { ActionFailure, FieldError } from '@/lib/errors';

/**
 * One consumer endpoint's setup for a shared domain as an export: the access association, the private hosted zone
 * (the most specific zone on the endpoint's VPC that covers the name, or a new one named like the domain), the
 * alias records the console writes, and the VPC DNS attributes.
 */
export async function exportConsumerSetup(
  session: Session,
  domainNameArn: string,
  vpceId: string,
): Promise<ConsumerExport> {
  const domain = domainInSessionRegion(session, domainNameArn);
  const [identity, endpoint, associations] = await Promise.all([
    getCallerIdentity(session),
    ownExecuteApiEndpoint(session, vpceId),
    listAccessAssociations(session, 'SELF'),
  ]);
  const name = normalizeDnsName(domain.domainName);
  let records;
  try {
    records = consumerAliasRecords(name, toEndpointInfo(endpoint, identity.account, session.region));
  } catch (error) {
    throw new FieldError('vpcEndpointId', (error as Error).message);
  }
  // The same zone the DNS step would use: the most specific one on the endpoint's VPC that covers the name.
  const covering = (await listHostedZonesByVpc(session, endpoint.vpcId))
    .filter((z) => !z.owningService && zoneCovers(z.name, name))
    .sort((a, b) => b.name.length - a.name.length)
    .at(0);
  const zone: HostedZoneSpec = covering
    ? { kind: 'existing', id: covering.id, name: normalizeDnsName(covering.name) }
    : { kind: 'new', name };
  const associated = associations.some((a) => a.domainNameArn === domainNameArn && a.source === vpceId);
  return {
    kind: 'consumer',
    region: session.region,
    accountId: identity.account,
    domain: {
      domainName: domain.domainName,
      domainNameId: domain.domainNameId,
      domainNameArn,
      ownerAccountId: domain.accountId,
    },
    endpoint: { vpceId, vpcId: endpoint.vpcId },
    zone,
    records,
    notes: associated ? [] : [`${vpceId} is not associated with the domain yet: the code creates the association.`],
  };
}

/** The ARN of a domain shared with this account (listed as shared, or already associated), found by name and id. */
export async function sharedDomainArn(session: Session, domainName: string, domainNameId: string): Promise<string> {
  const [shared, associations] = await Promise.all([
    listSharedDomains(session),
    listAccessAssociations(session, 'SELF'),
  ]);
  const arn =
    shared.find((d) => d.domainName === domainName && d.domainNameId === domainNameId)?.domainNameArn ??
    associations.find((a) => a.domainName === domainName && a.domainNameId === domainNameId)?.domainNameArn;
  if (!arn)
    throw new ActionFailure({
      kind: 'not-found',
      title: 'Domain not shared with this account',
      message: `${domainName} (${domainNameId}) is not shared with this account, so there is no consumer setup to export.`,
    });
  return arn;
}
