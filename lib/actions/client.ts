import 'server-only';
import { createSafeActionClient } from 'next-safe-action';
import { refresh } from 'next/cache';
import { z } from 'zod';
import type { Session } from '@/lib/aws/session';
import type { ErrorHint } from '@/lib/aws/errors';
import { invalidateReads } from '@/lib/aws/read-cache';
import { writeAudit, type AuditOutcome } from '@/lib/audit/audit-log';
import { withAuditTrail } from '@/lib/audit/trail';
import { summarizeInput } from '@/lib/audit/input-summary';
import { ActionFailure, type ConsoleError, type FieldErrors } from '@/lib/errors';
import { consoleErrorOf } from '@/lib/console-error-of';
import { notSignedIn, REFUSED_CODE, refusalOf, whoAndWhere, type ActionKind } from './authorize';

/** What the action's server code receives besides its parsed input. */
export interface ActionContext {
  session: Session;
}

function flatten(errors: unknown, path: string[], out: FieldErrors): FieldErrors {
  if (typeof errors !== 'object' || errors === null) return out;
  for (const [key, value] of Object.entries(errors)) {
    if (key === '_errors') {
      const first = (value as string[])[0];
      if (first) out[path.length ? path.join('.') : '_form'] ??= first;
    } else flatten(value, [...path, key], out);
  }
  return out;
}

function outcomeOf(result: { success: boolean; validationErrors?: unknown; serverError?: ConsoleError }): AuditOutcome {
  if (result.success) return 'ok';
  if (result.validationErrors || result.serverError?.kind === 'invalid-input') return 'invalid';
  if (result.serverError?.code === REFUSED_CODE) return 'refused';
  return 'failed';
}

/** An error from an action's server code, with the hint that words it for the operator. */
class HintedError extends Error {
  constructor(
    readonly original: unknown,
    readonly hint: ErrorHint | undefined,
  ) {
    super(original instanceof Error ? original.message : String(original));
  }
}

/**
 * The one path every mutation takes: who and where (user, role, account context, Region) → audit around everything
 * after it → authorization → zod validation (field errors the form can show) → the change → AWS errors mapped to
 * operator language → the page refreshed with what AWS now holds.
 */
export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ name: z.string().min(1), kind: z.enum(['mutation', 'navigation']) }),
  handleServerError: (error, { metadata }): ConsoleError =>
    error instanceof HintedError
      ? consoleErrorOf(error.original, error.hint, metadata.name)
      : consoleErrorOf(error, undefined, metadata.name),
})
  .use(async ({ next }) => next({ ctx: await whoAndWhere() }))
  .use(async ({ next, ctx, metadata, clientInput }) => {
    const { trail, result: pending } = withAuditTrail(() => next());
    const result = await pending;
    const { session, access } = ctx;
    await writeAudit({
      time: new Date().toISOString(),
      user: { sub: session?.user?.sub ?? 'anonymous', email: session?.user?.email },
      role: access?.role,
      context: session?.context.id,
      account: session?.context.accountId,
      region: session?.region,
      action: metadata.name,
      targets: [...trail.targets],
      input: summarizeInput(clientInput),
      outcome: outcomeOf(result),
      reason: result.serverError?.code ?? result.serverError?.kind,
      requestIds: [...trail.requestIds],
    });
    // Even a failed mutation may have changed something (a step of several): no cached read outlives it.
    invalidateReads();
    // Server Components re-render with what AWS now holds; the action's response carries the refreshed page.
    if (result.success) refresh();
    return result;
  })
  .use(async ({ next, ctx, metadata }) => {
    const refused = refusalOf(metadata.kind, ctx);
    if (refused || !ctx.session) throw new ActionFailure(refused ?? notSignedIn());
    return next({ ctx: { session: ctx.session } });
  });

const handleValidationErrorsShape = (errors: unknown) => Promise.resolve(flatten(errors, [], {}));

/**
 * Defines a mutation: its name (for the audit trail), its input schema, the hint that words AWS errors ("this role
 * lacks apigateway:PATCH on /restapis/abc") and the change itself.
 */
export function consoleAction<S extends z.ZodType, T>(
  options: {
    name: string;
    schema: S;
    hint?: ErrorHint | ((input: z.output<S>) => ErrorHint);
    /** Defaults to "mutation": only operators and admins, never in read-only mode. */
    kind?: ActionKind;
  },
  run: (input: z.output<S>, ctx: ActionContext) => Promise<T>,
) {
  const { name, schema, hint, kind = 'mutation' } = options;
  return actionClient
    .metadata({ name, kind })
    .inputSchema(schema, { handleValidationErrorsShape })
    .action(async ({ parsedInput, ctx }) => {
      // next-safe-action types the parsed input through its own conditional types, which TypeScript cannot
      // resolve for a generic schema; it is the schema's output.
      const input = parsedInput as z.output<S>;
      try {
        return await run(input, ctx);
      } catch (error) {
        throw new HintedError(error, typeof hint === 'function' ? hint(input) : hint);
      }
    });
}
