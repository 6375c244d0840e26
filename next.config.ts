import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Lets several builds of this tree coexist (e.g. parallel test runs); defaults to .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The emulator and the SDK are Node-only; keep the SDK out of the client bundle and out of bundling.
  serverExternalPackages: ['@aws-sdk/client-ec2'],
  transpilePackages: [
    '@cloudscape-design/components',
    '@cloudscape-design/code-view',
    '@cloudscape-design/collection-hooks',
  ],
  poweredByHeader: false,
  // Tests and screenshots reach the dev server as 127.0.0.1.
  allowedDevOrigins: ['127.0.0.1'],
  // `npm test` type-checks the whole repository (emulator included) with tsc; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
