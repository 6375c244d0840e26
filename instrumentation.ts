/**
 * Runs once when the server starts, before it answers any request: a bad access or contexts setting stops it here,
 * with the variable and the fix, instead of failing on the first request; then the AWS SDK loads, so the first page
 * does not wait for it, and the server renders one page by itself (lib/http/renderer-warm-up.ts) while its probes
 * answer "starting".
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { stopOnBadSettings } = await import('./lib/config/startup');
  stopOnBadSettings();
  const { preloadAwsSdk } = await import('./lib/aws/preload');
  await preloadAwsSdk();
  // Next sets the address it listens on before instrumentation runs; the dev server compiles on demand instead.
  const origin = process.env.__NEXT_PRIVATE_ORIGIN;
  if (process.env.NODE_ENV === 'production' && origin) {
    const { startRendererWarmUp } = await import('./lib/http/renderer-warm-up');
    void startRendererWarmUp(origin, (message) => console.warn(message));
  }
}
