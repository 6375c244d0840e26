'use server';

import { revalidatePath } from 'next/cache';
import { ActionFailure, FieldError, guarded } from '@/lib/actions/guard';
import type { Session } from '@/lib/aws/session';
import {
  createAssociationSchema,
  createDnsRecordSchema,
  fixVpcDnsSchema,
  leaveDomainSchema,
  NEW_HOSTED_ZONE,
} from '@/lib/consumer/schemas';
import { toEndpointInfo } from '@/lib/invoke-ui/engine-facts';
import { consumerAliasRecords, normalizeDnsName, type AliasRecordSpec } from '@/lib/invoke/dns';
import { parseDomainArn, type DomainRef } from '@/lib/policies/arn';
import { toConsoleError } from '@/lib/aws/errors';
import { getCallerIdentity } from '@/lib/aws/identity';
import { listExecuteApiEndpoints, getVpcDnsAttributes } from '@/lib/aws/read/vpc-endpoints';
import { listAccessAssociations } from '@/lib/aws/read/access-associations';
import { listHostedZonesByVpc } from '@/lib/aws/read/hosted-zones';
import { associateEndpointWithDomain, deleteAccessAssociation } from '@/lib/aws/write/access-associations';
import {
  createPrivateHostedZone,
  deleteAliasRecordsTo,
  deleteHostedZone,
  upsertAliasRecords,
} from '@/lib/aws/write/hosted-zones';
import { enableVpcDns } from '@/lib/aws/write/vpc-attributes';
import type { HostedZoneInfo } from '@/lib/consumer/dns-check';

// Revalidating in the action makes its response carry the re-rendered page: the forms need no router.refresh().
const DOMAIN_PAGE = '/domains/[domainName]/[domainNameId]';

function domainOf(arn: string, session: Session): DomainRef {
  const domain = parseDomainArn(arn);
  if (!domain) throw new FieldError('domainNameArn', 'Not a private custom domain ARN.');
  if (domain.region !== session.region) {
    throw new FieldError(
      'domainNameArn',
      `This domain is in ${domain.region}; switch the Region (top right) to ${domain.region} first.`,
    );
  }
  return domain;
}

async function ownEndpoint(session: Session, vpceId: string) {
  const endpoint = (await listExecuteApiEndpoints(session)).find((e) => e.id === vpceId);
  if (!endpoint) {
    const { account } = await getCallerIdentity(session);
    throw new FieldError(
      'vpcEndpointId',
      `${vpceId} is not an execute-api interface endpoint of account ${account} in ${session.region}.`,
    );
  }
  return endpoint;
}

function covers(zone: HostedZoneInfo, domainName: string): boolean {
  const z = normalizeDnsName(zone.name);
  return domainName === z || domainName.endsWith(`.${z}`);
}

export async function associateEndpoint(raw: unknown) {
  return guarded(
    {
      name: 'consumer.associate',
      schema: createAssociationSchema,
      hint: (i) => ({ operation: 'apigateway:CreateDomainNameAccessAssociation', resource: i.domainNameArn }),
    },
    raw,
    async (input, session) => {
      const associationArn = await associateEndpointWithDomain(session, input);
      revalidatePath(DOMAIN_PAGE, 'page');
      return { associationArn };
    },
  );
}

