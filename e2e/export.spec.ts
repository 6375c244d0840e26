import { readFile } from 'node:fs/promises';
import { test, expect as baseExpect, resetEmulator, switchContext } from './fixtures';
import { CONSUMER, PROVIDER } from '../emulator/seed/demo-ids';
import { ExportDialog } from './pages/export';
import { CreateDomainWizard } from './pages/wizard';

const P = PROVIDER['us-east-1'];
const C = CONSUMER['us-east-1'];
const shared = P.domains.shared;
const domainPage = `/domains/${shared.name}/${shared.id}`;
const expect = baseExpect.configure({ timeout: 45_000 });
const FIRST_LOAD = { timeout: 90_000 };
const WILDCARD = /^\*\.internal\.example\.com/;

test.describe('export as code', () => {
  test.describe.configure({ timeout: 300_000 });
  test.beforeAll(resetEmulator);

  test('the provider exports the shared domain in each format, as a view and as a download', async ({ page }) => {
    const exporter = new ExportDialog(page);
    await page.goto(domainPage);
    await exporter.open(shared.name);

    await expect(exporter.code('AWS CLI')).toContainText('set -euo pipefail', FIRST_LOAD);
    await expect(exporter.code('AWS CLI')).toContainText(`--domain-name-id "$DOMAIN_NAME_ID"`);
    await expect(exporter.code('AWS CLI')).toContainText(`DOMAIN_NAME='${shared.name}'`);

    await exporter.choose('CloudFormation');
    await expect(exporter.code('CloudFormation')).toContainText(
      /AWS::ApiGateway::DomainNameV2[\s\S]*AWS::ApiGateway::BasePathMappingV2/,
    );

    await exporter.choose('CDK (TypeScript)');
    await expect(exporter.code('CDK (TypeScript)')).toContainText('new apigateway.CfnDomainNameV2(');

    await exporter.choose('Terraform');
    await expect(exporter.code('Terraform')).toContainText('resource "aws_api_gateway_domain_name"');
    const download = await exporter.download();
    expect(download.suggestedFilename()).toBe(`${shared.name}.tf`);
    const file = await readFile(await download.path(), 'utf8');
    expect(file).toContain('version = ">= 5.82.0"');
    expect(file).toContain('domain_name_id = aws_api_gateway_domain_name.');
  });

  test('the stable URLs answer scripts with a download, and with a worded error', async ({ page }) => {
    const ok = await page.request.get(`${domainPage}/export?format=cloudformation`);
    expect(ok.status()).toBe(200);
    expect(ok.headers()['content-disposition']).toBe(`attachment; filename="${shared.name}.cfn.yaml"`);
    expect(await ok.text()).toContain("AWSTemplateFormatVersion: '2010-09-09'");

    const bad = await page.request.get(`${domainPage}/export?format=pulumi`);
    expect(bad.status()).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toMatch(/cli, cloudformation, terraform, cdk/);
  });

  test("the wizard's review step exports the plan instead of creating it", async ({ page }) => {
    const name = 'billing.internal.example.com';
    const wizard = new CreateDomainWizard(page);
    const exporter = new ExportDialog(page);
    await wizard.open();
    await wizard.nameAndCertificate(name, WILDCARD);
    await wizard.next();
    await wizard.allowOwnEndpoint(P.vpceId);
    await wizard.next();
    await wizard.mapping(1, 'orders', P.apis.orders.name, 'prod');
    await wizard.next();
    await wizard.shareThroughNewRamShare('222222222222', 'billing-consumers');
    await wizard.next();
    await expect(wizard.plan).toContainText(`Create private domain ${name}`, FIRST_LOAD);

    await exporter.open(`the plan for ${name}`);
    const cli = exporter.code('AWS CLI');
    await expect(cli).toContainText(`DOMAIN_NAME='${name}'`, FIRST_LOAD);
    await expect(cli).toContainText("--base-path 'orders'");
    await expect(cli).toContainText('aws ram create-resource-share --region "$REGION" --name \'billing-consumers\'');
    await exporter.choose('Terraform');
    await expect(exporter.code('Terraform')).toContainText('resource "aws_ram_resource_share" "domain_share"');
  });

  test('the consumer exports its setup for the shared domain', async ({ page }) => {
    const exporter = new ExportDialog(page);
    await page.goto('/');
    await switchContext(page, 'Consumer');
    await page.goto(domainPage);
    await exporter.open(`the setup for ${shared.name}`);

    const cli = exporter.code('AWS CLI');
    await expect(cli).toContainText(`VPCE_ID='${C.appVpceId}'`, FIRST_LOAD);
    await expect(cli).toContainText('create-domain-name-access-association');
    await expect(cli).toContainText('modify-vpc-attribute');
    await expect(cli).toContainText('change-resource-record-sets');

    await exporter.choose('CloudFormation');
    await expect(exporter.code('CloudFormation')).toContainText(
      /AWS::ApiGateway::DomainNameAccessAssociation[\s\S]*cannot change the attributes of a VPC[\s\S]*AWS::Route53::RecordSet/,
    );
    const download = await exporter.download();
    expect(download.suggestedFilename()).toBe(`${shared.name}-consumer.cfn.yaml`);
  });
});
