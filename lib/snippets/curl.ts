import { renderShellCommand } from './shell';
import type { HttpRequestSpec } from './types';

/**
 * curl argv, grouped per line. `--globoff` stops curl from expanding `[]{}` in URLs; `--data-raw` never treats a
 * leading `@` as a file name; an empty header value uses curl's `Name;` syntax because `Name:` deletes the header.
 */
export function curlArgGroups(spec: HttpRequestSpec): string[][] {
  const groups = [['--globoff'], ['--request', spec.method], ['--url', spec.url]];
  for (const h of spec.headers) groups.push(['--header', h.value === '' ? `${h.name};` : `${h.name}: ${h.value}`]);
  if (spec.body !== undefined) groups.push(['--data-raw', spec.body]);
  return groups;
}

export function curlSnippet(spec: HttpRequestSpec): string {
  return renderShellCommand('curl', curlArgGroups(spec));
}
