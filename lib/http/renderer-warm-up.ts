/**
 * The first page a fresh Next server renders pays a one-time cost on top of its own work: the page runtime, React's
 * server renderer and the console's shell run for the first time (~350 ms on a 2-core machine, whatever the page).
 * Preloading modules does not remove it; rendering once does. So the server renders one page by itself right after it
 * starts, and its probes say "starting" until then: a load balancer or readiness probe sends the first operator to a
 * server that is already warm.
 *
 * The page rendered is the not-found page under the public `/auth/` prefix: it needs no signed-in identity and reads
 * nothing of its own from AWS. Without sign-in it renders inside the shell; with sign-in (oidc, alb) the anonymous
 * request gets it without the shell, which still warms the renderer and Cloudscape.
 *
 * The state lives on `globalThis`: instrumentation and the route handlers are separate bundles in one process.
 */
const STATE = Symbol.for('private-domains-console.renderer-warm-up');
export const WARM_UP_PATH = '/auth/renderer-warm-up';
/** A warm-up that takes longer (a machine under heavy load) stops holding the probes. */
export const WARM_UP_LIMIT_MS = 20_000;

interface WarmUpState {
  startedAt: number;
  finishedAt?: number;
}

type WithState = typeof globalThis & { [STATE]?: WarmUpState };

function state(): WarmUpState | undefined {
  return (globalThis as WithState)[STATE];
}

/** True unless a warm-up is running: a server that never started one (dev server, tests) is as warm as it gets. */
export function rendererWarm(now = Date.now()): boolean {
  const current = state();
  return !current || current.finishedAt !== undefined || now - current.startedAt > WARM_UP_LIMIT_MS;
}

/**
 * The server's own address from the one it listens on: a wildcard address is reached on loopback, which the
 * host-name check always accepts.
 */
export function warmUpUrl(listeningOrigin: string): URL {
  const url = new URL(WARM_UP_PATH, listeningOrigin);
  if (url.hostname === '0.0.0.0' || url.hostname === 'localhost') url.hostname = '127.0.0.1';
  if (url.hostname === '[::]') url.hostname = '[::1]';
  return url;
}

type Fetch = (url: URL, init: RequestInit) => Promise<Response>;

/**
 * Starts the warm-up without waiting for it: the server answers requests only after instrumentation returns, so the
 * request must be sent afterwards. Resolves when the page was rendered (or could not be).
 */
export function startRendererWarmUp(
  listeningOrigin: string,
  log: (message: string) => void,
  send: Fetch = fetch,
): Promise<void> {
  const current: WarmUpState = { startedAt: Date.now() };
  (globalThis as WithState)[STATE] = current;
  const url = warmUpUrl(listeningOrigin);
  return new Promise<void>((resolve) => setTimeout(resolve, 0))
    .then(() => send(url, { headers: { accept: 'text/html' }, signal: AbortSignal.timeout(WARM_UP_LIMIT_MS) }))
    .then(async (response) => {
      await response.arrayBuffer();
      // The not-found page is the expected answer; anything else rendered no page, so the first operator pays.
      if (response.status !== 404)
        log(`Renderer warm-up: ${url.pathname} answered ${response.status}, not the not-found page.`);
    })
    .catch((error: unknown) => {
      log(`Renderer warm-up failed (${error instanceof Error ? error.message : String(error)}).`);
    })
    .finally(() => {
      current.finishedAt = Date.now();
    });
}
