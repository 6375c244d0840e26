import type { ConsoleError } from '@/lib/errors';
import type { ErrorHint } from '@/lib/aws/errors';
import { consoleErrorOf } from '@/lib/console-error-of';

/** One independently loaded part of a page: a failing section shows its own error while the rest renders. */
export type Section<T> = { ok: true; data: T } | { ok: false; error: ConsoleError };

export async function section<T>(load: () => Promise<T>, hint?: ErrorHint): Promise<Section<T>> {
  try {
    return { ok: true, data: await load() };
  } catch (error) {
    return { ok: false, error: consoleErrorOf(error, hint, hint?.operation ?? 'section') };
  }
}
