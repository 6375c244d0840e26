/**
 * What each page route makes the browser download before it is interactive: gzipped JavaScript and CSS, read from a
 * production build's manifests (run after `next build`; no server needed), and whether any stylesheet still carries
 * fonts inlined as base64 (uncacheable apart from the stylesheet).
 *
 *   npx tsx scripts/bundle-weight.ts [--dist .next] [--json bench/bundle-weight.json] [--budget 350] [--check]
 *
 * `--check` exits 1 when a route is over the JS budget or a stylesheet inlines a font. `scripts/bench.ts` may call
 * `measureBundleWeight` and `bundleWeightTable` directly.
 */
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runInNewContext } from 'node:vm';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

export const DEFAULT_JS_BUDGET_KB = 350;

export interface RouteWeight {
  route: string;
  jsKb: number;
  cssKb: number;
  /** Base64 font bytes (decoded size) inside this route's stylesheets. */
  inlinedFontKb: number;
  jsFiles: string[];
  cssFiles: string[];
}

export interface BundleWeightReport {
  distDir: string;
  budgetKb: number;
  routes: RouteWeight[];
  /** Every first-load JS file with its gzipped size, largest first, and how many routes load it. */
  chunks: { file: string; gzipKb: number; routes: number }[];
}

interface ClientReferenceManifest {
  entryJSFiles?: Record<string, string[]>;
  entryCSSFiles?: Record<string, { path: string; inlined?: boolean; content?: string }[]>;
}

/** Segment files whose client chunks a page's HTML loads (global-error's too: Next mounts it around the root). */
const TREE_FILES = new Set([
  'layout',
  'template',
  'page',
  'loading',
  'error',
  'global-error',
  'not-found',
  'forbidden',
  'unauthorized',
]);

/**
 * The manifest's entry keys (`[project]/app/apis/loading`) that belong to the page `apis/[restApiId]/page`:
 * the tree files of the page's own directory and of every directory above it.
 */
