/**
 * The /invoke link carries the whole selection, headers included, and links end up in chat, tickets, browser
 * history and proxy logs. Values of headers that look like credentials can be kept out of it: the link (and so
 * the snippets the server renders from it) carries a placeholder, the value stays in the operator's form.
 */
export const SECRET_PLACEHOLDER = '<secret>';

const SECRET_NAME = /auth|cookie|token|secret|api-?key|passw|session|credential|signature/i;
/** Authorization schemes stay readable: "Bearer <secret>" still says what to put there. */
const SCHEME = /^(Bearer|Basic|Digest|Token|ApiKey|AWS4-HMAC-SHA256)\s+(?=\S)/i;

function split(line: string): { name: string; value: string } {
  const i = line.indexOf(':');
  return i < 0 ? { name: line.trim(), value: '' } : { name: line.slice(0, i).trim(), value: line.slice(i + 1).trim() };
}

export function isSecretHeader(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** Names of the headers whose values would be kept out of the link, in the order given. */
export function secretHeaderNames(lines: string[]): string[] {
  return lines
    .map(split)
    .filter((h) => h.name !== '' && h.value !== '' && isSecretHeader(h.name))
    .map((h) => h.name);
}

function redact(value: string): string {
  if (value === '' || value.endsWith(SECRET_PLACEHOLDER)) return value;
  const scheme = SCHEME.exec(value)?.[0] ?? '';
  return `${scheme}${SECRET_PLACEHOLDER}`;
}

/** Header lines as the link carries them: secret-looking values replaced by the placeholder. */
export function withoutSecrets(lines: string[]): string[] {
  return lines.map((line) => {
    const { name, value } = split(line);
    return isSecretHeader(name) && value !== '' ? `${name}: ${redact(value)}` : line;
  });
}
