/**
 * The search box and the error lookup on a locale's home, in Chromium, on the built site:
 * Pagefind's UI running /<locale>/search.js, by keyboard, right to left in Arabic, under
 * the site's security policy, and the lookup taking a pasted message to its article.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openPage } from '../site/helpers/browser-page.ts';
import { launchChromium, type RunningBrowser } from '../site/helpers/chromium.ts';
import { serveDirectory, type StaticServer } from '../site/helpers/static-server.ts';
import { uiStrings } from '../site/helpers/site-files.ts';
import { searchSite } from './helpers/search-site.ts';

const ARTICLE = 'troubleshoot-aadsts50000-error-code';
let server: StaticServer;
let chromium: RunningBrowser;
let context: BrowserContext;

beforeAll(async () => {
  server = await serveDirectory(await searchSite());
  chromium = await launchChromium();
  context = await chromium.browser.newContext();
});

afterAll(async () => {
  await context?.close();
  await chromium?.close();
  await server?.close();
});

async function home(locale: string) {
  const opened = await openPage(context, `${server.origin}/${locale}/`);
  await opened.page.waitForSelector('.pagefind-ui__search-input');
  return opened;
}

/** Types into the search box as a reader does and waits for Pagefind's UI to answer. */
async function searchFor(page: Page, query: string): Promise<{ message: string; links: string[] }> {
  const input = page.locator('#search-input');
  await input.fill('');
  await input.pressSequentially(query);
  // While Pagefind's UI searches it shows a "searching for…" message and no result list; the
  // list (empty when nothing is found) comes with the final message, and each result fills
  // in as its data arrives: wait until every listed one has its link (slow on a loaded machine).
  await page.waitForFunction((q) => {
    const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
    const results = [...document.querySelectorAll('.pagefind-ui__result')];
    return (
      message.includes(q) &&
      document.querySelector('.pagefind-ui__results') !== null &&
      !document.querySelector('.pagefind-ui__result-skeleton') &&
      results.every((result) => result.querySelector('.pagefind-ui__result-link'))
    );
  }, query);
  await page.waitForTimeout(100);
  const links = await page.$$eval('.pagefind-ui__result-link', (as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  return { message: (await page.textContent('.pagefind-ui__message')) ?? '', links };
}

describe('the search box', () => {
  it.each(['zh-tw', 'ar-sa', 'sv-se', 'uk-ua'])(
    'in %s finds the article by a code’s number alone, with title and excerpt',
    async (locale) => {
      const { page, errors } = await home(locale);
      const { links } = await searchFor(page, '50000');
      expect(links[0]).toBe(`/${locale}/${ARTICLE}/`);
      const first = page.locator('.pagefind-ui__result').first();
      expect((await first.locator('.pagefind-ui__result-title').textContent())?.trim()).toBe(
        (await page.textContent(`.article-list a[href="/${locale}/${ARTICLE}/"]`))?.trim(),
      );
      expect(await first.locator('.pagefind-ui__result-excerpt mark').count()).toBeGreaterThan(0);
      expect(await first.locator('.pagefind-ui__result-excerpt').textContent()).not.toMatch(/\^|zc[0-9a-f]+q/);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('finds Chinese typed as it is written, without spaces', async () => {
    const { page } = await home('zh-tw');
    const title = (await page.textContent(`.article-list a[href="/zh-tw/${ARTICLE}/"]`))!;
    const phrase = [...title.matchAll(/\p{sc=Han}{4,}/gu)][0]![0].slice(0, 4);
    expect((await searchFor(page, phrase)).links[0]).toBe(`/zh-tw/${ARTICLE}/`);
    await page.close();
  });

  it('speaks the page’s language, from the site’s UI strings', async () => {
    const { page } = await home('zh-tw');
    const strings = uiStrings('zh-tw');
    expect(await page.getAttribute('#search-input', 'placeholder')).toBe(strings['search.placeholder']);
    expect(await page.textContent('label[for="search-input"]')).toBe(strings['search.label']);
    await page.close();
  });

  it('runs /<locale>/search.js: the box and the module answer a query alike', async () => {
    const { page } = await home('zh-tw');
    const scripts: string[] = [];
    page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
    const { links } = await searchFor(page, 'invalid_grant');
    expect(scripts).toContain('/zh-tw/search.js');
    // A string, so the test runner leaves the page's own import() alone.
    const fromModule = (await page.evaluate(`import('/zh-tw/search.js')
      .then((search) => search.search('invalid_grant'))
      .then(({ results }) => Promise.all(results.map(async (r) => (await r.data()).url)))`)) as string[];
    expect(links.length).toBeGreaterThan(0);
    expect(links).toEqual(fromModule.slice(0, links.length));
    await page.close();
  });

  it.each([
    ['AADSTS99999', 'AADSTS99999'],
    ['5.9.937', '5.9.937'],
    ['94742-957', '94742-957'],
  ])('finds nothing for a code that exists nowhere (%s), says so, and offers the error lookup', async (query, code) => {
    const { page } = await home('sv-se');
    const { message, links } = await searchFor(page, query);
    expect(links).toEqual([]);
    expect(message).toContain(query);
    const hint = page.locator('[data-search-hint]');
    expect(await hint.textContent()).toContain(code);
    await hint.locator('a').click();
    expect(new URL(page.url()).pathname).toBe('/sv-se/');
    expect(new URL(page.url()).hash).toBe('#error-lookup');
    await page.close();
  });

  it('works by keyboard: / to focus, type, Tab past the clear button and filter to the result, Enter to open it', async () => {
    const { page } = await home('uk-ua');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('AADSTS50000');
    await page.waitForSelector('.pagefind-ui__result-link');
    const visited: string[] = [];
    for (let i = 0; i < 6 && !visited.at(-1)?.includes('pagefind-ui__result-link'); i++) {
      await page.keyboard.press('Tab');
      visited.push(await page.evaluate(() => document.activeElement?.className ?? ''));
    }
    expect(visited.at(-1)).toContain('pagefind-ui__result-link');
    await Promise.all([page.waitForURL(`**/uk-ua/${ARTICLE}/`), page.keyboard.press('Enter')]);
    await page.close();
  });

  it('clears by Escape', async () => {
    const { page } = await home('vi-vn');
    await searchFor(page, 'AADSTS50000');
    await page.focus('#search-input');
    await page.keyboard.press('Escape');
    expect(await page.inputValue('#search-input')).toBe('');
    await page.close();
  });

  it('is mirrored in Arabic: icon and typing side on the right, clear button on the left', async () => {
    const { page } = await home('ar-sa');
    await searchFor(page, 'AADSTS50000');
    const layout = await page.evaluate(() => {
      const input = document.querySelector('#search-input')!;
      const clear = document.querySelector('.pagefind-ui__search-clear')!.getBoundingClientRect();
      const box = input.getBoundingClientRect();
      const style = getComputedStyle(input);
      const icon = getComputedStyle(document.querySelector('.pagefind-ui__form')!, '::before');
      return {
        clearRight: clear.right,
        boxCentre: box.left + box.width / 2,
        paddingRight: parseFloat(style.paddingRight),
        paddingLeft: parseFloat(style.paddingLeft),
        iconLeft: parseFloat(icon.left),
        width: box.width,
        direction: style.direction,
      };
    });
    expect(layout.direction).toBe('rtl');
    expect(layout.clearRight).toBeLessThan(layout.boxCentre);
    expect(layout.iconLeft).toBeGreaterThan(layout.width / 2);
    // Room for the icon on the right, where typing starts; the clear button's on the left.
    expect(layout.paddingRight).toBeLessThan(layout.paddingLeft);
    await page.close();
  });

  it('leaves no serious accessibility violation on the home page while results show', async () => {
    const { page } = await home('ar-sa');
    await searchFor(page, '50000');
    const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
    await page.close();
  });
});

describe('the error lookup', () => {
  async function lookUp(page: Page, message: string): Promise<void> {
    await page.fill('#lookup-message', message);
    await page.click('form[data-lookup] button');
  }

  it('takes a pasted error message to the article in the reader’s language', async () => {
    const { page, errors } = await home('vi-vn');
    await Promise.all([
      page.waitForURL(`**/vi-vn/${ARTICLE}/`),
      lookUp(page, 'AADSTS50000: There was an error issuing a token.'),
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers the English article, with a notice, when the reader’s language has none', async () => {
    // The bundled sample has no Simplified Chinese version of the AADSTS50000 article.
    const page = await context.newPage();
    await page.goto(`${server.origin}/zh-cn/`);
    await lookUp(page, "AADSTS50000: TokenIssuanceError - There's an issue with the sign-in service.");
    const result = page.locator('[data-lookup-result]');
    await result.locator('a').waitFor();
    expect(await result.textContent()).toContain('AADSTS50000');
    expect(await result.locator('a').getAttribute('href')).toBe(`/en-us/${ARTICLE}/`);
    expect(await result.locator('a').getAttribute('hreflang')).toBe('en-US');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(`/en-us/${ARTICLE}/`);
    await page.close();
  });

  it('says so when the message holds no error code', async () => {
    const { page } = await home('sv-se');
    await lookUp(page, 'Something went wrong.');
    const expected = uiStrings('sv-se')['lookup.noCode']!;
    await page.waitForFunction(
      (text) => document.querySelector('[data-lookup-result]')?.textContent === text,
      expected,
    );
    await page.close();
  });
});