/** Picks (or creates) the private hosted zone, then UPSERTs the alias record(s) the invoke engine computes. */
export async function createDnsRecord(raw: unknown) {
  return guarded(
    {
      name: 'consumer.dns.create',
      schema: createDnsRecordSchema,
      hint: (i) => ({ operation: 'route53:ChangeResourceRecordSets', resource: i.hostedZone }),
    },
    raw,
    async (input, session) => {
      const domain = domainOf(input.domainNameArn, session);
      const name = normalizeDnsName(domain.domainName);
      const endpoint = await ownEndpoint(session, input.vpcEndpointId);
      const { account } = await getCallerIdentity(session);
      let records: AliasRecordSpec[];
      try {
        records = consumerAliasRecords(name, toEndpointInfo(endpoint, account, session.region));
      } catch (error) {
        throw new FieldError('vpcEndpointId', (error as Error).message);
      }
      const zones = (await listHostedZonesByVpc(session, endpoint.vpcId)).filter((z) => !z.owningService);
      const mostSpecific = zones.filter((z) => covers(z, name)).sort((a, b) => b.name.length - a.name.length)[0];

      let zone: { id: string; name: string };
      let created = false;
      if (input.hostedZone === NEW_HOSTED_ZONE) {
        const existing = zones.find((z) => normalizeDnsName(z.name) === name);
        if (existing)
          throw new FieldError(
            'hostedZone',
            `Zone ${existing.name} (${existing.id}) already exists on ${endpoint.vpcId}; pick it instead of creating a second one.`,
          );
        zone = await createPrivateHostedZone(session, name, endpoint.vpcId);
        created = true;
      } else {
        const picked = zones.find((z) => z.id === input.hostedZone);
        if (!picked)
          throw new FieldError(
            'hostedZone',
            `Zone ${input.hostedZone} is not associated with ${endpoint.vpcId}, the VPC of ${endpoint.id}; a record there would not resolve in that VPC.`,
          );
        if (!covers(picked, name))
          throw new FieldError(
            'hostedZone',
            `Zone ${picked.name} cannot hold ${name}; pick a zone named ${name} or one of its parent domains, or create one.`,
          );
        if (mostSpecific && mostSpecific.id !== picked.id) {
          throw new FieldError(
            'hostedZone',
            `Zone ${mostSpecific.name} (${mostSpecific.id}) on the same VPC is more specific and would hide a record in ${picked.name}; use ${mostSpecific.name}.`,
          );
        }
        zone = picked;
      }

      try {
        await upsertAliasRecords(session, zone.id, records, `Alias ${name} to ${endpoint.id} (private custom domain)`);
      } catch (error) {
        if (created) {
          // Nothing half-way: the zone existed only to hold this record.
          try {
            await deleteHostedZone(session, zone.id);
          } catch (cleanup) {
            const cause = toConsoleError(error, { operation: 'route53:ChangeResourceRecordSets', resource: zone.id });
            throw new ActionFailure({
              ...cause,
              message: `${cause.message} The zone ${zone.name} (${zone.id}) created for it could not be removed either (${toConsoleError(cleanup).message}); delete it in Route 53.`,
            });
          }
        }
        throw error;
      }
      revalidatePath(DOMAIN_PAGE, 'page');
      return { zoneId: zone.id, zoneName: zone.name, createdZone: created, records: records.map((r) => r.type) };
    },
  );
}

export async function fixVpcDns(raw: unknown) {
  return guarded(
    {
      name: 'consumer.vpc.dns',
      schema: fixVpcDnsSchema,
      hint: (i) => ({ operation: 'ec2:ModifyVpcAttribute', resource: i.vpcId, field: 'vpcId' }),
    },
    raw,
    async ({ vpcId }, session) => {
      const current = await getVpcDnsAttributes(session, vpcId);
      await enableVpcDns(session, vpcId, current);
      revalidatePath(DOMAIN_PAGE, 'page');
      return { vpcId, enableDnsSupport: true, enableDnsHostnames: true };
    },
  );
}

/** Deletes the association and, if asked, the alias records for the domain that point at its endpoint. */
export async function leaveDomain(raw: unknown) {
  return guarded(
    {
      name: 'consumer.leave',
      schema: leaveDomainSchema,
      hint: (i) => ({ operation: 'apigateway:DeleteDomainNameAccessAssociation', resource: i.associationArn }),
    },
    raw,
    async (input, session) => {
      const domain = domainOf(input.domainNameArn, session);
      const name = normalizeDnsName(domain.domainName);
      const association = (await listAccessAssociations(session, 'SELF')).find((a) => a.arn === input.associationArn);
      if (!association)
        throw new FieldError('associationArn', 'This account has no such association (any more); reload the page.');

      // Work out which records to delete before deleting anything, so a failed lookup changes nothing.
      let dnsPlan: { zones: HostedZoneInfo[]; targets: string[] } | undefined;
      if (input.deleteDnsRecords) {
        const endpoint = (await listExecuteApiEndpoints(session)).find((e) => e.id === association.source);
        if (endpoint) {
          const zones = (await listHostedZonesByVpc(session, endpoint.vpcId)).filter(
            (z) => !z.owningService && covers(z, name),
          );
          dnsPlan = { zones, targets: endpoint.dnsNames.map((d) => d.dnsName) };
        }
      }

      await deleteAccessAssociation(session, association.arn);
      revalidatePath(DOMAIN_PAGE, 'page');

      let deletedRecords = 0;
      for (const zone of dnsPlan?.zones ?? []) {
        try {
          deletedRecords += await deleteAliasRecordsTo(session, zone.id, name, dnsPlan!.targets);
        } catch (error) {
          const e = toConsoleError(error, { operation: 'route53:ChangeResourceRecordSets', resource: zone.id });
          throw new ActionFailure({
            ...e,
            title: 'Association deleted, DNS record left in place',
            message: `The association was deleted, but the alias record for ${name} in zone ${zone.name} (${zone.id}) could not be removed: ${e.message} Delete it in Route 53.`,
          });
        }
      }
      return { associationArn: association.arn, deletedRecords, endpointGone: input.deleteDnsRecords && !dnsPlan };
    },
  );
}
