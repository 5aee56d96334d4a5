/**
 * Sitemaps split where the protocol says a file must end (50,000 URLs or 50 MB), decided from
 * the site facts alone so that every shard's sitemap index names the same files.
 */
import { describe, expect, it } from 'vitest';
import { localeSitemapXml, sitemapIndexXml, sitemapParts, sitemapUrl } from '../../src/site/data/sitemap.ts';
import { pageUrl } from '../../src/page-data/page-url.ts';
import { setSiteData } from '../../src/page-data/site-store.ts';
import type { SiteData, SitePage } from '../../src/page-data/site-data.ts';

const SITE = 'https://errata.example';

/** A site whose locales have the given numbers of articles; every article of `shared` slugs exists in all of them. */
function site(sizes: Record<string, number>, shared = 0): SiteData {
  const alternates: Record<string, string[]> = {};
  const locales = Object.keys(sizes).sort();
  for (const [locale, count] of Object.entries(sizes)) {
    for (let i = 0; i < count; i++)
      (alternates[i < shared ? `shared-${i}` : `${locale}-only-${i}`] ??= []).push(locale);
  }
  for (const list of Object.values(alternates)) list.sort();
  const pages: SitePage[] = Object.entries(alternates).flatMap(([slug, list]) =>
    list.map((locale): SitePage => ({
      locale,
      slug,
      url: pageUrl(locale, slug),
      title: slug,
      description: '',
      html: '',
      bodyKey: '',
      headings: [],
      translation: 'MT',
      stale: false,
      sideBySide: false,
      robots: { index: true, follow: true },
      codes: [],
      date: '2021-03-19',
      alternates: list.map((l) => ({ locale: l, hreflang: l, url: pageUrl(l, slug) })),
    })),
  );
  const data: SiteData = {
    locales: locales.map((locale) => ({
      locale,
      tag: locale,
      dir: 'ltr',
      nativeName: locale,
      pageCount: sizes[locale]!,
    })),
    sourceLocale: 'en-us',
    codes: [],
    status: { locales, rows: [], totals: {} },
    site: SITE,
    alternates,
    pages,
    buildLocales: locales,
  };
  setSiteData(data);
  return data;
}

const urlCount = (xml: string) => xml.split('<url>').length - 1;

describe('sitemaps', () => {
  it("keeps a locale of the real docset's size in one file per locale", () => {
    const data = site({ 'en-us': 3000, 'sv-se': 3000 }, 3000);
    expect(sitemapParts(data, 'sv-se')).toHaveLength(1);
    expect(urlCount(localeSitemapXml(data, 'sv-se'))).toBe(3001);
    expect(sitemapIndexXml(data).match(/<loc>[^<]+<\/loc>/g)).toEqual([
      `<loc>${SITE}/en-us/sitemap.xml</loc>`,
      `<loc>${SITE}/sv-se/sitemap.xml</loc>`,
    ]);
  });

  it('starts a new file at 50,000 URLs, and the index lists every file', () => {
    const data = site({ 'en-us': 1, 'vi-vn': 60_000 });
    const parts = sitemapParts(data, 'vi-vn');
    expect(parts.map((p) => p.length)).toEqual([49_999, 10_001]);
    const first = localeSitemapXml(data, 'vi-vn', 1);
    const second = localeSitemapXml(data, 'vi-vn', 2);
    expect(urlCount(first)).toBe(50_000);
    expect(urlCount(second)).toBe(10_001);
    expect(first).toContain(`<loc>${SITE}/vi-vn/</loc>`);
    expect(second).not.toContain(`<loc>${SITE}/vi-vn/</loc>`);
    expect(sitemapIndexXml(data)).toContain(`<loc>${SITE}${sitemapUrl('vi-vn', 2)}</loc>`);
    expect(sitemapUrl('vi-vn', 2)).toBe('/vi-vn/sitemap-2.xml');
  });

  it('starts a new file before one would pass 50 MB, which many alternates reach first', () => {
    const data = site({ 'ar-sa': 400, 'en-us': 400, 'sv-se': 400 }, 400);
    const limits = { urls: 50_000, bytes: 100_000 };
    const parts = sitemapParts(data, 'sv-se', limits);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.flat()).toEqual(Object.keys(data.alternates).sort());
    // Each file as written holds no more than the limit, and every article once.
    const files = parts.map((_, i) => localeSitemapXml(data, 'sv-se', i + 1, parts));
    for (const xml of files) expect(Buffer.byteLength(xml)).toBeLessThanOrEqual(limits.bytes);
    expect(files.reduce((sum, xml) => sum + urlCount(xml), 0)).toBe(401);
  });
});
