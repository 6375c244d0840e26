/**
 * The AWS SDK clients, loaded once when the server starts (from `instrumentation.ts`) instead of by the first page
 * that needs them: Next keeps them out of the bundles (`serverExternalPackages`), so every page shares these same
 * modules through Node's module cache, and the first operator does not wait while they load. No AWS call is made.
 */
export async function preloadAwsSdk(): Promise<void> {
  await Promise.all([
    import('@aws-sdk/client-api-gateway'),
    import('@aws-sdk/client-ec2'),
    import('@aws-sdk/client-ram'),
    import('@aws-sdk/client-acm'),
    import('@aws-sdk/client-route-53'),
    import('@aws-sdk/client-sts'),
    import('@aws-sdk/credential-providers'),
  ]);
}
