/** `/sitemap.xml`, the index of the locales' sitemaps; the same from every build (a root page: data/root-pages.ts). */
import { sitemapIndexXml } from '../data/sitemap.ts';
import { rootPaths } from '../data/root-pages.ts';
import { siteData } from '../data/site-data.ts';

export function getStaticPaths() {
  return rootPaths(() => [{ params: { name: 'sitemap' } }]);
}

export function GET(): Response {
  return new Response(sitemapIndexXml(siteData()), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
