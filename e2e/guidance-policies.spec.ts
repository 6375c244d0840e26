import { test, expect, resetEmulator } from './fixtures';
import { setApiPolicy, setDomainPolicy, setEndpointPolicy } from './guidance-aws';
import { InvokePage } from './pages/invoke';
import { DiagnosePage } from './pages/diagnose';
import { PolicyEditorPanel } from './pages/policy-editor';
import { CreateDomainWizard } from './pages/wizard';
import { CONSUMER, PROVIDER } from '../emulator/seed/demo-ids';
import { CONSUMER_CALL, diagnoseSearch } from '../emulator/testing/diagnose-scenarios';

const P = PROVIDER['us-east-1'];
const C = CONSUMER['us-east-1'];
const account = PROVIDER.account;
const orders = { api: P.apis.orders.id, stage: 'prod' };
const shared = P.domains.shared;
const arn = (rest: string) => `arn:aws:execute-api:us-east-1:${account}:${rest}`;
const allow = (Resource: string, Condition?: unknown) => ({
  Effect: 'Allow',
  Principal: '*',
  Action: 'execute-api:Invoke',
  Resource,
  ...(Condition ? { Condition } : {}),
});
const policy = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });

const DOCS = {
  noSource: /apigateway-resource-policies-examples\.html#apigateway-resource-policies-source-vpc-example$/,
  sourceIp: /reference_policies_condition-keys\.html#condition-keys-vpcsourceip$/,
  resource: /apigateway-resource-policies-aws-condition-keys\.html$/,
  unknownEndpoint: /apigateway-private-api-create\.html#apigateway-private-api-set-up-resource-policy$/,
};

