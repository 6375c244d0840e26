import { domainExecuteApiArn, parseDomainNameArn } from '../../domains/arn';
import { nameCovers } from '../../domains/certificate-coverage';
import { restApiExecuteArn } from '../../policies/arn';
import { classifyDnsEntries, consumerAliasRecords, recordCovers, recordTargetEndpoint } from '../dns';
import { SYMPTOMS } from '../symptoms';
import type {
  BasePathMappingInfo,
  DnsRecordInfo,
  Prerequisite,
  PrivateDomainInfo,
  RestApiInfo,
  VpcEndpointInfo,
} from '../types';
import { apiPolicyAllows, stageDeployed } from './api';
import { isConsumer, type CheckContext } from './context';
import { policyPrerequisite } from './policy';
import { met, notMet, unknown } from './prereq';

const DNAA_READY_MS = 15 * 60 * 1000;

export function isCatchAll(basePath: string): boolean {
  return basePath === '' || basePath === '(none)';
}

export function domainStatus(domain: PrivateDomainInfo): Prerequisite | undefined {
  if (domain.status === undefined) return undefined;
  const label = 'Domain status AVAILABLE';
  // UPDATING (e.g. certificate swap) keeps serving (docs/aws/resources.md#private-custom-domain-name).
  return domain.status === 'AVAILABLE' || domain.status === 'UPDATING'
    ? met('domain-status', label, `Status is ${domain.status}.`)
    : notMet(
        'domain-status',
        label,
        `Status is ${domain.status}.`,
        'Wait for provisioning (~15 minutes) or fix the certificate / ownership verification.',
        SYMPTOMS.domainNotAvailable,
      );
}

/**
 * The certificate the domain presents must be valid and name the domain (docs/aws/resources.md#private-custom-domain-name):
 * clients refuse the handshake of an expired or revoked one (our reading: AWS does not document it).
 */
export function domainCertificate(domain: PrivateDomainInfo): Prerequisite | undefined {
  const cert = domain.certificate;
  if (!cert) return undefined;
  const label = `Certificate valid for ${domain.domainName}`;
  const replace = `point the domain at a valid one (UpdateDomainName, replace /certificateArn) or, for an imported certificate, re-import it under the same ARN (ImportCertificate)`;
  if (cert.status !== 'ISSUED') {
    const until = cert.notAfter ? ` (not after ${cert.notAfter.slice(0, 16).replace('T', ' ')} UTC)` : '';
    return notMet(
      'domain-certificate',
      label,
      `Certificate ${cert.arn} is ${cert.status}${until}.`,
      cert.status === 'EXPIRED'
        ? `ACM does not renew a certificate once it has expired (nor an imported one): request a new certificate for ${domain.domainName} and ${replace}.`
        : `Request or import a new certificate for ${domain.domainName} and ${replace}.`,
      SYMPTOMS.certificateRefused,
    );
  }
  if (!cert.names.some((n) => nameCovers(n, domain.domainName))) {
    return notMet(
      'domain-certificate',
      label,
      `Certificate ${cert.arn} names ${cert.names.join(', ') || 'nothing'}, not ${domain.domainName}.`,
      `Use a certificate whose name or SAN covers ${domain.domainName}: ${replace}.`,
      SYMPTOMS.certificateRefused,
    );
  }
  return met('domain-certificate', label, `Certificate ${cert.arn} is ISSUED for ${domain.domainName}.`);
}

function providerRef(domain: PrivateDomainInfo): string {
  return `the provider (account ${domain.ownerAccountId})`;
}

