import { basePathForRequest, basePathLabel } from '@/lib/domains/base-path';
import { managementPolicy } from '@/lib/policies';
import { DOMAIN_SHARE_PERMISSION_ARN, type ConsumerExport, type ExportModel, type ProviderExport } from './model';
import { basePathWord, pascalName } from './names';
import { sq } from './shell';

/**
 * One stack description shared by the CloudFormation and CDK generators, so both create the same resources.
 * Values are plain JSON; references use CloudFormation's long forms (`{ Ref }`, `{ 'Fn::GetAtt' }`), and a policy
 * document is wrapped in `JsonDocument` so the CDK generator passes it through as is.
 */

export class JsonDocument {
  constructor(readonly value: unknown) {}
}

export interface StackParameter {
  id: string;
  type: 'String' | 'CommaDelimitedList';
  default: string;
  description: string;
}

export type StackItem =
  | {
      kind: 'resource';
      id: string;
      type: string;
      properties: Record<string, unknown>;
      comment: string[];
    }
  /** Something the format cannot express, with the CLI command that does it. */
  | { kind: 'note'; lines: string[] };

export interface StackOutput {
  id: string;
  description: string;
  value: unknown;
}

export interface StackSpec {
  name: string;
  description: string;
  parameters: StackParameter[];
  items: StackItem[];
  outputs: StackOutput[];
}

export const ref = (id: string) => ({ Ref: id });
export const getAtt = (id: string, attribute: string) => ({ 'Fn::GetAtt': [id, attribute] });

function providerStack(m: ProviderExport): StackSpec {
  const d = m.domain;
  const domainId = `${pascalName(d.domainName)}Domain`;
  const domainArn = getAtt(domainId, 'DomainNameArn');
  const parameters: StackParameter[] = [];
  const items: StackItem[] = m.notes.map((n) => ({ kind: 'note', lines: [`Before you deploy: ${n}`] }));

  items.push({
    kind: 'resource',
    id: domainId,
    type: 'AWS::ApiGateway::DomainNameV2',
    comment: [
      `Private custom domain ${d.domainName}.${d.policy === undefined ? ' No Policy: AWS’s deny-all default.' : ' The invoke policy is the one the console writes.'}`,
    ],
    properties: {
      DomainName: d.domainName,
      CertificateArn: d.certificateArn,
      EndpointConfiguration: { Types: ['PRIVATE'] },
      SecurityPolicy: d.securityPolicy,
      ...(d.endpointAccessMode ? { EndpointAccessMode: d.endpointAccessMode } : {}),
      ...(d.policy === undefined ? {} : { Policy: new JsonDocument(d.policy) }),
    },
  });

  for (const map of m.mappings) {
    const basePath = basePathForRequest(map.basePath);
    items.push({
      kind: 'resource',
      id: `${pascalName(basePathWord(map.basePath))}Mapping`,
      type: 'AWS::ApiGateway::BasePathMappingV2',
      comment: [`${basePathLabel(map.basePath)} → ${map.apiName}, stage ${map.stage}`],
      properties: {
        DomainNameArn: domainArn,
        ...(basePath === undefined ? {} : { BasePath: basePath }),
        RestApiId: map.restApiId,
        Stage: map.stage,
      },
    });
  }

  for (const api of m.apiPolicies) {
    const patch = [{ op: 'replace', path: '/policy', value: JSON.stringify(api.policy) }];
    items.push({
      kind: 'note',
      lines: [
        `${api.apiName} (${api.restApiId}) is not part of this stack, so its resource policy cannot be set here. The console writes it with:`,
        `aws apigateway update-rest-api --region ${m.region} --rest-api-id ${api.restApiId} --patch-operations ${sq(JSON.stringify(patch))}`,
        ...api.redeployStages.map(
          (stage) =>
            `aws apigateway create-deployment --region ${m.region} --rest-api-id ${api.restApiId} --stage-name ${stage}`,
        ),
      ],
    });
  }

  const s = m.sharing;
  if (s.kind === 'ram-new') {
    parameters.push({
      id: 'ConsumerAccountIds',
      type: 'CommaDelimitedList',
      default: s.principals.join(','),
      description: 'Accounts, organizations or OUs the domain is shared with through RAM.',
    });
    items.push({
      kind: 'resource',
      id: 'DomainShare',
      type: 'AWS::RAM::ResourceShare',
      comment: ['Accounts outside your organization get an invitation that expires after 12 hours.'],
      properties: {
        Name: s.shareName,
        ResourceArns: [domainArn],
        Principals: ref('ConsumerAccountIds'),
        PermissionArns: [DOMAIN_SHARE_PERMISSION_ARN],
        AllowExternalPrincipals: true,
      },
    });
  } else if (s.kind === 'ram-existing') {
    items.push({
      kind: 'note',
      lines: [
        `CloudFormation cannot add a resource to a share it does not manage (${s.shareArn}). After deploying, run:`,
        `aws ram associate-resource-share --region ${m.region} --resource-share-arn ${s.shareArn} --resource-arns <DomainNameArn output> --principals ${s.principals.join(' ')}`,
      ],
    });
  } else if (s.kind === 'management-policy') {
    const patch = [
      { op: 'replace', path: '/managementPolicy', value: JSON.stringify(managementPolicy('DOMAIN_ARN', s.principals)) },
    ];
    items.push({
      kind: 'note',
      lines: [
        `AWS::ApiGateway::DomainNameV2 has no managementPolicy property: sharing with ${s.principals.join(', ')} without RAM is done after deploying with (DOMAIN_ARN = the DomainNameArn output):`,
        `aws apigateway update-domain-name --region ${m.region} --domain-name ${d.domainName} --domain-name-id <DomainNameId output> --patch-operations ${sq(JSON.stringify(patch))}`,
      ],
    });
  }

  m.ownAssociations.forEach((vpce, i) => {
    const param = m.ownAssociations.length === 1 ? 'VpcEndpointId' : `VpcEndpoint${i + 1}Id`;
    parameters.push({
      id: param,
      type: 'String',
      default: vpce,
      description: "One of this account's execute-api VPC endpoints that may reach the domain.",
    });
    items.push({
      kind: 'resource',
      id: `${param.replace(/Id$/, '')}Association`,
      type: 'AWS::ApiGateway::DomainNameAccessAssociation',
      comment: [],
      properties: {
        DomainNameArn: domainArn,
        AccessAssociationSourceType: 'VPCE',
        AccessAssociationSource: ref(param),
      },
    });
  });
  if (m.otherAssociations.length > 0)
    items.push({
      kind: 'note',
      lines: [
        "Other accounts' associations are theirs to create. CloudFormation cannot reject an association; the provider rejects one with:",
        ...m.otherAssociations.map(
          (a) =>
            `aws apigateway reject-domain-name-access-association --region ${m.region} --domain-name-arn <DomainNameArn output> --domain-name-access-association-arn ${a.arn}`,
        ),
      ],
    });

  return {
    name: `${pascalName(d.domainName)}Stack`,
    description: `Private custom domain ${d.domainName} (exported by the Private Domains Console)`,
    parameters,
    items,
    outputs: [
      {
        id: 'DomainNameId',
        description: 'Pass it as --domain-name-id on every CLI call.',
        value: getAtt(domainId, 'DomainNameId'),
      },
      { id: 'DomainNameArn', description: 'What consumers associate their endpoints with.', value: domainArn },
    ],
  };
}

