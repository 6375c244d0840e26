/**
 * Looking at pages is part of done: `npx tsx scripts/screenshot.ts <url> <out.png> [contextId] [width]`
 * takes a full-page screenshot in the Chromium the tests use, optionally as another account context.
 */
import { chromium } from '@playwright/test';
import { ensureBrowser } from './ensure-browser';

const [url, out, contextId, width] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: tsx scripts/screenshot.ts <url> <out.png> [contextId] [width]');
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: ensureBrowser(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const context = await browser.newContext({ viewport: { width: width ? Number(width) : 1440, height: 900 } });
if (contextId) await context.addCookies([{ name: 'console-context', value: contextId, url }]);
const page = await context.newPage();
await page.goto(url, { waitUntil: 'networkidle' });
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(`wrote ${out}`);