export function accessAssociation(ctx: CheckContext, domain: PrivateDomainInfo): Prerequisite {
  const label = 'Access association between the endpoint and the domain';
  const { vpce, input } = ctx;
  const consumer = isConsumer(domain.ownerAccountId, input);
  const fix = consumer
    ? `Accept the provider's RAM share (or get its managementPolicy grant), then CreateDomainNameAccessAssociation for ${vpce?.id ?? 'your endpoint'} with ${domain.domainNameArn}. It takes ~15 minutes to become active.`
    : `CreateDomainNameAccessAssociation for ${vpce?.id ?? 'the endpoint'} with ${domain.domainNameArn} (needed even in the domain's own account). It takes ~15 minutes to become active.`;
  if (!vpce) return notMet('access-association', label, 'No endpoint is known.', fix, SYMPTOMS.noAccessAssociation);
  const dnaa = input.accessAssociations.find((a) => a.domainNameArn === domain.domainNameArn && a.vpceId === vpce.id);
  if (!dnaa)
    return notMet(
      'access-association',
      label,
      `${vpce.id} has no access association with ${domain.domainNameArn}.`,
      fix,
      SYMPTOMS.noAccessAssociation,
    );
  if (dnaa.createdAt && input.now) {
    const age = Date.parse(input.now) - Date.parse(dnaa.createdAt);
    if (age >= 0 && age < DNAA_READY_MS) {
      return unknown(
        'access-association',
        label,
        `Created ${Math.floor(age / 60000)} min ago; associations take ~15 minutes to take effect.`,
        'Wait until ~15 minutes after creation and retry.',
        SYMPTOMS.noAccessAssociation,
      );
    }
  }
  // The model has no status, so a provider-side rejection is invisible to the consumer (docs/aws/resources.md#domain-name-access-association): only the
  // provider can say whether the association still counts.
  if (consumer)
    return unknown(
      'access-association',
      label,
      `${vpce.id} is associated with the domain, but AWS does not show a consumer whether ${providerRef(domain)} rejected the association.`,
      `If the provider rejected it, delete the association and ask them whether they accept ${vpce.id} before associating again.`,
      SYMPTOMS.noAccessAssociation,
      `Ask ${providerRef(domain)} whether they rejected the access association of ${vpce.id} with ${domain.domainNameArn} (RejectDomainNameAccessAssociation).`,
    );
  return met('access-association', label, `${vpce.id} is associated with the domain.`);
}

/** A VPCE cannot front two private domains with the same name (docs/aws/resources.md#domain-name-access-association). */
export function sameNameConflict(ctx: CheckContext, domain: PrivateDomainInfo): Prerequisite | undefined {
  const { vpce } = ctx;
  if (!vpce) return undefined;
  const clash = ctx.input.accessAssociations.find(
    (a) =>
      a.vpceId === vpce.id &&
      a.domainNameArn !== domain.domainNameArn &&
      parseDomainNameArn(a.domainNameArn)?.domainName === domain.domainName,
  );
  const label = 'Endpoint not associated with another domain of the same name';
  return clash
    ? notMet(
        'same-name-domain',
        label,
        `${vpce.id} is also associated with ${clash.domainNameArn}.`,
        'Use a separate VPC endpoint for each private domain sharing this name.',
        SYMPTOMS.sameNameConflict,
      )
    : met('same-name-domain', label, 'No other same-name domain on this endpoint.');
}

export function domainPolicyAllows(ctx: CheckContext, domain: PrivateDomainInfo): Prerequisite {
  const src = ctx.vpce ? `aws:SourceVpce ${ctx.vpce.id}` : 'the consumer endpoint';
  const ref = {
    region: domain.region,
    accountId: domain.ownerAccountId,
    domainName: domain.domainName,
    domainNameId: domain.domainNameId,
  };
  return policyPrerequisite(ctx, {
    id: 'domain-policy',
    label: 'Domain policy allows this endpoint',
    raw: domain.policy,
    resource: domainExecuteApiArn(ref),
    scope: { kind: 'domain', ...ref },
    fix: `Allow ${src} in the domain's invoke policy (UpdateDomainName patch /policy); no redeploy needed. New private domains deny everything until this is done.`,
    symptom: SYMPTOMS.domainPolicyDenies,
    askProvider: isConsumer(domain.ownerAccountId, ctx.input)
      ? `Ask ${providerRef(domain)} to allow ${src} in the policy of ${domain.domainNameArn}.`
      : undefined,
  });
}