function consumerStack(m: ConsumerExport): StackSpec {
  const items: StackItem[] = m.notes.map((n) => ({ kind: 'note', lines: [`Before you deploy: ${n}`] }));
  items.push({
    kind: 'resource',
    id: 'AccessAssociation',
    type: 'AWS::ApiGateway::DomainNameAccessAssociation',
    comment: [
      `Lets ${m.endpoint.vpceId} reach ${m.domain.domainName}; the provider's RAM share or managementPolicy must allow this account.`,
    ],
    properties: {
      DomainNameArn: m.domain.domainNameArn,
      AccessAssociationSourceType: 'VPCE',
      AccessAssociationSource: ref('VpcEndpointId'),
    },
  });
  items.push({
    kind: 'note',
    lines: [
      'CloudFormation cannot change the attributes of a VPC it does not manage. A private hosted zone resolves only with DNS support and DNS hostnames on:',
      `aws ec2 modify-vpc-attribute --region ${m.region} --vpc-id ${m.endpoint.vpcId} --enable-dns-support '{"Value":true}'`,
      `aws ec2 modify-vpc-attribute --region ${m.region} --vpc-id ${m.endpoint.vpcId} --enable-dns-hostnames '{"Value":true}'`,
    ],
  });
  let zoneId: unknown;
  if (m.zone.kind === 'new') {
    items.push({
      kind: 'resource',
      id: 'HostedZone',
      type: 'AWS::Route53::HostedZone',
      comment: [`Private hosted zone ${m.zone.name} on the endpoint's VPC.`],
      properties: {
        Name: m.zone.name,
        VPCs: [{ VPCId: ref('VpcId'), VPCRegion: ref('AWS::Region') }],
        HostedZoneConfig: { Comment: `Private custom domain ${m.zone.name}` },
      },
    });
    zoneId = ref('HostedZone');
  } else zoneId = m.zone.id;
  for (const r of m.records)
    items.push({
      kind: 'resource',
      id: `AliasRecord${r.type === 'A' ? 'Ipv4' : 'Ipv6'}`,
      type: 'AWS::Route53::RecordSet',
      comment: [
        `${r.name} ${r.type} → the endpoint's regional DNS name${m.zone.kind === 'existing' ? ` in ${m.zone.name}` : ''}`,
      ],
      properties: {
        HostedZoneId: zoneId,
        Name: r.name,
        Type: r.type,
        AliasTarget: {
          DNSName: r.aliasTarget.dnsName,
          HostedZoneId: r.aliasTarget.hostedZoneId,
          EvaluateTargetHealth: r.aliasTarget.evaluateTargetHealth,
        },
      },
    });
  return {
    name: `${pascalName(m.domain.domainName)}ConsumerStack`,
    description: `Use the private custom domain ${m.domain.domainName} from ${m.endpoint.vpceId} (exported by the Private Domains Console)`,
    parameters: [
      {
        id: 'VpcEndpointId',
        type: 'String',
        default: m.endpoint.vpceId,
        description: 'The execute-api interface endpoint that calls the domain.',
      },
      { id: 'VpcId', type: 'String', default: m.endpoint.vpcId, description: "The endpoint's VPC." },
    ],
    items,
    outputs: [
      {
        id: 'AccessAssociationArn',
        description: 'Delete it to stop using the domain.',
        value: getAtt('AccessAssociation', 'DomainNameAccessAssociationArn'),
      },
    ],
  };
}

export function stackSpec(model: ExportModel): StackSpec {
  return model.kind === 'provider' ? providerStack(model) : consumerStack(model);
}
