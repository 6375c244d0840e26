/**
 * Test-only: runs a console snippet as a real process (bash for curl, python3, node) and reads the HTTP status it
 * printed. The snippet's own code is run as copied; curl only gets options that make it print the status.
 */
import { spawn } from 'node:child_process';
import type { SnippetId } from '@/lib/snippets';

export interface SnippetRun {
  /** The HTTP status the client printed; undefined when it got no HTTP answer. */
  status?: number;
  body: string;
  stderr: string;
  exitCode: number | null;
}

function argvFor(id: SnippetId, code: string): string[] {
  if (id === 'curl')
    return ['bash', '--norc', '--noprofile', '-c', `${code} --silent --show-error --write-out '\\n%{http_code}'`];
  if (id === 'node') return [process.execPath, '--input-type=module', '-e', code];
  return ['python3', '-c', code];
}

function parse(id: SnippetId, stdout: string): { status?: number; body: string } {
  if (id === 'curl') {
    const at = stdout.lastIndexOf('\n');
    const code = Number(stdout.slice(at + 1));
    return code > 0 ? { status: code, body: stdout.slice(0, at) } : { body: stdout };
  }
  if (id === 'node') {
    const m = /^(\d{3}) ([\s\S]*)$/.exec(stdout.trimEnd());
    return m ? { status: Number(m[1]), body: m[2] } : { body: stdout };
  }
  const [first, ...rest] = stdout.split('\n');
  return /^\d{3}$/.test(first) ? { status: Number(first), body: rest.join('\n').trimEnd() } : { body: stdout };
}

/** Async: an in-process emulator must keep answering while the client runs. */
export function runSnippet(id: SnippetId, code: string, env: Record<string, string | undefined>): Promise<SnippetRun> {
  const argv = argvFor(id, code);
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0], argv.slice(1), { env: env as NodeJS.ProcessEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolve({ ...parse(id, stdout), stderr, exitCode });
    });
  });
}
