import { basePathForRequest, basePathLabel } from '@/lib/domains/base-path';
import { managementPolicy } from '@/lib/policies';
import {
  DOMAIN_SHARE_PERMISSION_ARN,
  type ConsumerExport,
  type ExportModel,
  type ProviderExport,
  type SharingSpec,
} from './model';
import { commentLines, dqWithVars, sq } from './shell';

/**
 * AWS CLI script (bash). Every call names the Region and, for a private domain, the `--domain-name-id` (without
 * it API Gateway answers for a public domain of the same name, or 404). Ids flow from one command to the next
 * through `--query … --output text`; each step first looks for what it would create, so a second run changes
 * nothing where AWS allows it.
 */

const DOMAIN_ARN_PLACEHOLDER = '@@DOMAIN_NAME_ARN@@';

/** One command over several lines; `indent` is where the command itself starts. */
const continued = (lines: string[], indent = ''): string =>
  lines.map((l, i) => (i === 0 ? l : `${indent}  ${l}`)).join(' \\\n');

function header(title: string, model: ExportModel, origin: string): string[] {
  return [
    '#!/usr/bin/env bash',
    ...commentLines(title),
    ...commentLines(`Exported by the Private Domains Console ${origin}.`),
    ...commentLines(
      `Account ${model.accountId}, Region ${model.region}. Run with the AWS CLI v2 and credentials for that account; AWS_ENDPOINT_URL is honoured.`,
    ),
    'set -euo pipefail',
    '',
    `REGION=${sq(model.region)}`,
  ];
}

function notes(model: ExportModel): string[] {
  if (model.notes.length === 0) return [];
  return ['', '# Before you run this:', ...model.notes.flatMap((n) => commentLines(`- ${n}`))];
}

/** `[ -z "$X" ] || [ "$X" = None ]`: what `--output text` prints for "nothing found". */
const missing = (variable: string) => `[ -z "$${variable}" ] || [ "$${variable}" = None ]`;

function domainSteps(m: ProviderExport): string[] {
  const d = m.domain;
  const create = [
    'aws apigateway create-domain-name --region "$REGION"',
    '--domain-name "$DOMAIN_NAME"',
    `--certificate-arn ${sq(d.certificateArn)}`,
    '--endpoint-configuration types=PRIVATE',
    `--security-policy ${sq(d.securityPolicy)}`,
    ...(d.endpointAccessMode ? [`--endpoint-access-mode ${sq(d.endpointAccessMode)}`] : []),
    ...(d.policy === undefined ? [] : [`--policy ${sq(JSON.stringify(d.policy))}`]),
    '--query domainNameId --output text',
  ];
  return [
    '',
    `DOMAIN_NAME=${sq(d.domainName)}`,
    '',
    ...commentLines(
      `1. The private domain. Private domain names are not unique, so a second run reuses this account's first private domain of this name instead of creating another.${d.policy === undefined ? ' No --policy: the domain keeps AWS’s deny-all default.' : ''}`,
    ),
    `DOMAIN_NAME_ID=$(${continued([
      'aws apigateway get-domain-names --region "$REGION" --resource-owner SELF',
      `--query "items[?domainName=='${d.domainName}' && contains(endpointConfiguration.types, 'PRIVATE')] | [0].domainNameId"`,
      '--output text',
    ])})`,
    `if ${missing('DOMAIN_NAME_ID')}; then`,
    `  DOMAIN_NAME_ID=$(${continued(create, '  ')})`,
    'fi',
    `DOMAIN_NAME_ARN=$(${continued([
      'aws apigateway get-domain-name --region "$REGION"',
      '--domain-name "$DOMAIN_NAME" --domain-name-id "$DOMAIN_NAME_ID"',
      '--query domainNameArn --output text',
    ])})`,
    'echo "Domain $DOMAIN_NAME ($DOMAIN_NAME_ID): $DOMAIN_NAME_ARN"',
  ];
}

