import { describe, expect, it } from 'vitest';
import { computeInvokeForms } from '../invoke/engine';
import { apiInput, CORS_OPEN, domainInput, inVpc, privateApi, VPCE_ID } from '../invoke/fixtures';
import type { ClientSituation, FormId, InvokeForm, InvokeInput, InvokeRequest } from '../invoke/types';
import { requestSpecFor } from './request';
import { snippetsForForm } from './snippets';

/** What a fetch() call received: URL, method, headers as wire bytes read as UTF-8, body. */
interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | null;
}

type AsyncFn = (fetch: unknown, console: unknown) => Promise<void>;
const AsyncFunction = (
  Object.getPrototypeOf(async function () {}) as { constructor: new (...args: string[]) => AsyncFn }
).constructor;

/** Runs the snippet's code as written (parsing it proves it is valid JavaScript) with a recording fetch. */
async function run(code: string): Promise<{ sent: Sent[]; logged: unknown[][] }> {
  const sent: Sent[] = [];
  const logged: unknown[][] = [];
  const fakeFetch = (url: string, init: { method: string; headers?: Record<string, string>; body?: string }) => {
    const headers = Object.fromEntries(
      Object.entries(init.headers ?? {}).map(([k, v]) => {
        // fetch refuses header values beyond one byte per character, as browsers do.
        if (Buffer.from(v, 'latin1').toString('latin1') !== v) throw new TypeError(`Invalid header value for ${k}`);
        return [k, Buffer.from(v, 'latin1').toString('utf8')];
      }),
    );
    sent.push({ url, method: init.method, headers, body: init.body ?? null });
    return Promise.resolve({ status: 200, text: () => Promise.resolve('{"ok":true}') });
  };
  await new AsyncFunction('fetch', 'console', code)(fakeFetch, { log: (...args: unknown[]) => logged.push(args) });
  return { sent, logged };
}

const browser: ClientSituation = { ...inVpc, client: 'browser', origin: 'https://app.example.com' };

function formFor(id: FormId, input: InvokeInput, situation: ClientSituation = inVpc): InvokeForm {
  return computeInvokeForms(input, situation).forms.find((f) => f.id === id)!;
}

const TRICKY: InvokeRequest = {
  method: 'POST',
  path: "/pets/a b/ü'$(x)",
  query: [{ name: 'q', value: "1 2'(x)" }],
  headers: [
    { name: 'Content-Type', value: 'application/json' },
    { name: 'X-Trace', value: `'$(id)' "x" \`y\` \${z}` },
    { name: 'X-Mood', value: '😀 café' },
  ],
  body: JSON.stringify({ name: "O'Brien `x` ${y} ü 😀", nl: 'a\nb', q: '"', bs: '\\' }),
};

const COGNITO: Partial<InvokeInput> = {
  methodAuthorization: {
    known: true,
    source: 'method',
    authorizationType: 'COGNITO_USER_POOLS',
    authorizer: { type: 'COGNITO_USER_POOLS', identitySource: 'method.request.header.Authorization' },
    apiKeyRequired: true,
  },
};

describe('fetch() snippet', () => {
  it.each([
    ['A1, a plain GET', 'A1', { method: 'GET', path: '/pets' }, {}],
    ['A4, tricky quoting and non-ASCII header values', 'A4', TRICKY, {}],
    [
      'B1, a Cognito method with an API key: the credential placeholders',
      'B1',
      { method: 'DELETE', path: '/x' },
      COGNITO,
    ],
  ] as const)('%s: sends exactly the method, URL, headers and body', async (_name, id, asked, over) => {
    const request: InvokeRequest = asked;
    const input = id.startsWith('B')
      ? domainInput({ request, ...over })
      : apiInput({ request, ...over }, privateApi({ vpcEndpointIds: [VPCE_ID] }));
    const form = formFor(id, input);
    const snippet = snippetsForForm(form, request).find((s) => s.id === 'fetch')!;
    const spec = requestSpecFor(form, request);
    const { sent, logged } = await run(snippet.code);
    expect(sent).toEqual([
      {
        url: form.url,
        method: request.method,
        headers: Object.fromEntries(spec.headers.map((h) => [h.name, h.value])),
        body: request.body ?? null,
      },
    ]);
    expect(logged).toEqual([[200, '{"ok":true}']]);
  });

  it('carries the credential placeholders a method needs', () => {
    const form = formFor('B1', domainInput({ ...COGNITO }));
    const code = snippetsForForm(form, { method: 'GET', path: '/pets' }).find((s) => s.id === 'fetch')!.code;
    expect(code).toContain('"Authorization": "<Cognito user pool ID token>",');
    expect(code).toContain('"x-api-key": "<API key>",');
  });

  it('is offered only where a browser can go (no Host or x-apigw-api-id header), first for browser clients', () => {
    const input = apiInput({ cors: CORS_OPEN }, privateApi({ vpcEndpointIds: [VPCE_ID] }));
    const ids = (id: FormId, situation: ClientSituation) =>
      snippetsForForm(formFor(id, input, situation), input.request).map((s) => s.id);
    expect(ids('A2', inVpc)).not.toContain('fetch');
    expect(ids('A3', inVpc)).not.toContain('fetch');
    expect(ids('A1', inVpc).at(-1)).toBe('fetch');
    expect(ids('A1', browser)[0]).toBe('fetch');
  });

  it('warns about the preflight and what the API lacks', () => {
    const request: InvokeRequest = { method: 'PUT', path: '/pets', body: '{}' };
    const input = apiInput({ request, cors: { ...CORS_OPEN, preflight: null } }, privateApi());
    const fetch = snippetsForForm(formFor('A1', input, browser), request).find((s) => s.id === 'fetch')!;
    expect(fetch.warnings.join('\n')).toMatch(/OPTIONS preflight first, because of method PUT/);
    expect(fetch.warnings.join('\n')).toMatch(/Add an OPTIONS method to \/pets/);
  });

  it('tells AWS_IAM pages to sign', () => {
    const input = apiInput({ authorizationType: 'AWS_IAM' });
    const fetch = snippetsForForm(formFor('A1', input), input.request).find((s) => s.id === 'fetch')!;
    expect(fetch.warnings.join()).toMatch(/must SigV4-sign the request itself/);
  });
});
