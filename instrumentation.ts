/**
 * Runs once when the server starts, before it answers any request: a bad access or contexts setting stops it here,
 * with the variable and the fix, instead of failing on the first request; then the AWS SDK loads, so the first page
 * does not wait for it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { stopOnBadSettings } = await import('./lib/config/startup');
  stopOnBadSettings();
  const { preloadAwsSdk } = await import('./lib/aws/preload');
  await preloadAwsSdk();
}