function mappingSteps(m: ProviderExport): string[] {
  if (m.mappings.length === 0) return [];
  const out = ['', '# 2. Base path mappings (kept when the base path is already mapped).'];
  for (const map of m.mappings) {
    const basePath = basePathForRequest(map.basePath);
    out.push(
      `# ${basePathLabel(map.basePath)} → ${map.apiName} (${map.restApiId}), stage ${map.stage}`,
      `if ! ${continued([
        'aws apigateway get-base-path-mapping --region "$REGION"',
        '--domain-name "$DOMAIN_NAME" --domain-name-id "$DOMAIN_NAME_ID"',
        `--base-path ${sq(map.basePath)} >/dev/null 2>&1`,
      ])}; then`,
      `  ${continued(
        [
          'aws apigateway create-base-path-mapping --region "$REGION"',
          '--domain-name "$DOMAIN_NAME" --domain-name-id "$DOMAIN_NAME_ID"',
          ...(basePath === undefined ? [] : [`--base-path ${sq(basePath)}`]),
          `--rest-api-id ${sq(map.restApiId)} --stage ${sq(map.stage)} >/dev/null`,
        ],
        '  ',
      )}`,
      'fi',
    );
  }
  return out;
}

function apiPolicySteps(m: ProviderExport): string[] {
  if (m.apiPolicies.length === 0) return [];
  const out = [
    '',
    ...commentLines(
      '3. API resource policies: let the endpoints the domain allows reach the mapped APIs too, then redeploy, because a policy change takes effect only with a deployment.',
    ),
  ];
  for (const api of m.apiPolicies) {
    const patch = [{ op: 'replace', path: '/policy', value: JSON.stringify(api.policy) }];
    out.push(
      `# ${api.apiName} (${api.restApiId})`,
      continued([
        `aws apigateway update-rest-api --region "$REGION" --rest-api-id ${sq(api.restApiId)}`,
        `--patch-operations ${sq(JSON.stringify(patch))} >/dev/null`,
      ]),
    );
    for (const stage of api.redeployStages)
      out.push(
        continued([
          `aws apigateway create-deployment --region "$REGION" --rest-api-id ${sq(api.restApiId)}`,
          `--stage-name ${sq(stage)} --description ${sq(`Policy for ${m.domain.domainName}`)} >/dev/null`,
        ]),
      );
  }
  return out;
}

function principalsArg(principals: string[]): string {
  return `--principals ${principals.map(sq).join(' ')}`;
}

