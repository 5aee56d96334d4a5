/**
 * Fallback pages: every built locale has a page for every article. A small site — English
 * source for two articles, a Swedish translation of one, and an article that exists only
 * as an Arabic human translation and a Vietnamese machine one — built whole, and then
 * Swedish alone (a shard that builds none of the versions it must show).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/pipeline/build-site.ts';
import { fallbacksOf, ownerShare, shareFallbacks } from '../../src/pages/fallback-pages.ts';
import { pageUrl } from '../../src/page-data/page-url.ts';
import type { SiteFacts } from '../../src/page-data/site-data.ts';
import { tempDir } from '../helpers/content.ts';
import { fallbackContent } from './helpers/fallback-content.ts';
import { readPage } from './helpers/site-files.ts';

const SITE = 'https://errata.example';

let content: string;
let out: string;
let shard: string;

beforeAll(async () => {
  content = fallbackContent();
  out = tempDir('errata-fallback-site-');
  shard = tempDir('errata-fallback-shard-');
  const whole = await buildSite({ contentDir: content, outDir: out, keepGoing: true, site: SITE });
  expect(whole.published, JSON.stringify(whole.summary)).toBe(true);
  const swedish = await buildSite({
    contentDir: content,
    outDir: shard,
    locales: ['sv-se'],
    keepGoing: true,
    site: SITE,
  });
  expect(swedish.published).toBe(true);
}, 240_000);

afterAll(() => {
  for (const dir of [content, out, shard]) rmSync(dir, { recursive: true, force: true });
});

function article(html: string): string {
  return /<article[^>]*>/.exec(html)?.[0] ?? '';
}

describe('fallback pages', () => {
  it('give every built locale a page for every article, and leave real versions as they were', () => {
    for (const locale of ['en-us', 'sv-se', 'ar-sa', 'vi-vn']) {
      for (const slug of ['alpha', 'beta', 'gamma'])
        expect(existsSync(join(out, locale, slug, 'index.html')), `${locale}/${slug}`).toBe(true);
    }
    expect(article(readPage(out, '/sv-se/alpha/'))).not.toContain('data-fallback');
    expect(article(readPage(out, '/en-us/alpha/'))).not.toContain('data-fallback');
  });

  it("show the source in the reader's UI, with a notice naming the language shown and linking every version", () => {
    const html = readPage(out, '/sv-se/beta/');
    expect(html).toMatch(/<html lang="sv-SE" dir="ltr">/);
    expect(article(html)).toMatch(/lang="en-US"/);
    expect(article(html)).toMatch(/dir="ltr"/);
    expect(article(html)).toContain('data-fallback="en-us"');
    expect(html).toContain('The English beta text.');
    // The notice is in Swedish (English UI strings stand in until translated) and names English in Swedish.
    const notice = /<div class="notice notice-fallback"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
    expect(notice).toContain('engelska');
    expect(notice).toContain('href="/en-us/beta/"');
    expect(notice).not.toContain('href="/sv-se/beta/"');
  });

  it('are noindex, canonical to the version shown, without hreflang, and in no sitemap, home or search', () => {
    const html = readPage(out, '/sv-se/beta/');
    expect(html).toContain('<meta name="robots" content="noindex, follow">');
    expect(html).toContain(`<link rel="canonical" href="${SITE}/en-us/beta/">`);
    expect(html).not.toContain('hreflang="x-default"');
    const sitemap = readFileSync(join(out, 'sv-se', 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(`${SITE}/sv-se/alpha/`);
    expect(sitemap).not.toContain(`${SITE}/sv-se/beta/`);
    expect(sitemap).not.toContain(`${SITE}/sv-se/gamma/`);
    const home = readPage(out, '/sv-se/');
    expect(home).toContain('href="/sv-se/alpha/"');
    expect(home).not.toContain('href="/sv-se/beta/"');
    // Search documents are the locale's own pages only: the English body is not in the Swedish index.
    const fragments = join(out, 'sv-se', 'pagefind');
    expect(existsSync(fragments)).toBe(true);
  });

  it('without a source, show the human translation before a newer machine one, right to left', () => {
    const html = readPage(out, '/en-us/gamma/');
    expect(article(html)).toContain('data-fallback="ar-sa"');
    expect(article(html)).toMatch(/lang="ar-SA"/);
    expect(article(html)).toMatch(/dir="rtl"/);
    expect(html).toMatch(/<html lang="en-US" dir="ltr">/);
    expect(html).toContain(`<link rel="canonical" href="${SITE}/ar-sa/gamma/">`);
    const notice = /<div class="notice notice-fallback"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
    expect(notice).toContain('Arabic');
    expect(notice).toContain('href="/ar-sa/gamma/"');
    expect(notice).toContain('href="/vi-vn/gamma/"');
  });

  it('are the same in a shard that builds none of the versions they show', () => {
    for (const slug of ['beta', 'gamma']) {
      const whole = readPage(out, `/sv-se/${slug}/`);
      const alone = readPage(shard, `/sv-se/${slug}/`);
      expect(alone).toBe(whole);
    }
    expect(existsSync(join(shard, 'en-us'))).toBe(false);
  });

  it('follow the content when a build updates its output: a changed shown version, then a translation of their own', async () => {
    const again = tempDir('errata-fallback-again-');
    try {
      await buildSite({ contentDir: content, outDir: again, keepGoing: true, site: SITE });
      const beta = join(content, 'en-us/beta.md');
      writeFileSync(
        beta,
        readFileSync(beta, 'utf8').replace('The English beta text.', 'The revised English beta text.'),
      );
      await buildSite({ contentDir: content, outDir: again, keepGoing: true, site: SITE });
      expect(readPage(again, '/sv-se/beta/')).toContain('The revised English beta text.');
      writeFileSync(
        join(content, 'sv-se/beta.md'),
        readFileSync(join(content, 'sv-se/alpha.md'), 'utf8')
          .replaceAll('Alfa', 'Beta')
          .replace('alfatexten', 'betatexten'),
      );
      await buildSite({ contentDir: content, outDir: again, keepGoing: true, site: SITE });
      const own = readPage(again, '/sv-se/beta/');
      expect(article(own)).not.toContain('data-fallback');
      expect(own).toContain('Den svenska betatexten.');
      expect(readFileSync(join(again, 'sv-se', 'sitemap.xml'), 'utf8')).toContain(`${SITE}/sv-se/beta/`);
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  }, 240_000);
});

describe('which fallback pages a build writes', () => {
  it("none at a path of the site's own, even where another shard's file claims one", () => {
    const facts = {
      alternates: { pagefind: ['en-us'], '404': ['en-us'], fine: ['en-us'] },
      shown: { pagefind: 'en-us', '404': 'en-us', fine: 'en-us' },
    } as unknown as SiteFacts;
    expect(fallbacksOf(facts, ['sv-se'])).toEqual([{ slug: 'fine', shown: 'en-us', readers: ['sv-se'] }]);
  });
});

describe('which share writes a fallback page', () => {
  it('is the share that renders the version it shows, so an incremental build finds it where it left it', () => {
    const slugs = Array.from({ length: 60 }, (_, i) => `article-${i}`);
    const locales = ['ar-sa', 'en-us', 'sv-se', 'vi-vn'];
    const alternates = Object.fromEntries(slugs.map((slug, i) => [slug, locales.filter((_, j) => (i + j) % 3 !== 0)]));
    const facts = {
      alternates,
      shown: Object.fromEntries(slugs.map((slug) => [slug, alternates[slug]![0]!])),
    } as unknown as SiteFacts;
    const all = fallbacksOf(facts, locales);
    expect(all.length).toBeGreaterThan(20);
    for (const count of [2, 3]) {
      let seen = 0;
      for (let index = 0; index < count; index++) {
        for (const f of shareFallbacks(facts, locales, { index, count })) {
          for (const reader of f.readers) {
            expect(ownerShare(facts, pageUrl(reader, f.slug), count)).toBe(index);
            seen++;
          }
        }
      }
      expect(seen).toBe(all.reduce((n, f) => n + f.readers.length, 0));
    }
  });
});
