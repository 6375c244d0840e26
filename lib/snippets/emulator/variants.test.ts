/**
 * The "Run against the emulator" variants, run as real processes against a fake data plane (HTTPS on a loopback
 * address and a non-443 port, its own CA): they must reach it without any DNS or CA set-up of the machine, and what
 * arrives must be the request of the console's real snippet — same target, Host, TLS server name, body, signature.
 */
import { spawn, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeInvokeForms } from '../../invoke/engine';
import { apiInput, DOMAIN, domainInput, inVpc, privateApi, VPCE_HOST, VPCE_ID, VPC_ID } from '../../invoke/fixtures';
import type { FormId, InvokeForm, InvokeRequest } from '../../invoke/types';
import { shellQuote } from '../quote';
import { snippetsForForm } from '../snippets';
import { verifySigV4 } from '../testing/sigv4-verify';
import { makePki } from '../testing/tls';
import type { SnippetId } from '../types';
import { NODE_AGENT_LINE, nodeEmulatorBlock } from './node';
import { pythonEmulatorBlock } from './python';
import { startFakeDataPlane, type FakeDataPlane } from './testing/fake-data-plane';
import type { EmulatorVariants } from './types';
import { emulatorVariantsForForm, type DataPlaneFacts } from './variants';

const API_HOST = 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com';
const ALIAS_HOST = `a1b2c3d4e5-${VPCE_ID}.execute-api.us-east-1.amazonaws.com`;
const NAMES = [VPCE_HOST, API_HOST, ALIAS_HOST, DOMAIN];
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const FORMS: FormId[] = ['A1', 'A2', 'A3', 'A4', 'B1', 'B2'];
const CLIENTS: SnippetId[] = ['curl', 'python', 'node'];

const noRequests =
  spawnSync('python3', ['-c', 'import requests']).status === 0 ? undefined : 'python3 cannot import requests';

const REQUEST: InvokeRequest = {
  method: 'POST',
  path: "/pets/a b/ü'$(touch /tmp/pwned)`x`",
  query: [{ name: 'q', value: "1 2'(x)" }],
  headers: [
    { name: 'Content-Type', value: 'application/json' },
    { name: 'X-Trace', value: `'$(id)' "x" \`y\`` },
  ],
  body: JSON.stringify({ name: "O'Brien $(id) `x` ü 😀", nl: 'a\nb' }),
};

function formFor(id: FormId, auth: 'NONE' | 'AWS_IAM' = 'NONE'): InvokeForm {
  const input = id.startsWith('B')
    ? domainInput({ request: REQUEST, authorizationType: auth })
    : apiInput({ request: REQUEST, authorizationType: auth }, privateApi({ vpcEndpointIds: [VPCE_ID] }));
  return computeInvokeForms(input, inVpc).forms.find((f) => f.id === id)!;
}

function variantsOf(result: EmulatorVariants) {
  if (result.kind !== 'variants') throw new Error(result.reason);
  return result.snippets;
}

function argvFor(id: SnippetId, code: string): string[] {
  if (id === 'curl') return ['bash', '--norc', '--noprofile', '-c', `${code} --silent --show-error`];
  if (id === 'node') return [process.execPath, '--input-type=module', '-e', code];
  return ['python3', '-c', code];
}

