import { describe, expect, it } from 'vitest';
import { bundleWeightFailures, entriesOfPage, inlinedFontBytes, type BundleWeightReport } from './bundle-weight';

const ENTRIES = [
  '[project]/app/layout',
  '[project]/app/error',
  '[project]/app/not-found',
  '[project]/app/global-error',
  '[project]/app/page',
  '[project]/app/apis/loading',
  '[project]/app/apis/page',
  '[project]/app/apis/[restApiId]/error',
  '[project]/app/apis/[restApiId]/page',
  '[project]/app/apis-archive/layout',
  '[project]/app/domains/page',
];

const ROOT = ['layout', 'error', 'not-found', 'global-error'];

describe('entriesOfPage', () => {
  it.each([
    { page: '/page', expected: [...ROOT, 'page'] },
    { page: '/apis/page', expected: [...ROOT, 'apis/loading', 'apis/page'] },
    {
      page: '/apis/[restApiId]/page',
      expected: [...ROOT, 'apis/loading', 'apis/[restApiId]/error', 'apis/[restApiId]/page'],
    },
    { page: '/domains/page', expected: [...ROOT, 'domains/page'] },
  ])('$page loads the segment files above it and its own page, not its siblings', ({ page, expected }) => {
    expect(entriesOfPage(page, ENTRIES)).toEqual(expected.map((entry) => `[project]/app/${entry}`));
  });
});

describe('inlinedFontBytes', () => {
  const base64Of = (bytes: number) => Buffer.alloc(bytes).toString('base64');
  it.each([
    { css: `@font-face{src:url(data:font/woff2;base64,${base64Of(300)})}`, bytes: 300 },
    { css: `@font-face{src:url('data:font/woff;base64,${base64Of(30)}') format('woff')}`, bytes: 30 },
    { css: `@font-face{src:url("data:application/x-font-woff;base64,${base64Of(6)}")}`, bytes: 6 },
    { css: `.icon{background:url(data:image/svg+xml;base64,${base64Of(90)})}`, bytes: 0 },
    { css: "@font-face{src:url('../media/open-sans.woff2') format('woff2')}", bytes: 0 },
  ])('counts $bytes font bytes', ({ css, bytes }) => {
    expect(inlinedFontBytes(css)).toBe(bytes);
  });
});

describe('bundleWeightFailures', () => {
  const route = (name: string, jsKb: number, inlinedFontKb: number) => ({
    route: name,
    jsKb,
    cssKb: 10,
    inlinedFontKb,
    jsFiles: [],
    cssFiles: [],
  });
  it('names the routes over the JS budget and those with inlined fonts', () => {
    const report: BundleWeightReport = {
      distDir: '.next',
      budgetKb: 350,
      routes: [route('/', 350, 0), route('/apis', 350.1, 0), route('/domains', 200, 133.7)],
      chunks: [],
    };
    expect(bundleWeightFailures(report)).toEqual([
      '/apis: 350.1 KB of gzipped JS (budget 350 KB)',
      '/domains: 133.7 KB of fonts inlined into its CSS',
    ]);
  });
});
