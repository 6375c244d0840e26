/**
 * The claim of the invoke page, executed: for each URL form and each situation the demo can be put in (broken through
 * the real SDK), the console's own "Run against the emulator" curl, Python and Node snippets run as real processes
 * against the emulator's data plane and get 2xx exactly when the engine says Ready, otherwise what it predicts —
 * every row, no exceptions: the engine judges what the stage's deployment serves (policy, endpoint ids), as the data
 * plane does, and a name that resolves to API Gateway's public front door is refused there as the engine predicts.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateDeploymentCommand,
  CreateResourceCommand,
  DeleteBasePathMappingCommand,
  GetResourcesCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  RejectDomainNameAccessAssociationCommand,
  UpdateDomainNameCommand,
  UpdateRestApiCommand,
} from '@aws-sdk/client-api-gateway';
import { EC2Client, ModifyVpcEndpointCommand } from '@aws-sdk/client-ec2';
import type { RunningEmulator } from '@/emulator/server';
import { apiGateway, clientConfig, startTestEmulator } from '@/emulator/testing/harness';
import { CONSUMER, PROVIDER } from '@/emulator/seed/demo-ids';
import type { Session } from '@/lib/aws/session';
import { DEFAULT_SELECTION, type InvokeSelection } from '@/lib/invoke-ui/selection';
import type { FormId, InvokeForm } from '@/lib/invoke/types';
import type { SnippetId } from '@/lib/snippets';
import {
  describePrediction,
  predictionFor,
  refusingLink,
  statusAgrees,
  type Prediction,
} from '@/lib/snippets/emulator';
import { loadInvokeView } from '@/lib/services/invoke/answer';
import { loadEmulatorVariants } from './live-call';
import { runSnippet } from './testing/run-snippet';

process.env.CONSOLE_READ_CACHE_SECONDS = '0';
process.env.CONSOLE_AWS_MAX_ATTEMPTS = '1';

const P = PROVIDER['us-east-1'];
const C = CONSUMER['us-east-1'];
const shared = P.domains.shared;
const orders = P.apis.orders.id;

const session = (account: string, id: string): Session => ({
  context: { id: `matrix-${id}`, label: id, description: id, accountId: account, staticAccessKeyId: account },
  region: 'us-east-1',
});
const provider = session(PROVIDER.account, 'provider');
const consumer = session(CONSUMER.account, 'consumer');

const apiCall: InvokeSelection = {
  ...DEFAULT_SELECTION,
  target: 'api',
  api: orders,
  stage: 'prod',
  vpce: P.vpceId,
  method: 'GET',
  path: '/orders',
};
const domainCall = (vpce: string): InvokeSelection => ({
  ...DEFAULT_SELECTION,
  target: 'domain',
  domain: shared.name,
  domainId: shared.id,
  basePath: 'orders',
  vpce,
  method: 'GET',
  path: '/orders',
});

const DENY_INVOKE = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: '*' }],
});
const onlyFrom = (vpceIds: string[]) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' },
      {
        Effect: 'Deny',
        Principal: '*',
        Action: 'execute-api:Invoke',
        Resource: 'execute-api:/*',
        Condition: { StringNotEquals: { 'aws:SourceVpce': vpceIds } },
      },
    ],
  });

let emulator: RunningEmulator;
const ec2 = (account: string) => new EC2Client(clientConfig(emulator, { account }));
const apig = (account: string) => apiGateway(emulator, { account });
const deploy = (restApiId: string, stageName = 'prod') =>
  apig(PROVIDER.account).send(new CreateDeploymentCommand({ restApiId, stageName }));
const patchApi = (path: string, value: string) =>
  apig(PROVIDER.account).send(
    new UpdateRestApiCommand({ restApiId: orders, patchOperations: [{ op: 'replace', path, value }] }),
  );
const patchDomain = (path: string, value: string) =>
  apig(PROVIDER.account).send(
    new UpdateDomainNameCommand({
      domainName: shared.name,
      domainNameId: shared.id,
      patchOperations: [{ op: 'replace', path, value }],
    }),
  );

const dissociateEndpoint = () =>
  apig(PROVIDER.account).send(
    new UpdateRestApiCommand({
      restApiId: orders,
      patchOperations: [{ op: 'remove', path: '/endpointConfiguration/vpcEndpointIds', value: P.vpceId }],
    }),
  );

/** A MOCK GET /signed on the orders API that needs AWS_IAM, deployed to prod. */
async function signedMethod(): Promise<void> {
  const client = apig(PROVIDER.account);
  const { items = [] } = await client.send(new GetResourcesCommand({ restApiId: orders }));
  const root = items.find((r) => r.path === '/');
  const { id } = await client.send(
    new CreateResourceCommand({ restApiId: orders, parentId: root?.id, pathPart: 'signed' }),
  );
  await client.send(
    new PutMethodCommand({ restApiId: orders, resourceId: id, httpMethod: 'GET', authorizationType: 'AWS_IAM' }),
  );
  await client.send(
    new PutIntegrationCommand({
      restApiId: orders,
      resourceId: id,
      httpMethod: 'GET',
      type: 'MOCK',
      requestTemplates: { 'application/json': '{"statusCode": 200}' },
    }),
  );
  await deploy(orders);
}