/** Async: the fake data plane lives in this process and must answer while the client runs. */
function runProcess(argv: string[], env: Record<string, string | undefined>) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(argv[0], argv.slice(1), { env: env as NodeJS.ProcessEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

describe('emulator variants run against a fake data plane', () => {
  let plane: FakeDataPlane;
  let facts: (name: string) => DataPlaneFacts;
  // No CA variables, no hosts file: the variant alone must say where to connect and whom to trust.
  const env = {
    PATH: process.env.PATH,
    HOME: '/nonexistent',
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    AWS_SECRET_ACCESS_KEY: SECRET,
    AWS_EC2_METADATA_DISABLED: 'true',
  };

  beforeAll(async () => {
    plane = await startFakeDataPlane(NAMES);
    facts = (name) => ({
      port: plane.port,
      caPath: plane.caPath,
      vpcId: VPC_ID,
      resolution: { name, addresses: [plane.address] },
    });
  });
  afterAll(() => plane.close());

  async function send(form: InvokeForm, id: SnippetId) {
    const name = new URL(form.url).hostname;
    const snippet = variantsOf(emulatorVariantsForForm(form, REQUEST, facts(name))).find((s) => s.id === id)!;
    const before = plane.received.length;
    const r = await runProcess(argvFor(id, snippet.code), env);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('{"ok":true}');
    expect(plane.received.length).toBe(before + 1);
    return plane.received[plane.received.length - 1];
  }

  it.for(FORMS.flatMap((f) => CLIENTS.map((c) => [f, c] as const)))(
    '%s via %s: the data plane receives the real snippet’s target, Host, SNI, headers and body',
    async ([id, client], { skip }) => {
      if (client === 'python' && noRequests) skip(noRequests);
      const form = formFor(id);
      const got = await send(form, client);
      const url = new URL(form.url);
      expect(got.method).toBe('POST');
      expect(got.target).toBe(`${url.pathname}${url.search}`);
      expect(got.sni).toBe(url.hostname);
      expect(got.headers.host).toBe(form.headers.find((h) => h.name === 'Host')?.value ?? url.hostname);
      expect(got.headers['x-apigw-api-id']).toBe(id === 'A3' ? 'a1b2c3d4e5' : undefined);
      expect(got.headers['x-trace']).toBe(REQUEST.headers![1].value);
      expect(got.body.toString('utf8')).toBe(REQUEST.body);
    },
  );

  it.skipIf(noRequests !== undefined).for(['A1', 'A3', 'B1'] as FormId[])(
    '%s, AWS_IAM: the botocore variant’s signature still covers the URL host and verifies',
    async (id) => {
      const form = formFor(id, 'AWS_IAM');
      const got = await send(form, 'python-sigv4');
      const check = verifySigV4(got, SECRET);
      expect(check.signedHeaders).toContain('host');
      expect(got.headers.host).toBe(new URL(form.url).hostname);
      expect(check.valid).toBe(true);
    },
  );

  it('control: a variant trusting another CA is refused (the certificate is checked against the URL host)', async () => {
    const other = makePki(['unrelated.example']);
    const form = formFor('B2');
    const name = new URL(form.url).hostname;
    const node = variantsOf(emulatorVariantsForForm(form, REQUEST, { ...facts(name), caPath: other.caFile })).find(
      (s) => s.id === 'node',
    )!;
    const r = await runProcess(argvFor('node', node.code), env);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/certificate/i);
  });
});

describe('emulator variants differ from the real snippets only in how they connect', () => {
  const facts: DataPlaneFacts = {
    port: 4443,
    caPath: '/tmp/emulator ca/ca.pem',
    vpcId: VPC_ID,
    resolution: { name: DOMAIN, addresses: ['127.0.1.2'] },
  };
  const route = { name: DOMAIN, address: '127.0.1.2', port: 4443, caPath: facts.caPath };

  it.for(FORMS)('%s: removing the connection lines gives back the console’s snippet', (id) => {
    const form = formFor(id, id === 'A1' ? 'AWS_IAM' : 'NONE');
    const originals = snippetsForForm(form, REQUEST);
    const variants = variantsOf(emulatorVariantsForForm(form, REQUEST, facts));
    expect(variants.map((v) => v.id)).toEqual(
      originals.map((o) => o.id).filter((s) => ['python-sigv4', 'curl', 'python', 'node'].includes(s)),
    );
    for (const v of variants) {
      const original = originals.find((o) => o.id === v.id)!;
      const host = new URL(form.url).hostname;
      let stripped = v.code;
      if (v.id === 'curl') {
        const extra = ` \\\n  --connect-to ${shellQuote(`${host}:443:127.0.1.2:4443`)} \\\n  --cacert '/tmp/emulator ca/ca.pem'`;
        expect(stripped).toContain(extra);
        stripped = stripped.replace(extra, '');
      } else if (v.id === 'node') {
        const block = nodeEmulatorBlock({ ...route, name: host }).join('\n');
        stripped = stripped.replace(`\n${block}`, '').replace(`\n${NODE_AGENT_LINE}`, '');
      } else {
        stripped = stripped.replace(`${pythonEmulatorBlock({ ...route, name: host }, 443).join('\n')}\n`, '');
      }
      expect(stripped).toBe(original.code);
      expect(v.warnings).toEqual(original.warnings);
      expect(v.label).toBe(`${original.label} — emulator`);
    }
  });

  it('offers no variant when the name does not resolve from the client’s VPC, and says why', () => {
    const result = emulatorVariantsForForm(formFor('B1'), REQUEST, {
      ...facts,
      resolution: { name: DOMAIN, addresses: [], reason: 'No private hosted zone for it is associated with the VPC.' },
    });
    expect(result).toEqual({
      kind: 'unresolvable',
      name: DOMAIN,
      vpcId: VPC_ID,
      reason: expect.stringContaining(`${DOMAIN} does not resolve from ${VPC_ID}`) as string,
    });
    expect(result.kind === 'unresolvable' && result.reason).toContain('No private hosted zone');
  });
});
