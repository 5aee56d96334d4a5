/**
 * The README's picture of errata: a page of the bundled sample, taken in Debian's Chromium at every
 * test run and written to docs/screenshot.png, so the picture never shows a site errata no longer
 * builds. A change to the layout or the sample shows up in `git status` as a changed screenshot, to be
 * committed with it. The test first holds the page to what the README's caption promises is in view.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/content.ts';
import { builtSite } from './helpers/built-site.ts';
import { launchChromium, type RunningBrowser } from './helpers/chromium.ts';
import { serveDirectory, type StaticServer } from './helpers/static-server.ts';

/** A side-by-side machine translation in a CJK locale, with its error code: the MT notice, the English a key away, the switcher. */
const SCREENSHOT_PAGE =
  process.env.ERRATA_SCREENSHOT_PAGE ?? '/zh-tw/error-code-550-5-7-501-access-denied-spam-abuse-detected/';
const SCREENSHOT = join(REPO, 'docs', 'screenshot.png');
const VIEWPORT = { width: 1200, height: 800 };

let server: StaticServer;
let chromium: RunningBrowser;

beforeAll(async () => {
  server = await serveDirectory(await builtSite());
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('the README screenshot', () => {
  it('shows an article with its machine-translation notice, language switcher and search field in view, and is written to docs/', async () => {
    const context = await chromium.browser.newContext({
      viewport: VIEWPORT,
      deviceScaleFactor: 1,
      colorScheme: 'light',
      locale: 'zh-TW',
    });
    try {
      const page = await context.newPage();
      await page.goto(server.origin + SCREENSHOT_PAGE, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const inView = async (selector: string) => {
        const found = page.locator(selector);
        if ((await found.count()) === 0) return false;
        const box = await found.first().boundingBox();
        return box !== null && box.width > 0 && box.y >= 0 && box.y + Math.min(box.height, 40) <= VIEWPORT.height;
      };
      for (const selector of [
        'article h1',
        '.notice-mt',
        '.original-control button',
        'details.languages summary',
        '[role="search"]',
      ]) {
        expect(await inView(selector), `${selector} is in the first screen of ${SCREENSHOT_PAGE}`).toBe(true);
      }
      // The search hint waits, empty and unseen, for a query: on a page whose search UI is not loaded yet it drew a grey strip over the title.
      expect(await page.locator('.search-hint').first().isVisible(), 'an empty search hint is not drawn').toBe(false);
      // The text is drawn in a CJK font, not as boxes: Chinese characters are wider than Latin ones.
      const cjkWidth = await page.evaluate(() => {
        const probe = document.createElement('span');
        probe.textContent = '錯誤碼錯誤碼錯誤碼錯誤碼';
        document.body.append(probe);
        const width = probe.getBoundingClientRect().width;
        probe.remove();
        return width / 12 / parseFloat(getComputedStyle(document.body).fontSize);
      });
      expect(cjkWidth, 'a CJK character is about one em wide (fonts-noto-cjk installed)').toBeGreaterThan(0.8);

      const png = await page.screenshot({ type: 'png' });
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(VIEWPORT.width);
      let committed: Buffer | undefined;
      try {
        committed = readFileSync(SCREENSHOT);
      } catch {
        // Not taken yet.
      }
      if (!committed?.equals(png)) writeFileSync(SCREENSHOT, png);
    } finally {
      await context.close();
    }
  });
});
