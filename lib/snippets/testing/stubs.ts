/**
 * Stand-ins for the HTTP libraries the snippets call, so a snippet runs unmodified and reports the exact
 * request it would send. Header values are reported as their wire bytes read as UTF-8, encoded the way the real
 * library encodes them (text as Latin-1, refusing what Latin-1 cannot hold; bytes as given). Written to a temp
 * dir by the tests.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './run';

const FAKE_REQUESTS = `import json, sys
def wire(value):
    return (value if isinstance(value, bytes) else value.encode("latin-1")).decode("utf-8")
def request(method, url, headers=None, data=None, timeout=None):
    headers = None if headers is None else {name: wire(value) for name, value in headers.items()}
    sys.stdout.write(json.dumps({"method": method, "url": url, "headers": headers,
                                 "data": None if data is None else data.decode("utf-8")}) + "\\n")
    class Response:
        status_code = 0
        text = ""
    return Response()
`;

const FAKE_HTTPS = `import https from 'node:https';
const wire = (value) => {
  if (typeof value !== 'string') return value;
  if (/[^\\x00-\\xff]/.test(value)) throw new TypeError('Invalid character in header content');
  return Buffer.from(value, 'latin1').toString('utf8');
};
https.request = (options) => ({
  options: { ...options, headers: Object.fromEntries(Object.entries(options.headers).map(([k, v]) => [k, wire(v)])) },
  on() { return this; },
  end(body) {
    process.stdout.write(JSON.stringify({ options: this.options, body: body === undefined ? null : body.toString('utf8') }) + '\\n');
  },
});
`;

export interface Stubs {
  pythonPath: string;
  nodePreload: string;
}

export function writeStubs(): Stubs {
  const dir = mkdtempSync(join(tmpdir(), 'snippet-stubs-'));
  writeFileSync(join(dir, 'requests.py'), FAKE_REQUESTS);
  writeFileSync(join(dir, 'fake-https.mjs'), FAKE_HTTPS);
  return { pythonPath: dir, nodePreload: join(dir, 'fake-https.mjs') };
}

export function runPythonWithFakeRequests(
  stubs: Stubs,
  code: string,
): { request: Record<string, unknown>; stderr: string } {
  const r = run('python3', ['-c', code], {
    env: { PATH: process.env.PATH, PYTHONPATH: stubs.pythonPath, PYTHONIOENCODING: 'utf-8' },
  });
  return { request: JSON.parse(r.stdout.toString('utf8').split('\n')[0]) as Record<string, unknown>, stderr: r.stderr };
}

export function runNodeWithFakeHttps(
  stubs: Stubs,
  code: string,
): { request: { options: Record<string, unknown>; body: string | null }; stderr: string } {
  const r = run(process.execPath, ['--import', stubs.nodePreload, '--input-type=module', '-e', code], {
    env: { PATH: process.env.PATH },
  });
  return {
    request: JSON.parse(r.stdout.toString('utf8').split('\n')[0]) as {
      options: Record<string, unknown>;
      body: string | null;
    },
    stderr: r.stderr,
  };
}
