/**
 * Finds the Chromium the end-to-end tests run in, so `npm test` works on a fresh machine: `CHROMIUM_PATH` when set,
 * else Playwright's own downloaded browser, else Debian's `/usr/bin/chromium`. When none is there it installs
 * Debian's Chromium if it can (root with apt-get), or stops with the one command to run.
 *
 * Used by playwright.config.ts; `npx tsx scripts/ensure-browser.ts` prints the browser it would use.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export interface BrowserSearch {
  /** `CHROMIUM_PATH` from the environment, if set. */
  configured: string | undefined;
  /** Where Playwright keeps the browser `npx playwright install chromium` downloads. */
  playwrightBrowser: string;
  exists: (file: string) => boolean;
  canInstall: boolean;
  hasApt: boolean;
}

export type BrowserFound = { kind: 'found'; path: string } | { kind: 'install' } | { kind: 'missing'; message: string };

/** The decision alone, without touching the machine. */
export function findBrowser(search: BrowserSearch): BrowserFound {
  if (search.configured) {
    return search.exists(search.configured)
      ? { kind: 'found', path: search.configured }
      : {
          kind: 'missing',
          message: `CHROMIUM_PATH is ${search.configured}, but no file is there. Point it at a Chromium or Chrome binary, or unset it.`,
        };
  }
  for (const candidate of [search.playwrightBrowser, DEBIAN_CHROMIUM]) {
    if (search.exists(candidate)) return { kind: 'found', path: candidate };
  }
  if (search.canInstall) return { kind: 'install' };
  const command = search.hasApt ? 'sudo apt-get install -y chromium' : 'npx playwright install chromium';
  return {
    kind: 'missing',
    message: `The end-to-end tests need Chromium and none was found (CHROMIUM_PATH, Playwright's browser, ${DEBIAN_CHROMIUM}). Run:\n\n  ${command}\n\nthen npm test again.`,
  };
}

function installDebianChromium(): void {
  console.log(`No Chromium found; installing Debian's chromium with apt-get (once)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(`${dir}/${command}`));
}

/** The Chromium to launch; installs or throws with the command to run when there is none. */
export function ensureBrowser(): string {
  const hasApt = onPath('apt-get');
  const found = findBrowser({
    configured: process.env.CHROMIUM_PATH || undefined,
    playwrightBrowser: chromium.executablePath(),
    exists: existsSync,
    canInstall: hasApt && process.getuid?.() === 0,
    hasApt,
  });
  if (found.kind === 'found') return found.path;
  if (found.kind === 'missing') throw new Error(found.message);
  installDebianChromium();
  if (!existsSync(DEBIAN_CHROMIUM)) throw new Error(`apt-get installed chromium, but ${DEBIAN_CHROMIUM} is missing.`);
  return DEBIAN_CHROMIUM;
}

if (process.argv[1] === import.meta.filename) {
  try {
    console.log(ensureBrowser());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
