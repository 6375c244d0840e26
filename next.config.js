/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets several builds of this tree coexist (e.g. parallel test runs). `npm start` has validated it already
  // (lib/config/env.ts); this file is plain JavaScript, so it reads the one variable it needs directly.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // `node .next/standalone/server.js` serves the console with only the files it needs (the Docker image's content).
  output: 'standalone',
  // The SDK is Node-only: kept out of bundling, the pages share the modules instrumentation.ts loads at start-up.
  serverExternalPackages: [
    '@aws-sdk/client-acm',
    '@aws-sdk/client-api-gateway',
    '@aws-sdk/client-ec2',
    '@aws-sdk/client-ram',
    '@aws-sdk/client-route-53',
    '@aws-sdk/client-sts',
    '@aws-sdk/credential-providers',
  ],
  transpilePackages: [
    '@cloudscape-design/components',
    '@cloudscape-design/code-view',
    '@cloudscape-design/collection-hooks',
  ],
  turbopack: {
    rules: {
      // Only the visual refresh AppLayout renders here; the loader drops the other two (see the file).
      '**/@cloudscape-design/components/app-layout/internal.js': {
        loaders: ['./build/cloudscape-app-layout-loader.cjs'],
        as: '*.js',
      },
    },
  },
  poweredByHeader: false,
  // Tests and screenshots reach the dev server as 127.0.0.1.
  allowedDevOrigins: ['127.0.0.1'],
};

export default nextConfig;
