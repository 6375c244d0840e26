import { basePathForRequest, basePathLabel } from '@/lib/domains/base-path';
import { managementPolicy } from '@/lib/policies';
import { DOMAIN_SHARE_PERMISSION_ARN, type ConsumerExport, type ExportModel, type ProviderExport } from './model';
import { basePathWord, snakeName } from './names';
import { commentLines, sq } from './shell';

/**
 * Terraform (HCL) for the hashicorp/aws provider. 5.82.0 is the first release that accepts PRIVATE domains, has
 * `domain_name_id` on base path mappings and the access association resource; `endpoint_access_mode` came later
 * (see docs/aws/export.md).
 */

export const AWS_PROVIDER_CONSTRAINT = '>= 5.82.0';

/** HCL string literal; `${` and `%{` would start a template. */
function str(text: string): string {
  return JSON.stringify(text).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
}

/** A policy as the exact JSON the console writes, in a heredoc (no template sequences). */
function policyHeredoc(policy: unknown, indent: string): string {
  const json = JSON.stringify(policy, null, 2).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
  return `<<-POLICY\n${json
    .split('\n')
    .map((l) => `${indent}  ${l}`)
    .join('\n')}\n${indent}POLICY`;
}

type Value = string | { raw: string };
const raw = (expr: string): Value => ({ raw: expr });

function attr(name: string, value: Value | string[]): string {
  if (Array.isArray(value)) return `${name} = [${value.map(str).join(', ')}]`;
  return `${name} = ${typeof value === 'string' ? str(value) : value.raw}`;
}

const ARGUMENT = /^([a-z_]+) += /;

/** As `terraform fmt` writes them: the `=` of consecutive arguments lined up. */
function aligned(body: string[]): string[] {
  const out = [...body];
  for (let start = 0; start < out.length;) {
    let end = start;
    while (end < out.length && ARGUMENT.test(out[end])) end += 1;
    const width = Math.max(0, ...out.slice(start, end).map((l) => ARGUMENT.exec(l)?.[1].length ?? 0));
    for (let i = start; i < end; i += 1) out[i] = out[i].replace(ARGUMENT, (_, n: string) => `${n.padEnd(width)} = `);
    start = end === start ? start + 1 : end;
  }
  return out;
}

function resource(type: string, name: string, body: string[], comment: string[] = []): string[] {
  return [
    '',
    ...comment.flatMap((c) => commentLines(c)),
    `resource "${type}" "${name}" {`,
    ...aligned(body).map((l) => (l === '' ? '' : `  ${l}`)),
    '}',
  ];
}

function note(lines: string[]): string[] {
  return ['', ...lines.flatMap((l, i) => (i === 0 ? commentLines(l) : [`#   ${l}`]))];
}

function header(model: ExportModel, title: string): string[] {
  return [
    ...commentLines(`${title} (exported by the Private Domains Console). Account ${model.accountId}.`),
    'terraform {',
    '  required_providers {',
    '    aws = {',
    '      source  = "hashicorp/aws"',
    `      version = "${AWS_PROVIDER_CONSTRAINT}"`,
    '    }',
    '  }',
    '}',
    '',
    'provider "aws" {',
    `  region = ${str(model.region)}`,
    '}',
    ...model.notes.flatMap((n) => note([`Before you apply: ${n}`])),
  ];
}

function variable(name: string, type: string, value: string | string[], description: string): string[] {
  return [
    '',
    `variable "${name}" {`,
    `  description = ${str(description)}`,
    `  type        = ${type}`,
    `  default     = ${Array.isArray(value) ? `[${value.map(str).join(', ')}]` : str(value)}`,
    '}',
  ];
}