export function findMapping(domain: PrivateDomainInfo, basePath: string): BasePathMappingInfo | undefined {
  const wanted = isCatchAll(basePath) ? '(none)' : basePath.replace(/^\/|\/$/g, '');
  return domain.basePathMappings?.find((m) => (isCatchAll(m.basePath) ? '(none)' : m.basePath) === wanted);
}

export function basePathMapping(ctx: CheckContext, domain: PrivateDomainInfo, basePath: string): Prerequisite {
  const shown = isCatchAll(basePath) ? '(none)' : basePath;
  const label = `Base path mapping "${shown}" exists`;
  const fix = `Create a base path mapping "${shown}" on the domain to a private API stage of the provider account.`;
  if (domain.basePathMappings === undefined) {
    return unknown(
      'base-path-mapping',
      label,
      "This account cannot read the domain's mappings.",
      fix,
      SYMPTOMS.noBasePathMatch,
      `Ask ${providerRef(domain)} which base paths ${domain.domainName} maps and to which stage.`,
    );
  }
  const m = findMapping(domain, basePath);
  return m
    ? met(
        'base-path-mapping',
        label,
        `"${shown}" maps to API ${m.restApiId}${m.stage ? ` stage ${m.stage}` : ' (no stage: the path must start with the stage name)'}.`,
      )
    : notMet(
        'base-path-mapping',
        label,
        `No mapping "${shown}" on ${domain.domainName}.`,
        fix,
        SYMPTOMS.noBasePathMatch,
      );
}

