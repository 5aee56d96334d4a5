/**
 * Sitemaps: one per locale (`/<locale>/sitemap.xml`: its home and every indexable article,
 * with translations as `xhtml:link` alternates) and `/sitemap.xml`, the index of them all.
 * Pages marked NOINDEX stay out. Per locale, so a site built in shards merges by copying.
 */
import type { SiteData } from '../../page-data/site-data.ts';
import type { HreflangLink } from './head.ts';
import { homeHreflang } from './language-links.ts';
import { homeUrl } from './locales.ts';

const URLSET = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">';

export function localeSitemapXml(data: SiteData, locale: string): string {
  const entries = [url(data.site, homeUrl(locale), homeHreflang())];
  for (const page of data.pages) {
    if (page.locale !== locale || !page.robots.index) continue;
    const alternates = page.alternates.length > 1 ? page.alternates : [];
    entries.push(url(data.site, page.url, alternates, page.date));
  }
  return document([URLSET, ...entries, '</urlset>']);
}

export function sitemapIndexXml(data: SiteData): string {
  const sitemaps = data.locales.map((l) => `<sitemap><loc>${xml(`${data.site}/${l.locale}/sitemap.xml`)}</loc></sitemap>`);
  return document(['<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...sitemaps, '</sitemapindex>']);
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
