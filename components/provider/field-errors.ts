import type { z } from 'zod';

export type FieldErrors = Record<string, string>;

/** zod issues → `{ "mappings.0.basePath": "…" }`, first message per field, the same keys the server actions use. */
export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.length ? issue.path.join('.') : '_form';
    out[key] ??= issue.message;
  }
  return out;
}