/** Without a mapping stage the first path segment names the stage. */
function stageAndPath(mapping: BasePathMappingInfo, path: string): { stage: string; rest: string } {
  const segments = path.replace(/^\//, '').split('/');
  return mapping.stage
    ? { stage: mapping.stage, rest: path }
    : { stage: segments.at(0) ?? '', rest: `/${segments.slice(1).join('/')}` };
}

/** Execute-api ARN of the request on the API behind the base path, when the caller can read the mapping. */
export function mappedRequestArn(ctx: CheckContext, domain: PrivateDomainInfo, basePath: string): string | undefined {
  const mapping = findMapping(domain, basePath);
  if (!mapping) return undefined;
  const { stage, rest } = stageAndPath(mapping, ctx.input.request.path);
  return restApiExecuteArn({
    region: domain.region,
    accountId: domain.ownerAccountId,
    apiId: mapping.restApiId,
    stage,
    method: ctx.input.request.method.toUpperCase(),
    path: rest,
  });
}

/** The mapped API must also allow the endpoint, and be deployed (docs/aws/policies.md#two-policies-on-a-private-domain, docs/aws/gotchas.md item 3). */
export function mappedApiChecks(
  ctx: CheckContext,
  domain: PrivateDomainInfo,
  basePath: string,
  mappedApis: RestApiInfo[] | undefined,
): Prerequisite[] {
  const consumer = isConsumer(domain.ownerAccountId, ctx.input);
  const label = 'Resource policy of the mapped API allows this endpoint';
  const ask = `Ask ${providerRef(domain)} to allow ${ctx.vpce ? `aws:SourceVpce ${ctx.vpce.id}` : 'your endpoint'} in the resource policy of the API mapped at "${isCatchAll(basePath) ? '(none)' : basePath}" and redeploy it.`;
  const mapping = findMapping(domain, basePath);
  const api = mapping ? mappedApis?.find((a) => a.id === mapping.restApiId) : undefined;
  if (!mapping || !api) {
    const why = consumer
      ? "This account cannot read the provider's APIs."
      : mapping
        ? `API ${mapping.restApiId} was not read.`
        : 'The mapped API is not known.';
    return [
      unknown(
        'mapped-api-policy',
        label,
        why,
        "Allow the endpoint in the mapped API's policy and redeploy it.",
        SYMPTOMS.mappedApiPolicyDenies,
        consumer ? ask : undefined,
      ),
    ];
  }
  const { stage, rest } = stageAndPath(mapping, ctx.input.request.path);
  const [policy, ...deployment] = apiPolicyAllows(ctx, api, stage, rest, undefined, 'mapped-api-policy');
  const withLabel: Prerequisite =
    policy.status === 'met' ? { ...policy, label } : { ...policy, label, symptom: SYMPTOMS.mappedApiPolicyDenies };
  return [withLabel, { ...stageDeployed(api, stage), id: 'mapped-api-stage' }, ...deployment];
}

export function domainDnsRecord(ctx: CheckContext, domain: PrivateDomainInfo): Prerequisite {
  const label = `Private DNS record for ${domain.domainName} in the client VPC`;
  const { situation, input } = ctx;
  const vpcId = situation.vpcId ?? ctx.vpce?.vpcId;
  const named = input.dnsRecords.filter(
    (r: DnsRecordInfo) =>
      r.zone.privateZone &&
      recordCovers(r.name, domain.domainName) &&
      ['A', 'AAAA', 'CNAME'].includes(r.type.toUpperCase()),
  );
  const records = named.filter((r) => vpcId !== undefined && r.zone.vpcIds.includes(vpcId));
  const fix = fixRecords(domain, ctx.vpce, vpcId);
  // A record for an endpoint of the client's VPC exists, but the VPC's resolver never sees its zone: the fix is one
  // association, not new records. (A record for another VPC's endpoint would send the client to addresses it may
  // not reach, so that case stays "create a record".)
  const elsewhere =
    records.length === 0 && vpcId !== undefined
      ? named.find((r) => recordTargetEndpoint(r, input.vpcEndpoints)?.vpcId === vpcId)
      : undefined;
  if (elsewhere) {
    const { zone } = elsewhere;
    const attached = zone.vpcIds.length > 0 ? `only with ${zone.vpcIds.join(', ')}` : 'with no VPC of this Region';
    return notMet(
      'dns-zone-vpc',
      `Private hosted zone for ${domain.domainName} associated with the client VPC`,
      `Zone ${zone.id} (${zone.name}) holds the record for ${domain.domainName}, but it is associated ${attached}, not with ${vpcId}: the VPC's resolver does not see it.`,
      `Associate the zone with the client VPC: aws route53 associate-vpc-with-hosted-zone --hosted-zone-id ${zone.id} --vpc VPCRegion=${ctx.input.region},VPCId=${vpcId}`,
      SYMPTOMS.noDomainRecord,
    );
  }
  if (records.length === 0)
    return notMet(
      'dns-record',
      label,
      `No A/AAAA/CNAME record for ${domain.domainName} in a private hosted zone associated with ${vpcId ?? 'the VPC'}.`,
      fix,
      SYMPTOMS.noDomainRecord,
    );
  const target = records.map((r) => recordTargetEndpoint(r, input.vpcEndpoints)).find((e) => e !== undefined);
  if (!target) {
    return unknown(
      'dns-record',
      label,
      `A record for ${domain.domainName} exists but does not point to one of this account's execute-api endpoint names.`,
      fix,
      SYMPTOMS.noDomainRecord,
    );
  }
  if (ctx.vpce && target.id !== ctx.vpce.id) {
    return met(
      'dns-record',
      label,
      `${domain.domainName} resolves to endpoint ${target.id}; the checks below apply to that endpoint.`,
    );
  }
  return met('dns-record', label, `${domain.domainName} is an alias/CNAME to endpoint ${target.id}.`);
}

function fixRecords(domain: PrivateDomainInfo, vpce: VpcEndpointInfo | undefined, vpcId: string | undefined): string {
  const zone = `a private hosted zone for ${domain.domainName} associated with ${vpcId ?? 'the client VPC'}`;
  if (!vpce || !classifyDnsEntries(vpce.dnsEntries).regional) {
    return `Create ${zone} with an alias A record to the endpoint's regional DNS name.`;
  }
  const recs = consumerAliasRecords(domain.domainName, vpce)
    .map((r) => `alias ${r.type} ${r.name} → ${r.aliasTarget.dnsName} (zone ${r.aliasTarget.hostedZoneId})`)
    .join(' and ');
  return `Create ${zone} with ${recs}.`;
}
