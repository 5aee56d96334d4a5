/**
 * Reading in Chromium, on a small site with fallback pages (helpers/fallback-content.ts):
 * search in every page's header (keyboard, screen-reader names, results that lead to pages
 * from any depth), the copy button on code blocks, the English beside a damaged machine
 * translation, dark and light themes clean under axe, and the print style.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/pipeline/build-site.ts';
import { REPO, tempDir } from '../helpers/content.ts';
import { axeViolations, openPage } from './helpers/browser-page.ts';
import { launchChromium, type RunningBrowser } from './helpers/chromium.ts';
import { fallbackContent } from './helpers/fallback-content.ts';
import { serveDirectory, type StaticServer } from './helpers/static-server.ts';

let content: string;
let out: string;
let server: StaticServer;
let chromium: RunningBrowser;
let context: BrowserContext;

const strings = (locale: string) => ({
  ...(JSON.parse(readFileSync(join(REPO, 'locales/en-us.json'), 'utf8')) as Record<string, string>),
  ...(JSON.parse(readFileSync(join(REPO, `locales/${locale}.json`), 'utf8')) as Record<string, string>),
});

beforeAll(async () => {
  content = fallbackContent();
  out = tempDir('errata-comfort-site-');
  const result = await buildSite({ contentDir: content, outDir: out, keepGoing: true, site: 'https://errata.example' });
  expect(result.published).toBe(true);
  server = await serveDirectory(out);
  chromium = await launchChromium();
  context = await chromium.browser.newContext({ locale: 'sv-SE' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
}, 240_000);

afterAll(async () => {
  await context?.close();
  await chromium?.close();
  await server?.close();
  for (const dir of [content, out]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A home, an article, a fallback page, a locale's 404 page, and a missing page answered with it. */
const PAGES = ['/sv-se/', '/sv-se/alpha/', '/sv-se/beta/', '/sv-se/404/', '/sv-se/no/such/page/'];

