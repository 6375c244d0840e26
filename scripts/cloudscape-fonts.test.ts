import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONTS_DIR, STYLESHEET, STYLES_DIR, extractFonts, installedGlobalStyles } from './cloudscape-fonts';
import { inlinedFontBytes } from './bundle-weight';

const woff2 = (text: string) => Buffer.from(text).toString('base64');

describe('extractFonts', () => {
  it.each([
    {
      name: 'a quoted family with a double-quoted data URL',
      block: `font-family: 'Open Sans'; font-weight: 400; font-style: normal; src: url("data:font/woff2;base64,${woff2('regular')}") format("woff2");`,
      file: 'open-sans-400-normal.woff2',
      bytes: 'regular',
    },
    {
      name: 'an unquoted family and data URL',
      block: `font-family: Open Sans; font-style: italic; font-weight: 800; src: url(data:font/woff2;base64,${woff2('heavy')});`,
      file: 'open-sans-800-italic.woff2',
      bytes: 'heavy',
    },
  ])('moves $name into its own file', async ({ block, file, bytes }) => {
    const { css, fonts } = await extractFonts(`body { margin: 0; }\n@font-face { ${block} }\nh1 { color: red; }\n`);
    expect(fonts).toEqual([{ file, bytes: Buffer.from(bytes) }]);
    expect(css).toContain(`src: url('./fonts/${file}') format('woff2');`);
    expect(css).toContain('font-display: swap;');
    expect(css).toMatch(/body \{\s+margin: 0;\s+\}/);
    expect(css).toMatch(/h1 \{\s+color: red;\s+\}/);
    expect(inlinedFontBytes(css)).toBe(0);
  });

  it('refuses a stylesheet without inlined fonts, so a Cloudscape change is noticed', async () => {
    await expect(extractFonts('body { margin: 0; }')).rejects.toThrow(/no inlined woff2/);
  });
});

describe('the committed Cloudscape global styles', () => {
  it('are what the installed @cloudscape-design/global-styles gives (rerun scripts/cloudscape-fonts.ts if not)', async () => {
    const { css, fonts } = await extractFonts(installedGlobalStyles());
    expect(readFileSync(join(STYLES_DIR, STYLESHEET), 'utf8')).toBe(css);
    expect(readdirSync(join(STYLES_DIR, FONTS_DIR)).sort()).toEqual(fonts.map((font) => font.file).sort());
    for (const font of fonts) {
      expect(readFileSync(join(STYLES_DIR, FONTS_DIR, font.file)).equals(font.bytes), font.file).toBe(true);
    }
  });

  it('inline no font', () => {
    expect(inlinedFontBytes(readFileSync(join(STYLES_DIR, STYLESHEET), 'utf8'))).toBe(0);
    expect(inlinedFontBytes(installedGlobalStyles())).toBeGreaterThan(100_000);
  });
});
