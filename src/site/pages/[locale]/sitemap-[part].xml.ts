/** `/<locale>/sitemap-<n>.xml`: a locale's further sitemap files, when one would pass the protocol's limits (data/sitemap.ts). */
import type { APIContext } from 'astro';
import { localePagesToWrite } from '../../data/locales.ts';
import { localeSitemapXml, sitemapCount } from '../../data/sitemap.ts';
import { siteData } from '../../data/site-data.ts';

export function getStaticPaths() {
  return localePagesToWrite().flatMap((locale) =>
    Array.from({ length: sitemapCount(locale.locale) - 1 }, (_, i) => ({
      params: { locale: locale.locale, part: String(i + 2) },
    })),
  );
}

export function GET({ params }: APIContext): Response {
  return new Response(localeSitemapXml(siteData(), params.locale!, Number(params.part)), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
}
