/**
 * The pages of the built site in Debian's Chromium: it loads without a console error,
 * says its language and direction, and axe-core finds nothing serious on it. Every page but
 * the articles, and of the articles one of each kind per locale (representativeArticles):
 * opening all of the sample's 320 one by one takes minutes and finds nothing more.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { builtSite } from './helpers/built-site.ts';
import { axeViolations, openPage } from './helpers/browser-page.ts';
import { launchChromium, type RunningBrowser } from './helpers/chromium.ts';
import { bundledArticles, htmlPages, representativeArticles } from './helpers/site-files.ts';
import { serveDirectory, type StaticServer } from './helpers/static-server.ts';

let server: StaticServer;
let chromium: RunningBrowser;
let context: BrowserContext;
let pages: string[];

const articles = bundledArticles();
const sampled = representativeArticles(articles);

beforeAll(async () => {
  const out = await builtSite();
  const articlePages = new Set(articles.map((a) => `/${a.locale}/${a.slug}/`));
  const opened = new Set(sampled.map((a) => `/${a.locale}/${a.slug}/`));
  // Fallback pages are not articles of their locale: they are all opened.
  pages = htmlPages(out).filter((path) => !articlePages.has(path) || opened.has(path));
  server = await serveDirectory(out);
  chromium = await launchChromium();
  // A language the site does not have: the root page stays put instead of picking one.
  context = await chromium.browser.newContext({ locale: 'fi-FI' });
});

afterAll(async () => {
  await context?.close();
  await chromium?.close();
  await server?.close();
});

const RTL = new Set(['ar', 'he', 'fa', 'ur']);
const expectedTag = (path: string) => {
  const locale = /^\/([a-z]{2}-[a-z]{2})\//.exec(path)?.[1] ?? 'en-us';
  return Intl.getCanonicalLocales(locale)[0]!;
};

describe('every page in Chromium', { timeout: 600_000 }, () => {
  it('loads without console errors, failed requests or exceptions, with <html lang dir> of its locale and a title', async () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const path of pages) {
      const { page, errors } = await openPage(context, server.origin + path);
      expect(new URL(page.url()).pathname, 'no redirect').toBe(path);
      const facts = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        title: document.title,
        h1: document.querySelector('h1')?.textContent ?? '',
      }));
      await page.close();
      expect(errors, path).toEqual([]);
      const tag = expectedTag(path);
      expect(facts.lang, path).toBe(tag);
      expect(facts.dir, path).toBe(RTL.has(tag.split('-')[0]!) ? 'rtl' : 'ltr');
      expect(facts.title.trim(), path).not.toBe('');
      expect(facts.h1.trim(), path).not.toBe('');
    }
  });

  it('shows each bundled article under its own title, in an <article> that says its locale, slug and kind of translation', async () => {
    for (const article of sampled) {
      const { page } = await openPage(context, `${server.origin}/${article.locale}/${article.slug}/`);
      const facts = await page.evaluate(() => {
        const element = document.querySelector('article');
        return {
          title: document.title,
          h1: document.querySelector('article h1')?.textContent ?? '',
          data: { ...element?.dataset },
        };
      });
      await page.close();
      expect(facts.title.startsWith(facts.h1), article.locale).toBe(true);
      expect(facts.data.locale).toBe(article.locale);
      expect(facts.data.slug).toBe(article.slug);
      expect(facts.data.translation, article.locale).toBe(article.translation);
      expect(facts.data.stale, `${article.locale}/${article.slug}`).toBe(String(article.stale));
    }
  });

  it('has no accessibility violations (axe-core), not even moderate or minor ones, on articles, homes, the root, the status page and 404 pages', async () => {
    const checked = pages.filter((path) => !/^\/[a-z]{2}-[a-z]{2}\/404\/$/.test(path) || path === '/ar-sa/404/');
    for (const path of checked) {
      const { page } = await openPage(context, server.origin + path);
      const violations = await axeViolations(page);
      await page.close();
      expect(violations, `${path}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
    }
  });
});
