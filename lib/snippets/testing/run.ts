/**
 * Test-only helpers that evaluate generated snippets with real interpreters. Kept out of the production
 * entry points (nothing in lib/ imports this file except *.test.ts).
 */
import { spawnSync } from 'node:child_process';

export interface RunResult {
  status: number | null;
  stdout: Buffer;
  stderr: string;
}

export function run(cmd: string, args: string[], opts: { input?: string; env?: Record<string, string | undefined>; timeoutMs?: number } = {}): RunResult {
  // Cast: Next's type augmentation makes NODE_ENV mandatory in ProcessEnv, which a minimal child env lacks.
  const env = (opts.env ?? process.env) as NodeJS.ProcessEnv;
  const r = spawnSync(cmd, args, { input: opts.input, env, timeout: opts.timeoutMs ?? 15_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

export function hasCommand(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

/** Splits `printf '%s\0'` output into the argv it printed. */
export function splitNul(buf: Buffer): string[] {
  const parts = buf.toString('utf8').split('\0');
  parts.pop();
  return parts;
}

/** Runs a script in a bare shell: no rc files, PATH empty so only builtins and functions exist. */
export function runShell(shell: 'bash' | 'dash', script: string): RunResult {
  const args = shell === 'bash' ? ['--norc', '--noprofile', '-c', script] : ['-c', script];
  return run(`/bin/${shell}`, args, { env: { PATH: '/nonexistent', LC_ALL: 'C.UTF-8' } });
}

/**
 * Runs a shell snippet with `command` replaced by a function that prints its argv NUL-separated, and with an
 * empty PATH so any other command the snippet might smuggle in fails loudly on stderr.
 */
export function captureShellArgv(shell: 'bash' | 'dash', command: string, snippet: string): RunResult & { argv: string[] } {
  const script = `${command}() { printf '%s\\0' "$@"; }\n${snippet}\n`;
  const r = runShell(shell, script);
  return { ...r, argv: splitNul(r.stdout) };
}
