/** `/<locale>/sitemap.xml`: the locale's home and indexable articles, with their translations. */
import type { APIContext } from 'astro';
import { localePagesToWrite } from '../../data/locales.ts';
import { localeSitemapXml } from '../../data/sitemap.ts';
import { siteData } from '../../data/site-data.ts';

export function getStaticPaths() {
  return localePagesToWrite().map((locale) => ({ params: { locale: locale.locale } }));
}

export function GET({ params }: APIContext): Response {
  return new Response(localeSitemapXml(siteData(), params.locale!), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
}
