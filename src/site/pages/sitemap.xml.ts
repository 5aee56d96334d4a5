/** `/sitemap.xml`, the index of the locales' sitemaps; the same from every build. */
import { sitemapIndexXml } from '../data/sitemap.ts';
import { siteData } from '../data/site-data.ts';

export function GET(): Response {
  return new Response(sitemapIndexXml(siteData()), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
