import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parse as parseHcl } from '@cdktf/hcl2json';
import { cdkApp } from './cdk';
import { stackSpec } from './cfn-stack';
import { cliScript } from './cli';
import { cloudFormationTemplate } from './cloudformation';
import { terraformConfig } from './terraform';
import { cloudFormationProblems } from './checks/cloudformation-spec';
import { synthCdkApps, type SynthResult } from './checks/cdk-synth';
import { terraformProblems } from './checks/terraform-docs';
import { ALL_MODELS, planExport } from './test-fixtures';
import type { ExportModel } from './model';

/** Every model through every format, each checked the way its tool would check it. */

const cases = Object.entries(ALL_MODELS) as [string, ExportModel][];

type Template = { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };

describe('CloudFormation export', () => {
  it.each(cases)('%s passes the resource specification check', (_, model) => {
    const template = parseYaml(cloudFormationTemplate(model)) as unknown;
    expect(cloudFormationProblems(template)).toEqual([]);
  });

  it('carries the exact policy the console writes', () => {
    const template = parseYaml(cloudFormationTemplate(planExport)) as Template;
    expect(template.Resources.OrdersInternalExampleComDomain.Properties.Policy).toEqual(planExport.domain.policy);
    expect(template.Resources.OrdersInternalExampleComDomain.Properties.EndpointConfiguration).toEqual({
      Types: ['PRIVATE'],
    });
  });

  it('says in a comment what CloudFormation cannot do, with the CLI command', () => {
    const text = cloudFormationTemplate(ALL_MODELS.existing);
    expect(text).toMatch(/# .*cannot reject an association/);
    expect(text).toMatch(/#\s+aws apigateway reject-domain-name-access-association /);
    expect(text).toMatch(/#\s+aws apigateway update-domain-name .*\/managementPolicy/);
    expect(cloudFormationTemplate(ALL_MODELS.consumer)).toMatch(
      /#\s+aws ec2 modify-vpc-attribute .*--enable-dns-hostnames/,
    );
  });

  it.each([
    [
      'an unknown property',
      { Resources: { D: { Type: 'AWS::ApiGateway::DomainNameV2', Properties: { Nope: 1 } } } },
      /unknown property Nope/,
    ],
    [
      'a missing required property',
      { Resources: { M: { Type: 'AWS::ApiGateway::BasePathMappingV2', Properties: { RestApiId: 'a' } } } },
      /required property DomainNameArn missing/,
    ],
    [
      'a dangling Ref',
      {
        Resources: {
          M: {
            Type: 'AWS::ApiGateway::BasePathMappingV2',
            Properties: { DomainNameArn: { Ref: 'X' }, RestApiId: 'a' },
          },
        },
      },
      /Ref X names no parameter/,
    ],
    [
      'an unknown attribute',
      {
        Resources: {
          D: { Type: 'AWS::ApiGateway::DomainNameV2', Properties: {} },
          M: {
            Type: 'AWS::ApiGateway::BasePathMappingV2',
            Properties: { DomainNameArn: { 'Fn::GetAtt': ['D', 'Arn'] }, RestApiId: 'a' },
          },
        },
      },
      /has no attribute Arn/,
    ],
    [
      'a wrong type',
      {
        Resources: {
          S: { Type: 'AWS::RAM::ResourceShare', Properties: { Name: 's', AllowExternalPrincipals: 'yes' } },
        },
      },
      /expected a boolean/,
    ],
    [
      'an unknown resource type',
      { Resources: { X: { Type: 'AWS::ApiGateway::DomainNameV3', Properties: {} } } },
      /no resource type/,
    ],
  ])('the check finds %s', (_, template, problem) => {
    expect(cloudFormationProblems(template).join('\n')).toMatch(problem);
  });
});

describe('Terraform export', () => {
  it.each(cases)('%s parses and uses only documented arguments', async (_, model) => {
    expect(await terraformProblems(terraformConfig(model))).toEqual([]);
  });

  it('pins the provider, passes domain_name_id on mappings and writes the exact policy JSON', async () => {
    const json = (await parseHcl('x.tf', terraformConfig(planExport))) as {
      resource: Record<string, Record<string, Record<string, unknown>[]>>;
    };
    const domain = json.resource.aws_api_gateway_domain_name.orders_internal_example_com[0];
    expect(JSON.parse(String(domain.policy))).toEqual(planExport.domain.policy);
    expect(json.resource.aws_api_gateway_base_path_mapping.orders[0].domain_name_id).toBe(
      '${aws_api_gateway_domain_name.orders_internal_example_com.domain_name_id}',
    );
    const apiPolicy = json.resource.aws_api_gateway_rest_api_policy.orders_api[0];
    expect(JSON.parse(String(apiPolicy.policy))).toEqual(planExport.apiPolicies[0].policy);
  });

  it('comments managementPolicy sharing with the CLI command', () => {
    expect(terraformConfig(ALL_MODELS.existing)).toMatch(
      /#\s+aws apigateway update-domain-name .*--domain-name-id .*\/managementPolicy/,
    );
  });

  it.each([
    [
      'an undocumented argument',
      'resource "aws_api_gateway_domain_name" "d" {\n  domain_name = "a"\n  management_policy = "{}"\n}',
      /management_policy is not a documented argument/,
    ],
    [
      'a missing required argument',
      'resource "aws_api_gateway_base_path_mapping" "m" {\n  api_id = "a"\n}',
      /required argument domain_name missing/,
    ],
    [
      'a dangling reference',
      'resource "aws_api_gateway_base_path_mapping" "m" {\n  api_id = "a"\n  domain_name = aws_api_gateway_domain_name.x.domain_name\n}',
      /aws_api_gateway_domain_name\.x is not defined/,
    ],
  ])('the check finds %s', async (_, body, problem) => {
    const hcl = `terraform {\n  required_providers {\n    aws = {\n      source = "hashicorp/aws"\n      version = ">= 5.81.0"\n    }\n  }\n}\n${body}\n`;
    const problems = (await terraformProblems(hcl)).join('\n');
    expect(problems).toMatch(problem);
    expect(problems).toMatch(/not pinned to >= 5\.82\.0/);
  });
});

describe('CDK export', () => {
  let synth: SynthResult;
  beforeAll(() => {
    synth = synthCdkApps(cases.map(([, model]) => ({ source: cdkApp(model), stackClass: stackSpec(model).name })));
  }, 180_000);

  it('compiles against aws-cdk-lib', () => {
    expect(synth.ok ? [] : synth.diagnostics).toEqual([]);
  });

  it.each(cases.map(([name, model], i) => [name, model, i] as const))(
    '%s synthesizes the CloudFormation export’s resources, and they pass the specification check',
    (_, model, i) => {
      if (!synth.ok) throw new Error(synth.diagnostics.join('\n'));
      const template = synth.templates[i] as Template;
      expect(cloudFormationProblems(template)).toEqual([]);
      const cfn = parseYaml(cloudFormationTemplate(model)) as Template;
      const withoutMetadata = Object.fromEntries(
        Object.entries(template.Resources)
          .filter(([, r]) => r.Type !== 'AWS::CDK::Metadata')
          .map(([id, r]) => [id, { Type: r.Type, Properties: r.Properties }]),
      );
      expect(withoutMetadata).toEqual(cfn.Resources);
    },
  );
});

describe('CLI export', () => {
  it.each(cases)('%s is valid bash that names the domain id on every domain call', (_, model) => {
    const script = cliScript(model);
    execFileSync('bash', ['-n'], { input: script });
    expect(script).toMatch(/^#!\/usr\/bin\/env bash\n/);
    expect(script).toContain('set -euo pipefail');
    const calls = [...script.matchAll(/aws apigateway ([a-z-]+)((?:[^\n]*\\\n)*[^\n]*)/g)].filter(
      ([, command, args]) => command !== 'create-domain-name' && args.includes('--domain-name "'),
    );
    if (model.kind === 'provider') expect(calls.length).toBeGreaterThan(0);
    for (const [call] of calls) expect(call).toContain('--domain-name-id');
  });
});