/** Types a query as a reader does and waits until Pagefind's UI lists its results with their links. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.locator('#search-input').pressSequentially(query);
  await page.waitForFunction((q) => {
    const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
    const results = [...document.querySelectorAll('.pagefind-ui__result')];
    return (
      message.includes(q) &&
      results.length > 0 &&
      !document.querySelector('.pagefind-ui__result-skeleton') &&
      results.every((result) => result.querySelector('.pagefind-ui__result-link'))
    );
  }, query);
  return page.$$eval('.pagefind-ui__result-link', (links) =>
    links.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''),
  );
}

describe("search in every page's header", () => {
  it.each(PAGES)(
    'on %s: one search landmark, named, reached by / and by Tab, leading to the article from any depth',
    async (path) => {
      const { page, errors } = await openPage(context, server.origin + path);
      const label = strings('sv-se')['search.label']!;
      expect(await page.locator('header').getByRole('search').count()).toBe(1);
      expect(await page.getByRole('search').count()).toBe(1);
      // The field is named by its label for a screen reader, whichever UI holds it.
      const field = page
        .getByRole('searchbox', { name: label, exact: true })
        .or(page.getByRole('textbox', { name: label, exact: true }));
      await expect.poll(() => field.count()).toBe(1);
      expect(await field.getAttribute('id')).toBe('search-input');
      // `/` goes to the field from anywhere outside a text field.
      await page.locator('h1').click();
      await page.keyboard.press('/');
      await page.waitForFunction(
        () =>
          document.activeElement?.id === 'search-input' &&
          document.querySelector('.pagefind-ui__search-input') !== null,
      );
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
      const links = await search(page, 'alfatexten');
      expect(links[0]).toBe('/sv-se/alpha/');
      // A screen reader hears how many results there are, from a live region.
      const status = page.getByRole('status').filter({ hasText: 'alfatexten' });
      await expect.poll(() => status.count()).toBe(1);
      expect(await status.textContent()).toMatch(/^1\D/);
      await page.locator('.pagefind-ui__result-link').first().click();
      await page.waitForURL(`${server.origin}/sv-se/alpha/`);
      expect(await page.locator('h1').textContent()).toBe('Alfa på svenska');
      // A missing page is answered with the 404 page, and its status is logged: that is no failure.
      const missing = path === '/sv-se/no/such/page/';
      expect(errors.filter((e) => !(missing && e.includes('status of 404')))).toEqual([]);
      await page.close();

      // By keyboard alone: the skip link, the site's name, then the search field.
      const fresh = await openPage(context, server.origin + path);
      const reached: string[] = [];
      for (let i = 0; i < 3; i++) {
        await fresh.page.keyboard.press('Tab');
        reached.push(
          await fresh.page.evaluate(() => document.activeElement?.id || document.activeElement?.className || ''),
        );
      }
      expect(reached.at(-1)).toBe('search-input');
      await fresh.page.close();
    },
  );

  it('leaves / to a reader typing in a text field', async () => {
    const { page } = await openPage(context, `${server.origin}/sv-se/`);
    await page.waitForSelector('.pagefind-ui__search-input');
    const lookup = page.locator('textarea');
    await lookup.click();
    await page.keyboard.type('550 5.7.1/x');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    expect(await lookup.inputValue()).toBe('550 5.7.1/x');
    await page.close();
  });

  it("offers the home's error lookup from an article when no page has the code searched for", async () => {
    const { page, errors } = await openPage(context, `${server.origin}/sv-se/beta/`);
    await page.locator('#search-input').focus();
    await page.waitForSelector('.pagefind-ui__search-input');
    await page.locator('#search-input').pressSequentially('AADSTS99999');
    const link = page.locator('[data-search-hint] a');
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('/sv-se/#error-lookup');
    await link.click();
    await page.waitForURL(`${server.origin}/sv-se/#error-lookup`);
    expect(await page.locator('#error-lookup textarea').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("searches the page's own locale: a fallback page in Vietnamese searches Vietnamese", async () => {
    const { page } = await openPage(context, `${server.origin}/vi-vn/alpha/`);
    await page.locator('#search-input').focus();
    await page.waitForSelector('.pagefind-ui__search-input');
    expect(await search(page, 'gamma')).toEqual(['/vi-vn/gamma/']);
    await page.close();
  });
});

describe('reading comfort', () => {
  it('copies a code block with a localized button, by keyboard, and says so', async () => {
    for (const [path, locale] of [
      ['/en-us/alpha/', 'en-us'],
      ['/vi-vn/alpha/', 'vi-vn'],
    ] as const) {
      const { page, errors } = await openPage(context, server.origin + path);
      const name = strings(locale)['code.copy']!;
      const button = page.getByRole('button', { name, exact: true });
      await button.waitFor();
      await button.focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() =>
          page
            .getByRole('status')
            .filter({ hasText: strings(locale)['code.copied']! })
            .count(),
        )
        .toBe(1);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Get-Mailbox -Identity alpha');
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it("shows the English beside a sentence the machine translation damaged, with the note in the page's language", async () => {
    const { page } = await openPage(context, `${server.origin}/uk-ua/alpha/`);
    const repair = page.locator('.sxs-repair');
    expect(await repair.count()).toBe(1);
    expect(await repair.isVisible()).toBe(true);
    expect(await repair.innerText()).toContain('TokenIssuanceError');
    expect(await repair.locator('.sxs-repair-note').innerText()).toBe(strings('uk-ua')['notice.damaged']);
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'passes axe with nothing serious in the %s theme, search results open',
    async (colorScheme) => {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme });
      for (const path of [...PAGES, '/uk-ua/alpha/', '/en-us/gamma/', '/ar-sa/beta/', '/status/']) {
        await page.goto(server.origin + path);
        const background = await page.evaluate(
          () =>
            getComputedStyle(document.body).backgroundColor ||
            getComputedStyle(document.documentElement).backgroundColor,
        );
        expect(background, `${path} ${colorScheme}`).toBeDefined();
        if (path === '/sv-se/alpha/') {
          await page.locator('#search-input').focus();
          await page.waitForSelector('.pagefind-ui__search-input');
          await search(page, 'alfatexten');
        }
        const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(serious, `${path} (${colorScheme})`).toEqual([]);
      }
      const dark = await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--bg').trim(),
      );
      expect(dark).toBe(colorScheme === 'dark' ? '#16181c' : '#fff');
      await page.close();
    },
  );

  it("prints the article without the header's search, the language menu or buttons", async () => {
    const { page } = await openPage(context, `${server.origin}/en-us/alpha/`);
    await page.getByRole('button', { name: strings('en-us')['code.copy']!, exact: true }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.header-search').isVisible()).toBe(false);
    expect(await page.locator('.languages').isVisible()).toBe(false);
    expect(await page.locator('.copy-code').isVisible()).toBe(false);
    expect(await page.locator('article h1').isVisible()).toBe(true);
    expect(await page.locator('article pre').isVisible()).toBe(true);
    await page.close();
  });
});