interface Situation {
  name: string;
  as: Session;
  selection: InvokeSelection;
  forms: FormId[];
  /** Puts the demo into this situation through the real SDK (after a reset to the demo seed). */
  setup?: () => Promise<unknown>;
  /** Extra snippets to run besides curl, Python and Node (the SigV4 one for AWS_IAM). */
  signed?: boolean;
}

const SITUATIONS: Situation[] = [
  { name: 'provider calls its own API (healthy)', as: provider, selection: apiCall, forms: ['A1', 'A2', 'A3', 'A4'] },
  {
    name: 'endpoint policy denies execute-api:Invoke',
    as: provider,
    selection: apiCall,
    forms: ['A1', 'A2', 'A3', 'A4'],
    setup: () =>
      ec2(PROVIDER.account).send(
        new ModifyVpcEndpointCommand({ VpcEndpointId: P.vpceId, PolicyDocument: DENY_INVOKE }),
      ),
  },
  {
    name: 'API policy allows only another endpoint (redeployed)',
    as: provider,
    selection: apiCall,
    forms: ['A1', 'A2', 'A3', 'A4'],
    setup: async () => {
      await patchApi('/policy', onlyFrom([C.appVpceId]));
      await deploy(orders);
    },
  },
  {
    name: 'private DNS off on the endpoint',
    as: provider,
    selection: apiCall,
    forms: ['A1', 'A2', 'A3', 'A4'],
    setup: () =>
      ec2(PROVIDER.account).send(new ModifyVpcEndpointCommand({ VpcEndpointId: P.vpceId, PrivateDnsEnabled: false })),
  },
  {
    name: 'default execute-api endpoint disabled (redeployed)',
    as: provider,
    selection: apiCall,
    forms: ['A1', 'A2', 'A3', 'A4'],
    setup: async () => {
      await patchApi('/disableExecuteApiEndpoint', 'true');
      await deploy(orders);
    },
  },
  {
    name: 'endpoint no longer associated with the API (every stage redeployed; private DNS on answers the alias)',
    as: provider,
    selection: apiCall,
    forms: ['A1', 'A2', 'A3', 'A4'],
    setup: async () => {
      await dissociateEndpoint();
      await deploy(orders);
      await deploy(orders, 'staging');
    },
  },
  {
    name: 'private DNS off, endpoint no longer associated (redeployed): the public alias is gone',
    as: provider,
    selection: apiCall,
    forms: ['A4'],
    setup: async () => {
      await ec2(PROVIDER.account).send(
        new ModifyVpcEndpointCommand({ VpcEndpointId: P.vpceId, PrivateDnsEnabled: false }),
      );
      await dissociateEndpoint();
      await deploy(orders);
      await deploy(orders, 'staging');
    },
  },
  {
    name: 'endpoint no longer associated with the API, not redeployed',
    as: provider,
    selection: apiCall,
    forms: ['A4'],
    setup: dissociateEndpoint,
  },
  {
    name: 'API policy denies this endpoint, not redeployed',
    as: provider,
    selection: apiCall,
    forms: ['A1'],
    setup: () => patchApi('/policy', onlyFrom([C.appVpceId])),
  },
  {
    name: 'AWS_IAM method',
    as: provider,
    selection: { ...apiCall, path: '/signed' },
    forms: ['A1', 'A2', 'A3', 'A4'],
    signed: true,
    setup: signedMethod,
  },
  {
    name: 'provider calls its shared domain (healthy)',
    as: provider,
    selection: domainCall(P.vpceId),
    forms: ['B1', 'B2'],
  },
  {
    name: 'domain policy allows only the consumer',
    as: provider,
    selection: domainCall(P.vpceId),
    forms: ['B1', 'B2'],
    setup: () => patchDomain('/policy', onlyFrom([C.appVpceId])),
  },
  {
    name: 'base path mapping missing',
    as: provider,
    selection: domainCall(P.vpceId),
    forms: ['B1', 'B2'],
    setup: () =>
      apig(PROVIDER.account).send(
        new DeleteBasePathMappingCommand({ domainName: shared.name, domainNameId: shared.id, basePath: 'orders' }),
      ),
  },
  {
    name: 'endpoint access mode STRICT',
    as: provider,
    selection: domainCall(P.vpceId),
    forms: ['B1', 'B2'],
    setup: () => patchDomain('/endpointAccessMode', 'STRICT'),
  },
  {
    name: 'consumer app VPC calls the shared domain (healthy)',
    as: consumer,
    selection: domainCall(C.appVpceId),
    forms: ['B1', 'B2'],
  },
  {
    name: "consumer's access association rejected by the provider",
    as: consumer,
    selection: domainCall(C.appVpceId),
    forms: ['B1', 'B2'],
    setup: () =>
      apig(PROVIDER.account).send(
        new RejectDomainNameAccessAssociationCommand({
          domainNameAccessAssociationArn: C.appDnaaArn,
          domainNameArn: shared.arn,
        }),
      ),
  },
  {
    name: 'consumer analytics VPC (private DNS off, not in the domain policy)',
    as: consumer,
    selection: domainCall(C.analyticsVpceId),
    forms: ['B1', 'B2'],
  },
];

