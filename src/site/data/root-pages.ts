/**
 * The root pages — `/`, `/404.html`, `/status/` and `/status/<locale>/`, `/sitemap.xml`,
 * `/api/codes.json` — come from the site facts alone, so every Astro run of a build would
 * lay out the same ones: only a run told to (SiteData.rootPages: the first batch a build
 * builds, when they are due) writes them. Their routes are dynamic, listing their paths through `rootPaths`, so
 * that another run lists none, while its module graph, and so its bundled assets, stay the
 * same. `/404.html` alone is a static route: Astro names a page `404.html` only when its
 * path is `/404`, and a dynamic route's paths end in a slash (trailingSlash: 'always').
 */
import { siteData } from './site-data.ts';

/** Whether this Astro run writes the root pages. */
export function writesRootPages(): boolean {
  return siteData().rootPages !== false;
}

/** A root page route's paths, or none when this run writes no root pages. */
export function rootPaths<T>(paths: () => T[]): T[] {
  return writesRootPages() ? paths() : [];
}
