/**
 * What the audit entry says about an action's input: enough to tell what was asked, never a secret. Values under
 * names that may hold credentials or request contents are replaced, long strings cut, deep structures summarized.
 */
const SECRET_KEY = /secret|token|password|passphrase|authorization|credential|cookie|private|header|body|signature/i;
const MAX_STRING = 200;
const MAX_ITEMS = 20;
const MAX_DEPTH = 4;

export function summarizeInput(value: unknown, depth = 0): unknown {
  if (typeof value === 'string')
    return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}… (${value.length} chars)` : value;
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) return Array.isArray(value) ? `[${value.length} items]` : '{…}';
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((v) => summarizeInput(v, depth + 1));
    return value.length > MAX_ITEMS ? [...items, `… ${value.length - MAX_ITEMS} more`] : items;
  }
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>).slice(0, MAX_ITEMS)) {
    out[key] =
      SECRET_KEY.test(key) && v !== undefined && v !== null && v !== '' ? '[redacted]' : summarizeInput(v, depth + 1);
  }
  return out;
}
