/**
 * Runs once when the server starts: a bad access or contexts setting stops it here, with the variable and the fix,
 * instead of failing on the first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { stopOnBadSettings } = await import('./lib/config/startup');
  stopOnBadSettings();
}
