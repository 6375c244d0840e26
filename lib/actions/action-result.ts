import type { ConsoleError } from '@/lib/aws/console-error';

/** What every server action returns to the page. */
export type ActionResult<T> =
  { ok: true; data: T; message?: string } | { ok: false; error: ConsoleError; fieldErrors?: Record<string, string> };
