import { shellQuote } from './quote';

/**
 * Renders one shell command with one option (and its value) per line, joined by backslash-newline. Each group is
 * a list of argv words; quoting is per word, so the command's argv is exactly `groups.flat()`.
 */
export function renderShellCommand(command: string, groups: string[][]): string {
  const lines = groups.map((g) => g.map((word) => shellQuote(word)).join(' '));
  return [command, ...lines].join(' \\\n  ');
}
