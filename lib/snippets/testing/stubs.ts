/**
 * Stand-ins for the HTTP libraries the snippets call, so a snippet runs unmodified and reports the exact
 * request it would send. Written to a temp dir by the tests.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './run';

const FAKE_REQUESTS = `import json, sys
def request(method, url, headers=None, data=None, timeout=None):
    sys.stdout.write(json.dumps({"method": method, "url": url, "headers": headers,
                                 "data": None if data is None else data.decode("utf-8")}) + "\\n")
    class Response:
        status_code = 0
        text = ""
    return Response()
`;

const FAKE_HTTPS = `import https from 'node:https';
https.request = (options) => ({
  on() { return this; },
  end(body) {
    process.stdout.write(JSON.stringify({ options, body: body === undefined ? null : body.toString('utf8') }) + '\\n');
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
