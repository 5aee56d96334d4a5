/**
 * Sitemaps: per locale (`/<locale>/sitemap.xml`, then `/<locale>/sitemap-2.xml`… when one file
 * would pass the protocol's limits: its home and every indexable article, with translations as
 * `xhtml:link` alternates) and `/sitemap.xml`, the index of them all. Pages marked NOINDEX stay
 * out. Per locale, so a site built in shards merges by copying.
 *
 * The protocol allows 50,000 URLs and 50 MB per file. Which file an article goes in is decided
 * from the site facts alone (every article of the locale in the content listing, with its
 * alternates), not from the pages a build publishes, so the index — a root page every shard
 * writes — names the same files in every shard, and no file can pass either limit: with 36
 * alternates an entry takes ~4 KB, so 50 MB is the limit that binds first (~12,000 URLs).
 */
import type { SiteData, SiteFacts } from '../../page-data/site-data.ts';
import { pageUrl } from '../../page-data/page-url.ts';
import { canonicalTag } from '../../page-data/locales.ts';
import type { HreflangLink } from './head.ts';
import { homeHreflang } from './language-links.ts';
import { homeUrl } from './locales.ts';
import { oncePerLocale } from './memo.ts';

const URLSET =
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">';

export const SITEMAP_LIMITS = { urls: 50_000, bytes: 50 * 1024 * 1024 };

/** `/<locale>/sitemap.xml` for the first file of a locale, `/<locale>/sitemap-<n>.xml` after it. */
export function sitemapUrl(locale: string, part: number): string {
  return part === 1 ? `/${locale}/sitemap.xml` : `/${locale}/sitemap-${part}.xml`;
}

/**
 * The slugs of each of a locale's sitemap files, in slug order: as many as fit within `limits`,
 * counting every entry at the most it can take (a `lastmod` of any date).
 */
export function sitemapParts(
  facts: Pick<SiteFacts, 'site' | 'alternates'>,
  locale: string,
  limits = SITEMAP_LIMITS,
): string[][] {
  const slugs = Object.keys(facts.alternates)
    .filter((slug) => facts.alternates[slug]!.includes(locale))
    .sort();
  const site = facts.site;
  const fixed = document([URLSET, '</urlset>']).length;
  const home = utf8(url(site, homeUrl(locale), homeHreflang()));
  const parts: string[][] = [[]];
  let urls = 1;
  let bytes = fixed + home + 1;
  for (const slug of slugs) {
    const locales = facts.alternates[slug]!;
    const alternates =
      locales.length > 1 ? locales.map((l) => ({ hreflang: canonicalTag(l), url: pageUrl(l, slug) })) : [];
    const size = utf8(url(site, pageUrl(locale, slug), alternates, '0000-00-00T00:00:00.000+00:00')) + 1;
    if (urls + 1 > limits.urls || bytes + size > limits.bytes) {
      parts.push([]);
      urls = 0;
      bytes = fixed;
    }
    parts.at(-1)!.push(slug);
    urls += 1;
    bytes += size;
  }
  return parts;
}

const localeParts = oncePerLocale((data, locale) => sitemapParts(data, locale));

/** How many sitemap files a locale has (at least one: its home is in the first). */
export function sitemapCount(locale: string): number {
  return localeParts(locale).length;
}

/** A locale's sitemap file `part` (1-based) of its `parts` (sitemapParts). */
export function localeSitemapXml(data: SiteData, locale: string, part = 1, parts = localeParts(locale)): string {
  const slugs = new Set(parts[part - 1] ?? []);
  const entries = part === 1 ? [url(data.site, homeUrl(locale), homeHreflang())] : [];
  for (const page of data.pages) {
    if (page.locale !== locale || !page.robots.index || !slugs.has(page.slug)) continue;
    const alternates = page.alternates.length > 1 ? page.alternates : [];
    entries.push(url(data.site, page.url, alternates, page.date));
  }
  return document([URLSET, ...entries, '</urlset>']);
}

export function sitemapIndexXml(data: SiteData): string {
  const sitemaps = data.locales.flatMap((l) =>
    Array.from(
      { length: sitemapCount(l.locale) },
      (_, i) => `<sitemap><loc>${xml(`${data.site}${sitemapUrl(l.locale, i + 1)}`)}</loc></sitemap>`,
    ),
  );
  return document([
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...sitemaps,
    '</sitemapindex>',
  ]);
}

function url(site: string, path: string, alternates: HreflangLink[], lastmod?: string): string {
  return [
    `<url><loc>${xml(site + path)}</loc>`,
    lastmod ? `<lastmod>${lastmod}</lastmod>` : '',
    ...alternates.map((a) => `<xhtml:link rel="alternate" hreflang="${xml(a.hreflang)}" href="${xml(site + a.url)}"/>`),
    '</url>',
  ].join('');
}

function document(lines: string[]): string {
  return ['<?xml version="1.0" encoding="UTF-8"?>', ...lines, ''].join('\n');
}

function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function utf8(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