function providerConfig(m: ProviderExport): string {
  const d = m.domain;
  const domain = snakeName(d.domainName);
  const domainRef = `aws_api_gateway_domain_name.${domain}`;
  const out = header(m, `Private custom domain ${d.domainName}`);
  const s = m.sharing;
  if (s.kind === 'ram-new' || s.kind === 'ram-existing')
    out.push(
      ...variable(
        'consumer_principals',
        'list(string)',
        s.principals,
        'Accounts, organizations or OUs the domain is shared with through RAM.',
      ),
    );
  m.ownAssociations.forEach((vpce, i) =>
    out.push(
      ...variable(
        m.ownAssociations.length === 1 ? 'vpc_endpoint_id' : `vpc_endpoint_${i + 1}_id`,
        'string',
        vpce,
        "One of this account's execute-api VPC endpoints that may reach the domain.",
      ),
    ),
  );

  out.push(
    ...resource(
      'aws_api_gateway_domain_name',
      domain,
      [
        attr('domain_name', d.domainName),
        attr('certificate_arn', d.certificateArn),
        attr('security_policy', d.securityPolicy),
        ...(d.endpointAccessMode ? [attr('endpoint_access_mode', d.endpointAccessMode)] : []),
        '',
        'endpoint_configuration {',
        '  types = ["PRIVATE"]',
        '}',
        ...(d.policy === undefined ? [] : ['', `policy = ${policyHeredoc(d.policy, '  ')}`]),
      ],
      [
        `Private custom domain ${d.domainName}.${d.policy === undefined ? ' No policy: AWS’s deny-all default.' : ' The invoke policy is the exact JSON the console writes.'}${d.endpointAccessMode ? ' endpoint_access_mode needs a provider release newer than 5.82 (added in 2025).' : ''}`,
      ],
    ),
  );

  for (const map of m.mappings) {
    const basePath = basePathForRequest(map.basePath);
    out.push(
      ...resource(
        'aws_api_gateway_base_path_mapping',
        snakeName(basePathWord(map.basePath)),
        [
          attr('domain_name', raw(`${domainRef}.domain_name`)),
          attr('domain_name_id', raw(`${domainRef}.domain_name_id`)),
          ...(basePath === undefined ? [] : [attr('base_path', basePath)]),
          attr('api_id', map.restApiId),
          attr('stage_name', map.stage),
        ],
        [
          `${basePathLabel(map.basePath)} → ${map.apiName}, stage ${map.stage}. domain_name_id is required for a private domain.`,
        ],
      ),
    );
  }

  for (const api of m.apiPolicies) {
    out.push(
      ...resource(
        'aws_api_gateway_rest_api_policy',
        snakeName(api.apiName),
        [attr('rest_api_id', api.restApiId), `policy = ${policyHeredoc(api.policy, '  ')}`],
        [`${api.apiName}: allow the endpoints the domain allows.`],
      ),
    );
    if (api.redeployStages.length > 0)
      out.push(
        ...note([
          `A policy change takes effect only with a deployment, and this configuration does not manage ${api.apiName}'s stages. After apply, run:`,
          ...api.redeployStages.map(
            (stage) =>
              `aws apigateway create-deployment --region ${m.region} --rest-api-id ${api.restApiId} --stage-name ${stage}`,
          ),
        ]),
      );
  }

  if (s.kind === 'ram-new' || s.kind === 'ram-existing') {
    let shareArn: Value;
    if (s.kind === 'ram-new') {
      out.push(
        ...resource(
          'aws_ram_resource_share',
          'domain_share',
          [
            attr('name', s.shareName),
            'allow_external_principals = true',
            attr('permission_arns', [DOMAIN_SHARE_PERMISSION_ARN]),
          ],
          ['Accounts outside your organization get an invitation that expires after 12 hours.'],
        ),
      );
      shareArn = raw('aws_ram_resource_share.domain_share.arn');
    } else shareArn = s.shareArn;
    out.push(
      ...resource('aws_ram_resource_association', 'domain', [
        attr('resource_arn', raw(`${domainRef}.arn`)),
        attr('resource_share_arn', shareArn),
      ]),
      ...resource('aws_ram_principal_association', 'consumers', [
        'for_each = toset(var.consumer_principals)',
        'principal = each.value',
        attr('resource_share_arn', shareArn),
      ]),
    );
  } else if (s.kind === 'management-policy') {
    const patch = [
      { op: 'replace', path: '/managementPolicy', value: JSON.stringify(managementPolicy('DOMAIN_ARN', s.principals)) },
    ];
    out.push(
      ...note([
        `The AWS provider has no argument or resource for a domain's managementPolicy (sharing with ${s.principals.join(', ')} without RAM). After apply, run (DOMAIN_ARN = ${domainRef}.arn):`,
        `aws apigateway update-domain-name --region ${m.region} --domain-name ${d.domainName} --domain-name-id <${domainRef}.domain_name_id> --patch-operations ${sq(JSON.stringify(patch))}`,
      ]),
    );
  }

  m.ownAssociations.forEach((_, i) => {
    const variableName = m.ownAssociations.length === 1 ? 'vpc_endpoint_id' : `vpc_endpoint_${i + 1}_id`;
    out.push(
      ...resource('aws_api_gateway_domain_name_access_association', variableName.replace(/_id$/, ''), [
        attr('domain_name_arn', raw(`${domainRef}.arn`)),
        attr('access_association_source_type', 'VPCE'),
        attr('access_association_source', raw(`var.${variableName}`)),
      ]),
    );
  });
  if (m.otherAssociations.length > 0)
    out.push(
      ...note([
        "Other accounts' associations are theirs to create; Terraform has no way to reject one. The provider rejects one with:",
        ...m.otherAssociations.map(
          (a) =>
            `aws apigateway reject-domain-name-access-association --region ${m.region} --domain-name-arn <${domainRef}.arn> --domain-name-access-association-arn ${a.arn}`,
        ),
      ]),
    );

  out.push(
    '',
    'output "domain_name_id" {',
    `  value = ${domainRef}.domain_name_id`,
    '}',
    '',
    'output "domain_name_arn" {',
    `  value = ${domainRef}.arn`,
    '}',
  );
  return `${out.join('\n')}\n`;
}

