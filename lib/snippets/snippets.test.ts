import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeInvokeForms } from '../invoke/engine';
import { apiInput, domainInput, inVpc, VPCE_HOST } from '../invoke/fixtures';
import type { FormId, InvokeForm, InvokeRequest } from '../invoke/types';
import { powershellSnippet } from './powershell';
import { parsePowershellVerbatim, SnippetInputError } from './quote';
import { requestSpecFor } from './request';
import { snippetsForForm } from './snippets';
import { captureShellArgv } from './testing/run';
import { runNodeWithFakeHttps, runPythonWithFakeRequests, writeStubs, type Stubs } from './testing/stubs';
import { curlSnippet } from './curl';
import { awscurlSnippet, pythonSigV4Snippet } from './sigv4';

const API_HOST = 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com';

function formFor(id: FormId, request: InvokeRequest, auth: 'NONE' | 'AWS_IAM' = 'NONE'): InvokeForm {
  const input = id.startsWith('B')
    ? domainInput({ request, authorizationType: auth })
    : apiInput({ request, authorizationType: auth });
  return computeInvokeForms(input, inVpc).forms.find((f) => f.id === id)!;
}

const wellFormed = (s: string) => !/[\uD800-\uDFFF]/.test(s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''));
const anyText = fc.string({ unit: 'binary', maxLength: 30 }).filter((s) => !s.includes('\0') && wellFormed(s));
const headerValue = anyText.filter((s) => !/[\r\n]/.test(s));
const hostileText = fc.oneof(
  anyText,
  fc.constantFrom(
    "'; touch /tmp/pwned; '",
    '$(id)',
    '`id`',
    '"\\"',
    'a\nb',
    '@/etc/passwd',
    '{a,b}[1-2]',
    '‘’',
    '😀 ü',
  ),
);
const requestArb: fc.Arbitrary<InvokeRequest> = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE'),
  path: hostileText.map((p) => `/${p}`),
  query: fc.array(fc.record({ name: hostileText, value: hostileText }), { maxLength: 2 }),
  headers: fc.array(
    fc.record({
      name: fc.stringMatching(/^X-[A-Za-z0-9-]{1,12}$/),
      value: fc.oneof(headerValue, fc.constantFrom("'$(id)'", '`id`')),
    }),
    { maxLength: 2 },
  ),
  body: fc.option(hostileText, { nil: undefined }),
});

/** The argv the operator intends, written independently of the generator. */
function intendedCurlArgv(form: InvokeForm, req: InvokeRequest): string[] {
  const headers = [...form.headers, ...(req.headers ?? [])].flatMap((h) => [
    '--header',
    h.value === '' ? `${h.name};` : `${h.name}: ${h.value}`,
  ]);
  const body = req.body ? ['--data-raw', req.body] : [];
  return ['--globoff', '--request', req.method, '--url', form.url, ...headers, ...body];
}

describe('curl snippet: argv is exactly the request, nothing else runs', () => {
  it.each(['bash', 'dash'] as const)('%s, arbitrary method/path/query/headers/body (A2 with Host header)', (shell) => {
    fc.assert(
      fc.property(requestArb, (req) => {
        const form = formFor('A2', req);
        const r = captureShellArgv(shell, 'curl', curlSnippet(requestSpecFor(form, req)));
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        expect(r.argv).toEqual(intendedCurlArgv(form, req));
        if (shell === 'bash') expect(r.topLevelCommands).toBe(1);
      }),
      { numRuns: 40 },
    );
  });

  it('the command counter notices a smuggled extra command (control)', () => {
    const r = captureShellArgv('bash', 'curl', "curl --url 'x'; __smuggled=1");
    expect(r.argv).toEqual(['--url', 'x']);
    expect(r.topLevelCommands).toBe(2);
  });

  it('a header value cannot inject a second header line', () => {
    const req = { method: 'GET', path: '/', headers: [{ name: 'X-A', value: 'v\r\nX-Injected: 1' }] };
    expect(() => snippetsForForm(formFor('A1', req), req)).toThrow(SnippetInputError);
  });

  it.each([
    ['bad method', { method: 'GET /x', path: '/' }],
    ['bad header name', { method: 'GET', path: '/', headers: [{ name: 'X A', value: 'v' }] }],
    ['NUL body', { method: 'POST', path: '/', body: 'a\0b' }],
    ['lone surrogate body', { method: 'POST', path: '/', body: 'a\uD800' }],
  ])('refuses %s', (_n, req) => {
    expect(() => snippetsForForm(formFor('A1', req), req)).toThrow(SnippetInputError);
  });

  it("drops operator Host / x-apigw-api-id in favour of the form's", () => {
    const req = {
      method: 'GET',
      path: '/',
      headers: [
        { name: 'host', value: 'evil' },
        { name: 'X-APIGW-API-ID', value: 'other' },
      ],
    };
    expect(requestSpecFor(formFor('A2', req), req).headers).toEqual([{ name: 'Host', value: API_HOST }]);
  });
});

