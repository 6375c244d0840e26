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

export function run(
  cmd: string,
  args: string[],
  opts: { input?: string; env?: Record<string, string | undefined>; timeoutMs?: number } = {},
): RunResult {
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
 * empty PATH so any other external command fails loudly on stderr. Under bash a DEBUG trap also counts the
 * top-level commands the snippet executed, which catches smuggled builtins (eval, redirections, assignments).
 */
export function captureShellArgv(
  shell: 'bash' | 'dash',
  command: string,
  snippet: string,
): RunResult & { argv: string[]; topLevelCommands?: number } {
  const counting = shell === 'bash';
  const script = counting
    ? `${command}() { printf '%s\\0' "$@"; }\n__n=0\ntrap '(( \${#FUNCNAME[@]} == 0 )) && __n=$((__n+1))' DEBUG\n${snippet}\ntrap - DEBUG\nprintf '__COUNT=%s' "$__n" >&2\n`
    : `${command}() { printf '%s\\0' "$@"; }\n${snippet}\n`;
  const r = runShell(shell, script);
  if (!counting) return { ...r, argv: splitNul(r.stdout) };
  const m = /__COUNT=(\d+)$/.exec(r.stderr);
  // The trap also counts its own removal (`trap - DEBUG`).
  return {
    ...r,
    stderr: r.stderr.replace(/__COUNT=\d+$/, ''),
    argv: splitNul(r.stdout),
    topLevelCommands: m ? Number(m[1]) - 1 : undefined,
  };
}
