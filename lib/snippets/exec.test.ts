/**
 * Runs the generated curl / Python / Node snippets unmodified against a local HTTPS stand-in for the VPC
 * endpoint. Name resolution goes through a private /etc/hosts (mount namespace), trust through the usual CA
 * environment variables; the server asserts what API Gateway would receive: method, target, headers, body, SNI.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeInvokeForms } from '../invoke/engine';
import { apiInput, DOMAIN, domainInput, inVpc, privateApi, VPCE_HOST, VPCE_ID } from '../invoke/fixtures';
import type { FormId, InvokeForm, InvokeInput, InvokeRequest } from '../invoke/types';
import { snippetsForForm } from './snippets';
import type { SnippetId } from './types';
import { runInSandbox, sandboxUnavailable, writeHosts } from './testing/sandbox';
import { startEndpoint, type StandInEndpoint } from './testing/server';
import { verifySigV4 } from './testing/sigv4-verify';
import { makePki, type TestPki } from './testing/tls';

const API_HOST = 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com';
const ALIAS_HOST = `a1b2c3d4e5-${VPCE_ID}.execute-api.us-east-1.amazonaws.com`;
const NAMES = [VPCE_HOST, API_HOST, ALIAS_HOST, DOMAIN];
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

const noSandbox = sandboxUnavailable();
const noRequests =
  spawnSync('python3', ['-c', 'import requests']).status === 0
    ? undefined
    : 'python3 cannot import requests (no PyPI here)';
const noBotocore =
  spawnSync('python3', ['-c', 'import botocore']).status === 0 ? undefined : 'python3 cannot import botocore';
if (noSandbox) console.warn(`snippet execution tests skipped: ${noSandbox}`);
if (noRequests) console.warn(`Python snippet execution skipped: ${noRequests}`);

const REQUEST: InvokeRequest = {
  method: 'POST',
  path: "/pets/a b/ü'$(touch /tmp/pwned)`x`",
  query: [
    { name: 'q', value: "1 2'(x)" },
    { name: 'ü', value: '😀' },
  ],
  headers: [
    { name: 'Content-Type', value: 'application/json' },
    { name: 'X-Trace', value: `'$(id)' "x" \`y\`` },
  ],
  body: JSON.stringify({ name: "O'Brien $(id) `x` ü 😀", nl: 'a\nb', q: '"' }),
};

function inputFor(id: FormId, auth: 'NONE' | 'AWS_IAM'): InvokeInput {
  if (id.startsWith('B')) return domainInput({ request: REQUEST, authorizationType: auth });
  return apiInput({ request: REQUEST, authorizationType: auth }, privateApi({ vpcEndpointIds: [VPCE_ID] }));
}

function formFor(id: FormId, auth: 'NONE' | 'AWS_IAM' = 'NONE'): InvokeForm {
  return computeInvokeForms(inputFor(id, auth), inVpc).forms.find((f) => f.id === id)!;
}

/** The Host API Gateway sees: the form's Host override, else the URL host. */
function expectedHost(form: InvokeForm): string {
  return form.headers.find((h) => h.name === 'Host')?.value ?? new URL(form.url).hostname;
}

function argvFor(snippet: SnippetId, code: string): string[] {
  if (snippet === 'curl') return ['bash', '--norc', '--noprofile', '-c', `${code} --silent --show-error --fail`];
  if (snippet === 'node' || snippet === 'fetch') return [process.execPath, '--input-type=module', '-e', code];
  return ['python3', '-c', code];
}