function consumerConfig(m: ConsumerExport): string {
  const out = header(m, `Use the private custom domain ${m.domain.domainName} from ${m.endpoint.vpceId}`);
  out.push(
    ...variable(
      'vpc_endpoint_id',
      'string',
      m.endpoint.vpceId,
      'The execute-api interface endpoint that calls the domain.',
    ),
    ...variable('vpc_id', 'string', m.endpoint.vpcId, "The endpoint's VPC."),
    ...resource(
      'aws_api_gateway_domain_name_access_association',
      snakeName(m.domain.domainName),
      [
        attr('domain_name_arn', m.domain.domainNameArn),
        attr('access_association_source_type', 'VPCE'),
        attr('access_association_source', raw('var.vpc_endpoint_id')),
      ],
      ["The provider's RAM share or managementPolicy must allow this account."],
    ),
    ...note([
      'Terraform can change the DNS attributes only of a VPC it manages (aws_vpc). A private hosted zone resolves only with both on; for a VPC managed elsewhere run:',
      `aws ec2 modify-vpc-attribute --region ${m.region} --vpc-id ${m.endpoint.vpcId} --enable-dns-support '{"Value":true}'`,
      `aws ec2 modify-vpc-attribute --region ${m.region} --vpc-id ${m.endpoint.vpcId} --enable-dns-hostnames '{"Value":true}'`,
    ]),
  );
  let zoneId: Value;
  if (m.zone.kind === 'new') {
    out.push(
      ...resource(
        'aws_route53_zone',
        snakeName(m.zone.name),
        [
          attr('name', m.zone.name),
          attr('comment', `Private custom domain ${m.zone.name}`),
          '',
          'vpc {',
          '  vpc_id     = var.vpc_id',
          `  vpc_region = ${str(m.region)}`,
          '}',
        ],
        [`Private hosted zone ${m.zone.name} on the endpoint's VPC.`],
      ),
    );
    zoneId = raw(`aws_route53_zone.${snakeName(m.zone.name)}.zone_id`);
  } else zoneId = m.zone.id;
  for (const r of m.records)
    out.push(
      ...resource(
        'aws_route53_record',
        r.type === 'A' ? 'alias_ipv4' : 'alias_ipv6',
        [
          attr('zone_id', zoneId),
          attr('name', r.name),
          attr('type', r.type),
          '',
          'alias {',
          `  name                   = ${str(r.aliasTarget.dnsName)}`,
          `  zone_id                = ${str(r.aliasTarget.hostedZoneId)}`,
          `  evaluate_target_health = ${String(r.aliasTarget.evaluateTargetHealth)}`,
          '}',
        ],
        [
          `${r.name} ${r.type} → the endpoint's regional DNS name${m.zone.kind === 'existing' ? ` (zone ${m.zone.name})` : ''}`,
        ],
      ),
    );
  return `${out.join('\n')}\n`;
}

export function terraformConfig(model: ExportModel): string {
  return model.kind === 'provider' ? providerConfig(model) : consumerConfig(model);
}