function sharingSteps(sharing: SharingSpec): string[] {
  switch (sharing.kind) {
    case 'none':
      return [];
    case 'ram-new':
      return [
        '',
        ...commentLines(
          `4. Share through RAM with ${sharing.principals.join(', ')}. Accounts outside your organization get an invitation that expires after 12 hours. A second run adds the domain to the share of this name.`,
        ),
        `SHARE_ARN=$(${continued([
          `aws ram get-resource-shares --region "$REGION" --resource-owner SELF --name ${sq(sharing.shareName)}`,
          `--query "resourceShares[?status=='ACTIVE'] | [0].resourceShareArn" --output text`,
        ])})`,
        `if ${missing('SHARE_ARN')}; then`,
        `  SHARE_ARN=$(${continued(
          [
            `aws ram create-resource-share --region "$REGION" --name ${sq(sharing.shareName)}`,
            '--resource-arns "$DOMAIN_NAME_ARN"',
            principalsArg(sharing.principals),
            `--permission-arns ${sq(DOMAIN_SHARE_PERMISSION_ARN)}`,
            '--allow-external-principals',
            '--query resourceShare.resourceShareArn --output text',
          ],
          '  ',
        )})`,
        'else',
        `  ${continued(
          [
            'aws ram associate-resource-share --region "$REGION" --resource-share-arn "$SHARE_ARN"',
            '--resource-arns "$DOMAIN_NAME_ARN"',
            `${principalsArg(sharing.principals)} >/dev/null`,
          ],
          '  ',
        )}`,
        'fi',
        'echo "Resource share: $SHARE_ARN"',
      ];
    case 'ram-existing':
      return [
        '',
        ...commentLines(`4. Add the domain and ${sharing.principals.join(', ')} to the existing resource share.`),
        continued([
          `aws ram associate-resource-share --region "$REGION" --resource-share-arn ${sq(sharing.shareArn)}`,
          '--resource-arns "$DOMAIN_NAME_ARN"',
          `${principalsArg(sharing.principals)} >/dev/null`,
        ]),
      ];
    case 'management-policy': {
      const patch = [
        {
          op: 'replace',
          path: '/managementPolicy',
          value: JSON.stringify(managementPolicy(DOMAIN_ARN_PLACEHOLDER, sharing.principals)),
        },
      ];
      return [
        '',
        ...commentLines(
          `4. Let ${sharing.principals.join(', ')} associate their endpoints (managementPolicy; no RAM invitation: send them the domain ARN).`,
        ),
        continued([
          'aws apigateway update-domain-name --region "$REGION"',
          '--domain-name "$DOMAIN_NAME" --domain-name-id "$DOMAIN_NAME_ID"',
          `--patch-operations ${dqWithVars(JSON.stringify(patch), { [DOMAIN_ARN_PLACEHOLDER]: 'DOMAIN_NAME_ARN' })} >/dev/null`,
        ]),
      ];
    }
  }
}

function associationLookup(variable: string, vpce: string, domainArnRef: string): string {
  return `${variable}=$(${continued([
    'aws apigateway get-domain-name-access-associations --region "$REGION" --resource-owner SELF',
    `--query "items[?domainNameArn=='${domainArnRef}' && accessAssociationSource=='${vpce}'] | [0].domainNameAccessAssociationArn"`,
    '--output text',
  ])})`;
}

function createAssociation(vpceRef: string): string {
  return continued(
    [
      'aws apigateway create-domain-name-access-association --region "$REGION"',
      '--domain-name-arn "$DOMAIN_NAME_ARN"',
      `--access-association-source-type VPCE --access-association-source ${vpceRef} >/dev/null`,
    ],
    '  ',
  );
}

function associationSteps(m: ProviderExport): string[] {
  const out: string[] = [];
  if (m.ownAssociations.length > 0) {
    out.push('', "# 5. This account's own VPC endpoints that may reach the domain.");
    for (const vpce of m.ownAssociations)
      out.push(
        associationLookup('ASSOCIATION_ARN', vpce, '$DOMAIN_NAME_ARN'),
        `if ${missing('ASSOCIATION_ARN')}; then`,
        `  ${createAssociation(sq(vpce))}`,
        'fi',
      );
  }
  if (m.otherAssociations.length > 0) {
    out.push(
      '',
      ...commentLines(
        "Other accounts' associations with this domain are theirs to create; as the provider you can only reject one:",
      ),
    );
    for (const a of m.otherAssociations)
      out.push(
        `# ${a.vpceId}${a.accountId ? ` (account ${a.accountId})` : ''}:`,
        `#   aws apigateway reject-domain-name-access-association --region "$REGION" --domain-name-arn "$DOMAIN_NAME_ARN" --domain-name-access-association-arn ${sq(a.arn)}`,
      );
  }
  return out;
}

function providerScript(m: ProviderExport): string {
  const origin = m.origin === 'plan' ? "from the create wizard's plan" : 'from the domain as it is now';
  return [
    ...header(`Private custom domain ${m.domain.domainName}`, m, origin),
    ...notes(m),
    ...domainSteps(m),
    ...mappingSteps(m),
    ...apiPolicySteps(m),
    ...sharingSteps(m.sharing),
    ...associationSteps(m),
    '',
  ].join('\n');
}

