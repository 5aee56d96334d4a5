/** The prepared SiteData, as `errata build` handed it to Astro. */
import type { SiteData } from '../../page-data/site-data.ts';
import { getSiteData } from '../../page-data/site-store.ts';

export function siteData(): SiteData {
  const data = getSiteData();
  if (!data) throw new Error('errata: the site data is not prepared; build the site with "errata build".');
  return data;
}

/** `https://errata.example` + a root-relative URL. */
export function absolute(url: string): string {
  return `${siteData().site}${url}`;
}