test.describe('guidance: policies', () => {
  test.beforeEach(resetEmulator);

  test('an endpoint policy that does not allow execute-api:Invoke on the API blocks every form, with its fix', async ({
    page,
  }) => {
    // Another team narrowed the provider's endpoint to the payments API only.
    await setEndpointPolicy(account, P.vpceId, policy(allow(arn(`${P.apis.payments.id}/*`))));
    const invoke = new InvokePage(page);
    await invoke.open('Provider', orders, { vpce: P.vpceId, path: '/orders' });
    const { answer } = invoke;
    for (const id of ['A1', 'A2', 'A3', 'A4']) await expect(answer.row(id)).toContainText('Blocked');
    await expect(invoke.page.getByText('No form is ready for this client yet')).toBeVisible();
    await answer.open('A1');
    const endpointPolicy = answer.prerequisites('A1').getByRole('row', { name: /Endpoint policy of/ });
    await expect(endpointPolicy).toContainText(`Endpoint policy of ${P.vpceId} allows execute-api:Invoke`);
    await expect(endpointPolicy).toContainText('Not met');
    await expect(endpointPolicy).toContainText(
      `ModifyVpcEndpoint on ${P.vpceId} (endpoint owner ${account}): allow execute-api:Invoke on ${arn(`${P.apis.orders.id}/prod/GET/orders`)}`,
    );
    await expect(answer.snippetWarning('A1')).toContainText(`Endpoint policy of ${P.vpceId} allows execute-api:Invoke`);
  });

  test('the API resource policy editor names a missing source condition, aws:SourceIp and a foreign Resource, each with its AWS page', async ({
    page,
  }) => {
    await setApiPolicy(
      account,
      P.apis.orders.id,
      policy(
        allow('execute-api:/*', { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }),
        allow(arn(`${P.apis.payments.id}/*`)),
      ),
    );
    const editor = new PolicyEditorPanel(page);
    await page.goto(`/apis/${P.apis.orders.id}?tab=policy`);
    await expect(editor.finding(/statement #1: Allows execute-api:Invoke with no aws:SourceVpce/)).toBeVisible({
      timeout: 60_000,
    });
    await expect(editor.docLink(/statement #1: Allows execute-api:Invoke/)).toHaveAttribute('href', DOCS.noSource);
    await expect(editor.docLink(/statement #1: aws:SourceIp never matches/)).toHaveAttribute('href', DOCS.sourceIp);
    await expect(editor.docLink(/statement #2: Resource .* does not name API/)).toHaveAttribute('href', DOCS.resource);

    // While editing, the lint follows the JSON being typed: a policy limited to the endpoint is clean.
    await editor.editJson(
      'Edit resource policy',
      policy(allow('execute-api:/*', { StringEquals: { 'aws:SourceVpce': P.vpceId } })),
    );
    await expect(editor.lint).toHaveCount(0);
  });

  test('the domain invoke policy editor and the diagnosis name an endpoint no visible account owns, the editor a Resource that is not the domain, each with its AWS page', async ({
    page,
  }) => {
    const unknownEndpoint = 'vpce-0bad0bad0bad0bad0';
    await setDomainPolicy(
      account,
      shared,
      policy(
        allow(arn(`/domainnames/${shared.name}+zzzz9999`), {
          StringEquals: { 'aws:SourceVpce': [C.appVpceId, unknownEndpoint] },
        }),
      ),
    );
    const editor = new PolicyEditorPanel(page);
    await page.goto(`/domains/${shared.name}/${shared.id}?tab=policies`);
    const resource = /statement #1: Resource .*zzzz9999 does not name the domain/;
    await expect(editor.finding(resource)).toBeVisible({ timeout: 60_000 });
    await expect(editor.docLink(resource)).toHaveAttribute('href', DOCS.resource);
    // The consumer's endpoint is known through the consumer's context; the other one belongs to nobody visible.
    const nobodys = new RegExp(
      `statement #1: ${unknownEndpoint} is not an endpoint of any account this console can see`,
    );
    await expect(editor.finding(nobodys)).toBeVisible();
    await expect(editor.docLink(nobodys)).toHaveAttribute('href', DOCS.unknownEndpoint);
    await expect(editor.finding(new RegExp(`${C.appVpceId} is not an endpoint`))).toHaveCount(0);
    // The allow is limited to endpoints: no "every endpoint may call" finding.
    await expect(editor.finding(/no aws:SourceVpce/)).toHaveCount(0);

    // The diagnosis of the consumer's call through this domain lints the same policy the same way.
    const consumerCall = diagnoseSearch({
      name: "the consumer's call",
      as: 'provider',
      clientAccount: CONSUMER.account,
      question: CONSUMER_CALL,
      form: 'B1',
    });
    await new DiagnosePage(page).gotoSearch(consumerCall);
    await expect(editor.finding(nobodys)).toBeVisible({ timeout: 60_000 });
    await expect(editor.finding(new RegExp(`${C.appVpceId} is not an endpoint`))).toHaveCount(0);
  });

  test("the create wizard's policy JSON is linted while it is typed: no source condition, aws:SourceIp, an endpoint nobody owns", async ({
    page,
  }) => {
    const wizard = new CreateDomainWizard(page);
    const editor = new PolicyEditorPanel(page);
    await wizard.open();
    await wizard.nameAndCertificate('lint.internal.example.com', /^\*\.internal\.example\.com/);
    await wizard.next();
    await wizard.writePolicy(
      JSON.stringify(policy(allow('execute-api:/*', { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }))),
    );
    const noSource = /statement #1: Allows execute-api:Invoke with no aws:SourceVpce or aws:SourceVpc condition/;
    const sourceIp = /statement #1: aws:SourceIp never matches/;
    await expect(editor.finding(noSource)).toBeVisible();
    await expect(editor.docLink(noSource)).toHaveAttribute('href', DOCS.noSource);
    await expect(editor.finding(sourceIp)).toBeVisible();
    await expect(editor.docLink(sourceIp)).toHaveAttribute('href', DOCS.sourceIp);

    const unknownEndpoint = 'vpce-0bad0bad0bad0bad0';
    await wizard.writePolicy(
      JSON.stringify(
        policy(allow('execute-api:/*', { StringEquals: { 'aws:SourceVpce': [P.vpceId, unknownEndpoint] } })),
      ),
    );
    const nobodys = new RegExp(
      `statement #1: ${unknownEndpoint} is not an endpoint of any account this console can see`,
    );
    await expect(editor.finding(nobodys)).toBeVisible();
    await expect(editor.docLink(nobodys)).toHaveAttribute('href', DOCS.unknownEndpoint);
    await expect(editor.lint.getByText(P.vpceId)).toHaveCount(0);
  });
});