describe('awscurl snippet (SigV4)', () => {
  it('argv for arbitrary values; never a Host header', () => {
    fc.assert(
      fc.property(requestArb, (req) => {
        const form = formFor('A3', req, 'AWS_IAM');
        const spec = requestSpecFor(form, req);
        const r = captureShellArgv(
          'bash',
          'awscurl',
          awscurlSnippet(spec, { region: 'us-east-1', service: 'execute-api' }).code,
        );
        expect(r.stderr).toBe('');
        expect(r.topLevelCommands).toBe(1);
        const headers = [...form.headers, ...(req.headers ?? [])].flatMap((h) => ['--header', `${h.name}: ${h.value}`]);
        expect(r.argv).toEqual([
          '--service',
          'execute-api',
          '--region',
          'us-east-1',
          '--request',
          req.method,
          ...headers,
          ...(req.body ? ['--data', req.body] : []),
          form.url,
        ]);
        expect(r.argv.some((a) => /^host:/i.test(a))).toBe(false);
      }),
      { numRuns: 30 },
    );
  });

  it('warns where awscurl would misread the input', () => {
    const req = { method: 'POST', path: '/', body: '@/etc/passwd', headers: [{ name: 'X-A', value: 'a: b' }] };
    const { warnings } = awscurlSnippet(requestSpecFor(formFor('A3', req, 'AWS_IAM'), req), {
      region: 'us-east-1',
      service: 'execute-api',
    });
    expect(warnings.join()).toMatch(/file name/);
    expect(warnings.join()).toMatch(/X-A/);
  });
});

describe('Python and Node snippets send exactly the request (library stubbed)', () => {
  let stubs: Stubs;
  beforeAll(() => {
    stubs = writeStubs();
  });

  it('python requests: arbitrary values', () => {
    fc.assert(
      fc.property(requestArb, (req) => {
        const form = formFor('B2', req);
        const spec = requestSpecFor(form, req);
        const { request, stderr } = runPythonWithFakeRequests(
          stubs,
          snippetsForForm(form, req).find((s) => s.id === 'python')!.code,
        );
        expect(stderr).toBe('');
        expect(request).toEqual({
          method: req.method,
          url: form.url,
          headers: Object.fromEntries(spec.headers.map((h) => [h.name, h.value])),
          data: req.body || null,
        });
      }),
      { numRuns: 12 },
    );
  });

  it('node https: arbitrary values, servername pinned to the connection host', () => {
    fc.assert(
      fc.property(requestArb, (req) => {
        const form = formFor('B2', req);
        const spec = requestSpecFor(form, req);
        const { request, stderr } = runNodeWithFakeHttps(
          stubs,
          snippetsForForm(form, req).find((s) => s.id === 'node')!.code,
        );
        expect(stderr).toBe('');
        const url = new URL(form.url);
        const headers: Record<string, unknown> = Object.fromEntries(spec.headers.map((h) => [h.name, h.value]));
        if (req.body) headers['Content-Length'] = Buffer.byteLength(req.body);
        expect(request.options).toEqual({
          method: req.method,
          host: VPCE_HOST,
          servername: VPCE_HOST,
          port: 443,
          path: `${url.pathname}${url.search}`,
          headers,
        });
        expect(request.body).toBe(req.body || null);
      }),
      { numRuns: 12 },
    );
  });

  it('python SigV4 snippet compiles and signs the URL host', () => {
    const req = { method: 'POST', path: "/o'k", body: '{"a":"$(id)"}' };
    const code = pythonSigV4Snippet(requestSpecFor(formFor('A3', req, 'AWS_IAM'), req), {
      region: 'us-east-1',
      service: 'execute-api',
    });
    expect(code).toContain('SigV4Auth(credentials, "execute-api", "us-east-1")');
    expect(code).not.toMatch(/"Host"/);
  });
});

