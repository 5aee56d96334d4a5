/**
 * The Astro content loader on top of the core: articles arrive already checked and
 * rendered (errata's own unified pipeline), so Astro parses nothing. The store names each
 * page to write (locale, slug, URL); the page's data and finished HTML stay in the
 * in-process SiteData (see `sitePage`), because Astro serializes its store to disk and back:
 * with the HTML that cost about a fifth of Astro's time, and with the rest of each page's
 * data ~95 MB per share of 7,300 pages.
 */
import type { Loader } from 'astro/loaders';
import { getSiteData } from './site-store.ts';
import { prepareFromEnvironment } from './prepare-from-environment.ts';

export function errataArticles(): Loader {
  return {
    name: 'errata-articles',
    async load({ store }) {
      const data = getSiteData() ?? (await prepareFromEnvironment());
      store.clear();
      for (const page of data.pages) {
        if (data.emit && !data.emit.has(page.url)) continue;
        store.set({ id: page.url, data: { url: page.url, locale: page.locale, slug: page.slug }, digest: page.url });
      }
    },
  };
}
