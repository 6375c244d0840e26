/**
 * Test-only: runs a client in a private mount namespace whose /etc/hosts maps the AWS hostnames to the stand-in
 * endpoint, so snippets resolve and connect exactly as pasted (no --connect-to, no resolver patching).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Why the sandbox cannot run here, or undefined when it can. */
export function sandboxUnavailable(): string | undefined {
  const r = spawnSync('unshare', ['-m', 'sh', '-c', 'mount --bind /etc/hosts /etc/hosts'], { timeout: 5000 });
  if (r.error) return `unshare not runnable: ${r.error.message}`;
  return r.status === 0 ? undefined : `unshare -m / bind mount not permitted: ${r.stderr.toString().trim()}`;
}

export function writeHosts(address: string, names: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'snippet-hosts-')), 'hosts');
  writeFileSync(file, `${readFileSync('/etc/hosts', 'utf8')}\n${names.map((n) => `${address} ${n}`).join('\n')}\n`);
  return file;
}

export interface SandboxResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Async on purpose: the stand-in server lives in this process and must keep answering while the client runs. */
export function runInSandbox(
  hostsFile: string,
  argv: string[],
  env: Record<string, string | undefined>,
): Promise<SandboxResult> {
  const script = 'mount --bind "$0" /etc/hosts && exec "$@"';
  return new Promise((resolve, reject) => {
    const child = spawn('unshare', ['-m', 'sh', '-c', script, hostsFile, ...argv], { env: env as NodeJS.ProcessEnv });
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
