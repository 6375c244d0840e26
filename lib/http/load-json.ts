import type { ConsoleError } from '@/lib/errors';
import type { Section } from '@/lib/result';

const UNREADABLE: ConsoleError = {
  kind: 'unavailable',
  title: 'No answer from the console',
  message: 'The console did not answer this request. Check that it is still running, then try again.',
};

function isConsoleError(body: unknown): body is ConsoleError {
  return typeof body === 'object' && body !== null && 'kind' in body && 'message' in body && 'title' in body;
}

/**
 * Loads what a form needs from one of the console's GET route handlers (browser side): the data, or the
 * ConsoleError the handler sent. `init` passes a method and body for reads whose input is too large for a URL.
 */
export async function loadJson<T>(url: string, init?: { method: 'POST'; body: unknown }): Promise<Section<T>> {
  let response: Response;
  try {
    response = await fetch(
      url,
      init && { method: init.method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(init.body) },
    );
  } catch {
    return { ok: false, error: UNREADABLE };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) return { ok: true, data: body as T };
  return {
    ok: false,
    error: isConsoleError(body)
      ? body
      : { ...UNREADABLE, message: `${UNREADABLE.message} (HTTP ${String(response.status)})` },
  };
}
