import 'server-only';
import type { z } from 'zod';
import { getSession, type Session } from '@/lib/aws/session';
import { toConsoleError, type ErrorHint } from '@/lib/aws/errors';
import type { ConsoleError } from '@/lib/errors';
import type { ActionResult } from './action-result';

export interface GuardOptions<S extends z.ZodType> {
  /** Stable action name for the audit log, e.g. "domains.create". */
  name: string;
  schema: S;
  /** Used to word AWS errors ("This role lacks apigateway:PATCH on /restapis/abc"). */
  hint?: ErrorHint | ((input: z.infer<S>) => ErrorHint);
}

/** Thrown by a handler to reject input with a field error after talking to AWS (e.g. "certificate does not cover the name"). */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Thrown by a handler for a failure it has already worded (e.g. "a domain with this name is being created"). */
export class ActionFailure extends Error {
  constructor(readonly error: ConsoleError) {
    super(error.message);
  }
}

function fieldErrorsOf(issues: z.core.$ZodIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.length ? issue.path.join('.') : '_form';
    out[key] ??= issue.message;
  }
  return out;
}

function audit(name: string, session: Session | undefined, outcome: string) {
  console.info(
    JSON.stringify({
      audit: name,
      context: session?.context.id,
      region: session?.region,
      outcome,
      at: new Date().toISOString(),
    }),
  );
}

/**
 * The one path every mutation takes: parse with zod (field errors the form can show), run against AWS in the
 * operator's context, map any AWS error to operator language. Authorization checks will live here too.
 */
export async function guarded<S extends z.ZodType, T>(
  options: GuardOptions<S>,
  raw: unknown,
  handler: (input: z.infer<S>, session: Session) => Promise<T>,
): Promise<ActionResult<T>> {
  const parsed = options.schema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error.issues);
    audit(options.name, undefined, 'invalid-input');
    return {
      ok: false,
      fieldErrors,
      error: {
        kind: 'invalid-input',
        title: 'Check the highlighted fields',
        message: Object.entries(fieldErrors)
          .map(([f, m]) => `${f}: ${m}`)
          .join('; '),
      },
    };
  }
  let session: Session | undefined;
  try {
    session = await getSession();
    const data = await handler(parsed.data, session);
    audit(options.name, session, 'ok');
    return { ok: true, data };
  } catch (error) {
    if (error instanceof ActionFailure) {
      audit(options.name, session, error.error.kind);
      return { ok: false, error: error.error };
    }
    if (error instanceof FieldError) {
      audit(options.name, session, 'invalid-input');
      return {
        ok: false,
        fieldErrors: { [error.field]: error.message },
        error: {
          kind: 'invalid-input',
          title: 'Check the highlighted fields',
          message: error.message,
          field: error.field,
        },
      };
    }
    const hint = typeof options.hint === 'function' ? options.hint(parsed.data) : options.hint;
    const consoleError = toConsoleError(error, hint);
    audit(options.name, session, consoleError.kind);
    if (consoleError.kind === 'unknown') console.error(`[${options.name}]`, error);
    return { ok: false, error: consoleError };
  }
}