const noPython = spawnSync('python3', ['-c', 'import requests, botocore']).status === 0 ? undefined : 'no requests';

interface Row {
  situation: string;
  form: FormId;
  client: SnippetId;
  engine: InvokeForm['status'];
  predicted: string;
  got: string;
  agrees: boolean;
}
const rows: Row[] = [];

beforeAll(async () => {
  emulator = await startTestEmulator({ seed: { kind: 'demo' }, dataplanePort: 0 });
  process.env.AWS_ENDPOINT_URL = emulator.url;
}, 60_000);
afterAll(async () => {
  console.log(
    [
      '| situation | form | client | engine | predicted | got | agrees |',
      '|---|---|---|---|---|---|---|',
      ...rows.map(
        (r) => `| ${r.situation} | ${r.form} | ${r.client} | ${r.engine} | ${r.predicted} | ${r.got} | ${r.agrees} |`,
      ),
    ].join('\n'),
  );
  await emulator.close();
});

async function reset(): Promise<void> {
  const response = await fetch(`${emulator.url}/_emulator/reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ seed: 'demo' }),
  });
  expect(response.status).toBe(200);
}

function short(p: Prediction): string {
  if (p.kind === 'success') return '2xx';
  if (p.kind === 'refused') return p.status === undefined ? `refused (${p.link})` : `${p.status} (${p.link})`;
  if (p.kind === 'no-connection') return `no connection (${p.link})`;
  if (p.kind === 'unverified') return `2xx or ${p.symptom.match(/HTTP (\d{3})/)?.[1] ?? '?'} (${p.link} unknown)`;
  return 'not applicable';
}

const env = {
  PATH: process.env.PATH,
  HOME: '/nonexistent',
  AWS_ACCESS_KEY_ID: PROVIDER.account,
  AWS_SECRET_ACCESS_KEY: 'emulator',
  AWS_EC2_METADATA_DISABLED: 'true',
};

describe.each(SITUATIONS)('$name', (situation) => {
  const clients: SnippetId[] = [...(situation.signed ? (['python-sigv4'] as const) : []), 'curl', 'python', 'node'];
  let forms: InvokeForm[] = [];

  beforeAll(async () => {
    await reset();
    await situation.setup?.();
    const view = await loadInvokeView(situation.as, { selection: situation.selection, errors: {}, requestGiven: true });
    if (!view.answer.ok) throw new Error(view.answer.error.message);
    forms = view.answer.data.answer.result.forms;
  }, 60_000);

  it.for(situation.forms.flatMap((f) => clients.map((c) => [f, c] as const)))(
    '%s via %s',
    { timeout: 60_000 },
    async ([formId, client], { skip }) => {
      if (client !== 'curl' && client !== 'node' && noPython) skip(noPython);
      const form = forms.find((f) => f.id === formId)!;
      const prediction = predictionFor(form, client);
      const row = {
        situation: situation.name,
        form: formId,
        client,
        engine: form.status,
        predicted: short(prediction),
      };
      if (prediction.kind === 'not-applicable') {
        rows.push({ ...row, got: '—', agrees: true });
        return;
      }
      const view = await loadEmulatorVariants(
        situation.as,
        { selection: situation.selection, errors: {}, requestGiven: true },
        formId,
      );
      if (view.target !== 'emulator') throw new Error('not in emulator mode');
      if (view.variants.kind === 'unresolvable') {
        rows.push({ ...row, got: 'does not resolve (no variant)', agrees: prediction.kind === 'no-connection' });
        expect(prediction.kind, `${describePrediction(prediction)} — but ${view.variants.reason}`).toBe(
          'no-connection',
        );
        return;
      }
      const snippet = view.variants.snippets.find((s) => s.id === client)!;
      const run = await runSnippet(client, snippet.code, env);
      const refusedBy = run.status === undefined ? undefined : refusingLink(run.status, run.body);
      const got =
        run.status === undefined
          ? `no HTTP answer: ${run.stderr.trim().split('\n').at(-1)}`
          : `${run.status}${refusedBy ? ` (${refusedBy})` : ''}`;
      const agrees = run.status !== undefined && statusAgrees(prediction, run.status);
      rows.push({ ...row, got, agrees });
      expect(run.status, `${run.stderr}\n${run.body}`).toBeDefined();
      if (form.status === 'ready' && !(form.signing && client !== 'python-sigv4'))
        expect(run.status! >= 200 && run.status! < 300, `Ready, but got ${got}: ${run.body}`).toBe(true);
      expect(agrees, `predicted ${describePrediction(prediction)}; got ${got}: ${run.body}`).toBe(true);
      // Where AWS's refusal names a policy, it is the policy the console blames.
      if (prediction.kind === 'refused' && refusedBy?.includes('policy'))
        expect(
          refusedBy.startsWith(prediction.link),
          `${refusedBy} refused; the console blames ${prediction.link}`,
        ).toBe(true);
    },
  );
});
