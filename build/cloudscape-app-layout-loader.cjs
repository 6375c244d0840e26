/**
 * Turbopack loader for `@cloudscape-design/components/app-layout/internal.js` (wired in next.config.js).
 *
 * Cloudscape's AppLayout ships three implementations and picks one at run time: classic (never: this build of the
 * components is always visual refresh), toolbar (only when the hosting page sets Cloudscape's global
 * `appLayoutWidget`/`appLayoutToolbar` flags, which the AWS Console does and this console never does) and visual
 * refresh, the one the console renders. Keeping only the last takes ~40 KB of gzipped JavaScript (the toolbar's
 * drawers, drag and drop, and the classic layout) off every page's first load without changing what renders.
 *
 * When Cloudscape reshapes the module, the build stops here instead of silently rendering something else.
 */
const EXPECTED = [
  "import RefreshedAppLayout from './visual-refresh';",
  'if (isRefresh) {',
  'return React.createElement(RefreshedAppLayout, { ref: ref, ...props });',
  'export const AppLayoutInternal = React.forwardRef(',
];

module.exports = function refreshOnlyAppLayout(source) {
  const missing = EXPECTED.filter((line) => !source.includes(line));
  if (missing.length > 0) {
    throw new Error(
      `build/cloudscape-app-layout-loader.cjs: @cloudscape-design/components/app-layout/internal.js changed ` +
        `(missing: ${missing.join(' | ')}); check that the console still renders the visual refresh AppLayout ` +
        'and update the loader or remove it from next.config.js.',
    );
  }
  return [
    "import React from 'react';",
    "import RefreshedAppLayout from './visual-refresh';",
    'export const AppLayoutInternal = React.forwardRef((props, ref) =>',
    '  React.createElement(RefreshedAppLayout, { ref: ref, ...props }),',
    ');',
    '',
  ].join('\n');
};