describe('PowerShell snippet', () => {
  it('every literal in the snippet decodes to the intended value', () => {
    fc.assert(
      fc.property(requestArb, (req) => {
        const spec = requestSpecFor(formFor('A2', req), req);
        const code = powershellSnippet(spec);
        // Pull out every verbatim literal in order and compare with what the generator was asked to write.
        const literals: string[] = [];
        for (let i = 0; i < code.length;) {
          if (
            /['\u2018\u2019\u201A\u201B]/.test(code[i]) &&
            !code.slice(code.lastIndexOf('\n', i) + 1, i).startsWith('#')
          ) {
            const { value, end } = parsePowershellVerbatim(code, i);
            literals.push(value);
            i = end;
          } else i += 1;
        }
        const headerLits = spec.headers.flatMap((h) => [h.name, h.value]);
        expect(literals).toEqual([
          ...headerLits,
          ...(spec.body !== undefined ? [spec.body] : []),
          spec.method,
          spec.url,
        ]);
      }),
      { numRuns: 200 },
    );
  });

  it('uses -ContentType for Content-Type and -SkipHeaderValidation for Host', () => {
    const req = {
      method: 'POST',
      path: '/',
      body: '{}',
      headers: [{ name: 'Content-Type', value: 'application/json' }],
    };
    const code = powershellSnippet(requestSpecFor(formFor('A2', req), req));
    expect(code).toContain("-ContentType 'application/json'");
    expect(code).toContain('-SkipHeaderValidation');
  });
});

describe('snippetsForForm', () => {
  it('plain forms get curl, Python, Node and PowerShell', () => {
    const req = { method: 'GET', path: '/pets' };
    expect(snippetsForForm(formFor('A1', req), req).map((s) => s.id)).toEqual([
      'curl',
      'python',
      'node',
      'powershell',
      'fetch',
    ]);
  });

  it('IAM forms lead with the signed variants and warn on the unsigned ones', () => {
    const req = { method: 'GET', path: '/pets' };
    const s = snippetsForForm(formFor('A3', req, 'AWS_IAM'), req);
    expect(s.map((x) => x.id)).toEqual(['python-sigv4', 'awscurl', 'curl', 'python', 'node', 'powershell']);
    expect(s.find((x) => x.id === 'curl')!.warnings.join()).toMatch(/unsigned request is refused/);
  });

  it('forms with unmet prerequisites still get snippets, with the symptom as warning', () => {
    const req = { method: 'GET', path: '/pets' };
    const a4 = formFor('A4', req);
    const s = snippetsForForm(a4, req);
    expect(s).toHaveLength(5);
    expect(s[0].warnings.join()).toMatch(/Not met: Endpoint associated.*HTTP 403 Forbidden/);
  });

  it('refuses non-ASCII header values for AWS_IAM methods, naming the header (the signature would not match)', () => {
    const req = { method: 'GET', path: '/pets', headers: [{ name: 'X-Note', value: 'café' }] };
    let refused: unknown;
    try {
      snippetsForForm(formFor('A1', req, 'AWS_IAM'), req);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(SnippetInputError);
    expect(refused).toMatchObject({ field: 'headers' });
    expect((refused as Error).message).toMatch(/^Header X-Note has characters outside ASCII/);
    expect(snippetsForForm(formFor('A1', req), req)).toHaveLength(5);
  });

  it('warns that PowerShell may not send non-ASCII header values as UTF-8', () => {
    const req = { method: 'GET', path: '/pets', headers: [{ name: 'X-Note', value: 'café' }] };
    const ps = snippetsForForm(formFor('A1', req), req).find((s) => s.id === 'powershell')!;
    expect(ps.warnings).toContain(
      'PowerShell may not send X-Note as UTF-8 (non-ASCII value); the curl, Python and Node snippets do.',
    );
  });

  it('not-applicable forms carry their reason', () => {
    const req = { method: 'GET', path: '/pets' };
    const form = computeInvokeForms(apiInput({ request: req }), { ...inVpc, client: 'browser' }).forms.find(
      (f) => f.id === 'A2',
    )!;
    expect(snippetsForForm(form, req)[0].warnings[0]).toMatch(/Not usable here: Browsers/);
  });
});