export function entriesOfPage(pageKey: string, entryKeys: string[]): string[] {
  const pageDir = dirname(pageKey.replace(/^\//, ''));
  const ancestors = new Set(['.']);
  let dir = pageDir;
  while (dir !== '.' && dir !== '/') {
    ancestors.add(dir);
    dir = dirname(dir);
  }
  return entryKeys.filter((key) => {
    const path = key.replace(/^\[project\]\/app\/?/, '');
    const file = path.split('/').pop() ?? '';
    const dirOfEntry = path.includes('/') ? dirname(path) : '.';
    if (!TREE_FILES.has(file)) return false;
    // A page file counts only when it is this page; other segment files count for every ancestor directory.
    return file === 'page' ? dirOfEntry === pageDir : ancestors.has(dirOfEntry);
  });
}

/** Decoded bytes of every base64 font in a stylesheet (`url(data:font/woff2;base64,…)` and the older MIME types). */
export function inlinedFontBytes(css: string): number {
  let bytes = 0;
  for (const match of css.matchAll(
    /url\(\s*['"]?data:(?:font\/[\w-]+|application\/(?:x-)?font-[\w-]+);base64,([^'")]+)/g,
  )) {
    bytes += Math.floor((match[1].length * 3) / 4);
  }
  return bytes;
}

function loadClientManifest(file: string): ClientReferenceManifest {
  const sandbox: { globalThis?: unknown; self?: unknown; __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } =
    {};
  sandbox.globalThis = sandbox;
  sandbox.self = sandbox;
  runInNewContext(readFileSync(file, 'utf8'), sandbox);
  const manifests = Object.values(sandbox.__RSC_MANIFEST ?? {});
  if (manifests.length !== 1) throw new Error(`${file}: expected one client reference manifest`);
  return manifests[0];
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

export function measureBundleWeight(distDir = '.next', budgetKb = DEFAULT_JS_BUDGET_KB): BundleWeightReport {
  const readJson = (name: string): unknown => JSON.parse(readFileSync(join(distDir, name), 'utf8'));
  if (!existsSync(join(distDir, 'build-manifest.json'))) {
    throw new Error(`${distDir}/build-manifest.json not found: run \`next build\` first`);
  }
  // Polyfills are `nomodule` scripts: browsers that run the console's modern JavaScript never fetch them (a count of
  // every `<script src>` in the HTML includes them).
  const { rootMainFiles } = readJson('build-manifest.json') as { rootMainFiles: string[] };
  const appRoutes = readJson('app-path-routes-manifest.json') as Record<string, string>;

  const gzipCache = new Map<string, number>();
  const gzipSize = (file: string) => {
    let size = gzipCache.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(join(distDir, file))).byteLength;
      gzipCache.set(file, size);
    }
    return size;
  };
  const fontCache = new Map<string, number>();
  const fontBytes = (file: string) => {
    let size = fontCache.get(file);
    if (size === undefined) {
      size = inlinedFontBytes(readFileSync(join(distDir, file), 'utf8'));
      fontCache.set(file, size);
    }
    return size;
  };

  const routes: RouteWeight[] = [];
  const routesPerChunk = new Map<string, number>();
  for (const [pageKey, route] of Object.entries(appRoutes).sort(([, a], [, b]) => a.localeCompare(b))) {
    if (!pageKey.endsWith('/page') || route.startsWith('/_')) continue;
    const manifest = loadClientManifest(join(distDir, 'server', 'app', `${pageKey}_client-reference-manifest.js`));
    const jsEntries = manifest.entryJSFiles ?? {};
    const cssEntries = manifest.entryCSSFiles ?? {};
    const jsFiles = [
      ...new Set([
        ...rootMainFiles,
        ...entriesOfPage(pageKey, Object.keys(jsEntries)).flatMap((key) => jsEntries[key]),
      ]),
    ];
    const cssRefs = entriesOfPage(pageKey, Object.keys(cssEntries)).flatMap((key) => cssEntries[key]);
    const cssFiles = [...new Set(cssRefs.filter((ref) => !ref.inlined).map((ref) => ref.path))];
    const inlinedCss = [...new Set(cssRefs.filter((ref) => ref.inlined).map((ref) => ref.content ?? ''))];
    for (const file of jsFiles) routesPerChunk.set(file, (routesPerChunk.get(file) ?? 0) + 1);
    routes.push({
      route,
      jsKb: kb(jsFiles.reduce((sum, file) => sum + gzipSize(file), 0)),
      cssKb: kb(
        cssFiles.reduce((sum, file) => sum + gzipSize(file), 0) +
          inlinedCss.reduce((sum, css) => sum + gzipSync(css).byteLength, 0),
      ),
      inlinedFontKb: kb(
        cssFiles.reduce((sum, file) => sum + fontBytes(file), 0) +
          inlinedCss.reduce((sum, css) => sum + inlinedFontBytes(css), 0),
      ),
      jsFiles,
      cssFiles,
    });
  }
  const chunks = [...routesPerChunk]
    .map(([file, count]) => ({ file, gzipKb: kb(gzipSize(file)), routes: count }))
    .sort((a, b) => b.gzipKb - a.gzipKb);
  return { distDir, budgetKb, routes, chunks };
}

export function bundleWeightTable(report: BundleWeightReport): string {
  const rows = report.routes.map(
    (r) =>
      `| \`${r.route}\` | ${r.jsKb.toFixed(1)} | ${r.jsKb <= report.budgetKb ? 'yes' : '**no**'} | ` +
      `${r.cssKb.toFixed(1)} | ${r.inlinedFontKb > 0 ? `**${r.inlinedFontKb.toFixed(1)}**` : 'none'} |`,
  );
  return [
    `| route | first-load JS gzipped (KB) | ≤ ${report.budgetKb} KB | CSS gzipped (KB) | fonts inlined in CSS (KB) |`,
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

export function bundleWeightFailures(report: BundleWeightReport): string[] {
  return report.routes.flatMap((r) => [
    ...(r.jsKb > report.budgetKb ? [`${r.route}: ${r.jsKb} KB of gzipped JS (budget ${report.budgetKb} KB)`] : []),
    ...(r.inlinedFontKb > 0 ? [`${r.route}: ${r.inlinedFontKb} KB of fonts inlined into its CSS`] : []),
  ]);
}

function main() {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: process.env.NEXT_DIST_DIR || '.next' },
      json: { type: 'string', default: 'bench/bundle-weight.json' },
      budget: { type: 'string', default: String(DEFAULT_JS_BUDGET_KB) },
      chunks: { type: 'string', default: '10' },
      check: { type: 'boolean', default: false },
    },
  });
  const report = measureBundleWeight(values.dist, Number(values.budget));
  mkdirSync(dirname(values.json), { recursive: true });
  writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
  console.log(bundleWeightTable(report));
  const top = report.chunks.slice(0, Number(values.chunks));
  if (top.length > 0) {
    console.log('\nLargest first-load chunks (gzipped KB, routes loading it):');
    for (const chunk of top)
      console.log(`  ${chunk.gzipKb.toFixed(1).padStart(6)}  ${String(chunk.routes).padStart(2)}  ${chunk.file}`);
  }
  console.log(`\nwrote ${values.json}`);
  const failures = bundleWeightFailures(report);
  if (values.check && failures.length > 0) {
    console.error(`\n${failures.join('\n')}`);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