describe.skipIf(noSandbox !== undefined)('snippets executed against a local HTTPS endpoint', () => {
  let pki: TestPki;
  let endpoint: StandInEndpoint;
  let env: Record<string, string | undefined>;
  let hosts: string;

  beforeAll(async () => {
    pki = makePki(NAMES);
    endpoint = await startEndpoint(pki);
    hosts = writeHosts(endpoint.address, NAMES);
    env = {
      PATH: process.env.PATH,
      HOME: pki.dir,
      CURL_CA_BUNDLE: pki.caFile,
      REQUESTS_CA_BUNDLE: pki.caFile,
      SSL_CERT_FILE: pki.caFile,
      NODE_EXTRA_CA_CERTS: pki.caFile,
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: SECRET,
      AWS_EC2_METADATA_DISABLED: 'true',
    };
  });
  afterAll(async () => {
    await endpoint.close();
  });

  async function send(form: InvokeForm, snippet: SnippetId, request = REQUEST) {
    const s = snippetsForForm(form, request).find((x) => x.id === snippet)!;
    const before = endpoint.received.length;
    const r = await runInSandbox(hosts, argvFor(snippet, s.code), env);
    expect(r.stderr, r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('{"ok":true}');
    expect(endpoint.received.length).toBe(before + 1);
    return endpoint.received[endpoint.received.length - 1];
  }

  const forms: FormId[] = ['A1', 'A2', 'A3', 'A4', 'B1', 'B2'];
  const clients: SnippetId[] = ['curl', 'python', 'node'];
  const cases = forms.flatMap((f) => clients.map((c) => [f, c] as const));

  it.for(cases)(
    '%s via %s: method, target, Host, headers, body and SNI as AWS would see them',
    async ([id, client], { skip }) => {
      if (client === 'python' && noRequests) skip(noRequests);
      const form = formFor(id);
      const got = await send(form, client);
      const url = new URL(form.url);
      expect(got.method).toBe('POST');
      expect(got.target).toBe(`${url.pathname}${url.search}`);
      expect(got.headers.host).toBe(expectedHost(form));
      expect(got.sni).toBe(url.hostname);
      expect(got.headers['x-trace']).toBe(REQUEST.headers![1].value);
      expect(got.headers['content-type']).toBe('application/json');
      expect(got.headers['x-apigw-api-id']).toBe(id === 'A3' ? 'a1b2c3d4e5' : undefined);
      expect(got.body.toString('utf8')).toBe(REQUEST.body);
    },
  );

  // The browser snippet under Node's own fetch (undici): the forms a browser can use.
  it.for(['A1', 'A4', 'B1'] as const)(
    '%s via fetch(): method, target, Host, headers, body and SNI as AWS would see them',
    async (id) => {
      const form = formFor(id);
      const got = await send(form, 'fetch');
      const url = new URL(form.url);
      expect(got.method).toBe('POST');
      expect(got.target).toBe(`${url.pathname}${url.search}`);
      expect(got.headers.host).toBe(url.hostname);
      expect(got.sni).toBe(url.hostname);
      expect(got.headers['x-trace']).toBe(REQUEST.headers![1].value);
      expect(got.headers['content-type']).toBe('application/json');
      expect(got.body.toString('utf8')).toBe(REQUEST.body);
    },
  );

  // Text beyond ASCII in header values: Latin-1 ("café") and beyond it (emoji, euro sign).
  const UNICODE: InvokeRequest = {
    method: 'GET',
    path: '/pets',
    headers: [
      { name: 'X-Note', value: 'café' },
      { name: 'X-Mood', value: '😀 € 漢字' },
    ],
  };
  const utf8 = (value: string | string[] | undefined) => Buffer.from(String(value), 'latin1').toString('utf8');

  it.for([...clients, 'fetch'] as SnippetId[])(
    '%s sends non-ASCII header values as the same UTF-8 bytes curl sends',
    async (client, { skip }) => {
      if (client === 'python' && noRequests) skip(noRequests);
      const form = computeInvokeForms(apiInput({ request: UNICODE }), inVpc).forms.find((f) => f.id === 'A1')!;
      const got = await send(form, client, UNICODE);
      expect(utf8(got.headers['x-note'])).toBe('café');
      expect(utf8(got.headers['x-mood'])).toBe('😀 € 漢字');
    },
  );

  it.skipIf(noRequests !== undefined)(
    'control: header values as text, Python would crash on the emoji (why the snippet sends bytes)',
    async () => {
      const form = computeInvokeForms(apiInput({ request: UNICODE }), inVpc).forms.find((f) => f.id === 'A1')!;
      const code = snippetsForForm(form, UNICODE).find((x) => x.id === 'python')!.code;
      const asText = code.replaceAll('.encode("utf-8"),', ',');
      expect(asText).not.toBe(code);
      const r = await runInSandbox(hosts, ['python3', '-c', asText], env);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain('UnicodeEncodeError');
    },
  );

  it('B2 really separates SNI (endpoint) from Host (custom domain)', async () => {
    const got = await send(formFor('B2'), 'node');
    expect(got.sni).toBe(VPCE_HOST);
    expect(got.headers.host).toBe(DOMAIN);
  });

  it('control: without the servername pin, Node would send the custom domain as SNI (why the snippet pins it)', async () => {
    const code = snippetsForForm(formFor('B2'), REQUEST).find((x) => x.id === 'node')!.code;
    const unpinned = code.replace(/^ {2}servername: .*\n/m, '');
    expect(unpinned).not.toBe(code);
    const r = await runInSandbox(hosts, [process.execPath, '--input-type=module', '-e', unpinned], env);
    expect(r.status).toBe(0);
    expect(endpoint.received[endpoint.received.length - 1].sni).toBe(DOMAIN);
  });

  it.skipIf(noRequests !== undefined || noBotocore !== undefined).each(['A1', 'A3', 'A4', 'B1'] as FormId[])(
    '%s, AWS_IAM: botocore-signed request carries a valid SigV4 signature over the URL host',
    async (id) => {
      const form = formFor(id, 'AWS_IAM');
      expect(form.signing).toBeDefined();
      const got = await send(form, 'python-sigv4');
      const check = verifySigV4(got, SECRET);
      expect(check.scope).toMatch(/^\d{8}\/us-east-1\/execute-api\/aws4_request$/);
      expect(check.signedHeaders).toContain('host');
      if (id === 'A3') expect(check.signedHeaders).toContain('x-apigw-api-id');
      expect(got.headers.host).toBe(new URL(form.url).hostname);
      expect(check.valid).toBe(true);
      // A tampered request must not verify: proves the verifier can fail.
      expect(verifySigV4({ ...got, body: Buffer.from(`${got.body.toString()} `) }, SECRET).valid).toBe(false);
    },
  );
});
