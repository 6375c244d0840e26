/** Quoting for the generated bash scripts. */

/** A single-quoted bash word: nothing inside is expanded. */
export function sq(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * A double-quoted bash word in which each placeholder becomes a variable reference and everything else stays
 * literal (", \, $ and ` escaped).
 */
export function dqWithVars(text: string, vars: Record<string, string>): string {
  let out = text.replace(/[\\"$`]/g, (c) => `\\${c}`);
  for (const [placeholder, name] of Object.entries(vars)) out = out.split(placeholder).join(`\${${name}}`);
  return `"${out}"`;
}

/** `# `-prefixed lines, wrapped at about 110 characters. */
export function commentLines(text: string, prefix = '# '): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line !== '' && line.length + word.length + 1 > 110) {
        out.push(prefix + line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    out.push((prefix + line).trimEnd());
  }
  return out;
}
