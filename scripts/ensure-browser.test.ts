import { describe, expect, it } from 'vitest';
import { DEBIAN_CHROMIUM, findBrowser, type BrowserFound, type BrowserSearch } from './ensure-browser';

const PLAYWRIGHT = '/home/me/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';
const base: BrowserSearch = {
  configured: undefined,
  playwrightBrowser: PLAYWRIGHT,
  exists: () => false,
  canInstall: false,
  hasApt: false,
};
const messageOf = (found: BrowserFound) => (found.kind === 'missing' ? found.message : `no message: ${found.kind}`);
const only =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file);

describe('findBrowser', () => {
  it.each([
    ['CHROMIUM_PATH first', { configured: '/opt/chrome', exists: only('/opt/chrome', DEBIAN_CHROMIUM) }, '/opt/chrome'],
    ["then Playwright's browser", { exists: only(PLAYWRIGHT, DEBIAN_CHROMIUM) }, PLAYWRIGHT],
    ["then Debian's", { exists: only(DEBIAN_CHROMIUM) }, DEBIAN_CHROMIUM],
  ])('%s', (_, search, path) => {
    expect(findBrowser({ ...base, ...search })).toEqual({ kind: 'found', path });
  });

  it('a CHROMIUM_PATH that points nowhere is an error naming the variable, not a silent fallback', () => {
    const found = findBrowser({ ...base, configured: '/nope', exists: only(DEBIAN_CHROMIUM) });
    expect(messageOf(found)).toContain('CHROMIUM_PATH is /nope');
  });

  it('installs when none is there and it can (root with apt-get)', () => {
    expect(findBrowser({ ...base, canInstall: true, hasApt: true })).toEqual({ kind: 'install' });
  });

  it.each([
    ['with apt-get but not root', true, 'sudo apt-get install -y chromium'],
    ['without apt-get', false, 'npx playwright install chromium'],
  ])('stops with the one command to run %s', (_, hasApt, command) => {
    const found = findBrowser({ ...base, hasApt });
    expect(messageOf(found)).toContain(command);
  });
});