function consumerScript(m: ConsumerExport): string {
  const zoneSteps =
    m.zone.kind === 'existing'
      ? [`ZONE_ID=${sq(m.zone.id)}`]
      : [
          `ZONE_ID=$(${continued([
            'aws route53 list-hosted-zones-by-vpc --region "$REGION" --vpc-id "$VPC_ID" --vpc-region "$REGION"',
            `--query "HostedZoneSummaries[?Name=='${m.zone.name}.'] | [0].HostedZoneId" --output text`,
          ])})`,
          `if ${missing('ZONE_ID')}; then`,
          `  ZONE_ID=$(${continued(
            [
              `aws route53 create-hosted-zone --name ${sq(m.zone.name)}`,
              '--vpc "VPCRegion=$REGION,VPCId=$VPC_ID"',
              '--caller-reference "private-domains-console-$(date +%s)"',
              `--hosted-zone-config ${sq(`PrivateZone=true,Comment=Private custom domain ${m.zone.name}`)}`,
              '--query HostedZone.Id --output text',
            ],
            '  ',
          )})`,
          'fi',
          'ZONE_ID=${ZONE_ID#/hostedzone/}',
        ];
  const changes = {
    Comment: `Alias ${m.domain.domainName} to ${m.endpoint.vpceId} (private custom domain)`,
    Changes: m.records.map((r) => ({
      Action: 'UPSERT',
      ResourceRecordSet: {
        Name: r.name,
        Type: r.type,
        AliasTarget: {
          DNSName: r.aliasTarget.dnsName,
          HostedZoneId: r.aliasTarget.hostedZoneId,
          EvaluateTargetHealth: r.aliasTarget.evaluateTargetHealth,
        },
      },
    })),
  };
  return [
    ...header(
      `Use the private custom domain ${m.domain.domainName} (shared by ${m.domain.ownerAccountId ?? 'its owner'}) from ${m.endpoint.vpceId}`,
      m,
      'from the "Use this domain" panel',
    ),
    ...notes(m),
    '',
    `DOMAIN_NAME_ARN=${sq(m.domain.domainNameArn)}`,
    `VPCE_ID=${sq(m.endpoint.vpceId)}`,
    `VPC_ID=${sq(m.endpoint.vpcId)}`,
    '',
    ...commentLines(
      "1. Associate the VPC endpoint with the domain (the provider's RAM share or managementPolicy must allow this account).",
    ),
    associationLookup('ASSOCIATION_ARN', '$VPCE_ID', '$DOMAIN_NAME_ARN'),
    `if ${missing('ASSOCIATION_ARN')}; then`,
    `  ${createAssociation('"$VPCE_ID"')}`,
    'fi',
    '',
    '# 2. A private hosted zone resolves only in a VPC with DNS support and DNS hostnames on (support first).',
    'aws ec2 modify-vpc-attribute --region "$REGION" --vpc-id "$VPC_ID" --enable-dns-support \'{"Value":true}\'',
    'aws ec2 modify-vpc-attribute --region "$REGION" --vpc-id "$VPC_ID" --enable-dns-hostnames \'{"Value":true}\'',
    '',
    ...commentLines(
      m.zone.kind === 'existing'
        ? `3. The private hosted zone ${m.zone.name} already associated with the VPC.`
        : `3. A private hosted zone ${m.zone.name} on the endpoint's VPC (reused when one of that name is already there).`,
    ),
    ...zoneSteps,
    '',
    '# 4. Alias records to the endpoint’s regional DNS name (UPSERT: a second run changes nothing).',
    continued([
      'aws route53 change-resource-record-sets --hosted-zone-id "$ZONE_ID"',
      `--change-batch ${sq(JSON.stringify(changes))} >/dev/null`,
    ]),
    `echo "https://${m.domain.domainName}/ now resolves to $VPCE_ID inside $VPC_ID"`,
    '',
  ].join('\n');
}

export function cliScript(model: ExportModel): string {
  return model.kind === 'provider' ? providerScript(model) : consumerScript(model);
}
