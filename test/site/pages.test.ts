/**
 * The built site's HTML as a reader's browser and a search engine receive it: safe
 * (no inline script, a strict policy), light, and saying the right things in <head>.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, SITE } from './helpers/built-site.ts';
import { bundledArticles, htmlPages, readPage } from './helpers/site-files.ts';

let out: string;
let pages: string[];
const articles = bundledArticles();
const articleUrl = (locale: string, slug: string) => `/${locale}/${slug}/`;
const builtArticles = () => articles.filter((a) => pages.includes(articleUrl(a.locale, a.slug)));

beforeAll(async () => {
  out = await builtSite();
  pages = htmlPages(out);
});

const head = (html: string) => html.slice(0, html.indexOf('</head>'));
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const decode = (text: string) =>
  text
    .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
const stripTags = (html: string) => decode(html.replace(/<[^>]+>/g, ''));

describe('the built site', () => {
  it('has an article page for every bundled article, a home and a 404 page per locale, the root, /404.html and /status/', () => {
    for (const article of articles) expect(pages, article.locale).toContain(articleUrl(article.locale, article.slug));
    for (const locale of new Set(articles.map((a) => a.locale))) {
      expect(pages).toContain(`/${locale}/`);
      expect(pages).toContain(`/${locale}/404/`);
    }
    expect(pages).toEqual(expect.arrayContaining(['/', '/404.html', '/status/']));
  });

  it('runs no inline script anywhere: every script is a file of the site, and no element has an event-handler attribute', () => {
    for (const path of pages) {
      const html = readPage(out, path);
      for (const [, tag = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        expect(body.trim(), `${path}: inline script`).toBe('');
        expect(attribute(tag, 'src'), `${path}: script without src`).toMatch(/^\/[^/]/);
      }
      expect(html, path).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
      expect(html, path).not.toMatch(/href="javascript:/i);
    }
  });

  it("states a Content-Security-Policy that allows only the site's own scripts, before anything loads", () => {
    for (const path of pages) {
      const html = head(readPage(out, path));
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
      expect(meta, path).not.toBeNull();
      const policy = decode(meta![1]!);
      const scriptSrc = /script-src ([^;]+)/.exec(policy)?.[1]?.split(' ') ?? [];
      expect(scriptSrc).toContain("'self'");
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      expect(scriptSrc.every((source) => source.startsWith("'"))).toBe(true);
      // The policy must come before the first script or stylesheet it is to govern.
      expect(meta!.index).toBeLessThan(html.search(/<script|<link rel="stylesheet"/));
    }
  });

  it('keeps every article page under 30 KB of HTML and CSS before compression', () => {
    for (const article of builtArticles()) {
      const html = readPage(out, articleUrl(article.locale, article.slug));
      const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(
        (m) => readFileSync(join(out, m[1]!)).length,
      );
      expect(css.length, 'one shared stylesheet').toBe(1);
      const bytes = Buffer.byteLength(html) + css.reduce((a, b) => a + b, 0);
      expect(bytes, `${article.locale}: ${bytes} bytes`).toBeLessThan(30 * 1024);
    }
  });

  it('never puts the hidden English of a side-by-side article into its <title> or meta description', () => {
    const sideBySide = builtArticles().filter((a) => a.sideBySide);
    expect(sideBySide.length).toBeGreaterThan(0);
    for (const article of sideBySide) {
      const html = readPage(out, articleUrl(article.locale, article.slug));
      const english = [...html.matchAll(/<span class="sxs-o"[^>]*>([\s\S]*?)<\/span><\/span>/g)]
        .map((m) => stripTags(m[1]!).trim())
        .filter((t) => t.length > 12);
      expect(english.length, article.locale).toBeGreaterThan(0);
      // A sentence the translation says word for word (an identifier left as it is) is not hidden English.
      const translated = [...html.matchAll(/<span class="sxs-t">([\s\S]*?)<\/span><span class="sxs-o"/g)].map((m) =>
        stripTags(m[1]!).trim(),
      );
      const hidden = english.filter((sentence) => !translated.some((t) => t.includes(sentence.slice(0, 40))));
      expect(hidden.length, article.locale).toBeGreaterThan(0);
      const title = stripTags(/<title>([^<]*)<\/title>/.exec(html)![1]!);
      const description = decode(/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '');
      for (const sentence of hidden) {
        const probe = sentence.slice(0, 40);
        expect(title, article.locale).not.toContain(probe);
        expect(description, `${article.locale} meta description`).not.toContain(probe);
      }
    }
  });

  it('gives each article a canonical URL, hreflang links to every translation and x-default to the English source', () => {
    for (const article of builtArticles()) {
      const html = head(readPage(out, articleUrl(article.locale, article.slug)));
      expect(html).toContain(`<link rel="canonical" href="${SITE}${articleUrl(article.locale, article.slug)}">`);
      const hreflang = Object.fromEntries(
        [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => [m[1]!, m[2]!]),
      );
      for (const other of articles.filter((a) => a.slug === article.slug)) {
        const tag = Intl.getCanonicalLocales(other.locale)[0]!;
        expect(hreflang[tag], `${article.locale} → ${tag}`).toBe(`${SITE}${articleUrl(other.locale, other.slug)}`);
      }
      expect(hreflang['x-default']).toBe(`${SITE}${articleUrl('en-us', article.slug)}`);
    }
  });

  it('tells search engines not to index an article marked ROBOTS: NOINDEX, and leaves it out of the sitemaps', () => {
    const locales = [...new Set(articles.map((a) => a.locale))];
    const index = readFileSync(join(out, 'sitemap.xml'), 'utf8');
    expect(index).toMatch(
      /^<\?xml[^>]*\?>\s*<sitemapindex xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/,
    );
    for (const locale of locales)
      expect(index).toContain(`<sitemap><loc>${SITE}/${locale}/sitemap.xml</loc></sitemap>`);
    const sitemaps = Object.fromEntries(
      locales.map((locale) => [locale, readFileSync(join(out, locale, 'sitemap.xml'), 'utf8')]),
    );
    for (const article of builtArticles()) {
      const html = head(readPage(out, articleUrl(article.locale, article.slug)));
      const loc = `<loc>${SITE}${articleUrl(article.locale, article.slug)}</loc>`;
      if (article.noindex) {
        expect(html).toMatch(/<meta name="robots" content="noindex, nofollow">/);
        expect(sitemaps[article.locale]).not.toContain(loc);
      } else {
        expect(html).not.toMatch(/<meta name="robots"[^>]*noindex/);
        expect(sitemaps[article.locale]).toContain(loc);
      }
    }
    // Every locale's home is in its sitemap, with the other homes as alternates.
    for (const locale of locales) {
      expect(sitemaps[locale]).toMatch(
        /^<\?xml[^>]*\?>\s*<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9" xmlns:xhtml="http:\/\/www\.w3\.org\/1999\/xhtml">/,
      );
      const entry = new RegExp(`<url><loc>${SITE}/${locale}/</loc>(.*?)</url>`).exec(sitemaps[locale]!);
      expect(entry, locale).not.toBeNull();
      for (const other of locales)
        expect(entry![1]).toContain(`hreflang="${Intl.getCanonicalLocales(other)[0]}" href="${SITE}/${other}/"`);
    }
  });
});
