/**
 * The Astro content loader on top of the core: articles arrive already checked and
 * rendered by `errata build`, so Astro parses nothing. The store names each article page
 * Astro lays out (locale, slug, URL): the page frames of a build (pages/page-frames.ts), or
 * every page itself with ERRATA_DIRECT_PAGES=1. The page's data and finished HTML stay in
 * the in-process SiteData (see `sitePage`), because Astro serializes its store to disk and back.
 *
 * Astro runs only inside errata's layout step, which hands the data over first; the site
 * never reaches up into the build to prepare it itself (layers point one way).
 */
import type { Loader } from 'astro/loaders';
import { getSiteData } from '../page-data/site-store.ts';
import { articleFrames } from '../page-data/site-data.ts';

export function errataArticles(): Loader {
  return {
    name: 'errata-articles',
    async load({ store }) {
      const data = getSiteData();
      if (!data)
        throw new Error(
          'errata: the site is laid out by `errata build` (or `errata dev`), not by running Astro on its own.',
        );
      store.clear();
      for (const { url, locale, slug } of articleFrames(data))
        store.set({ id: url, data: { url, locale, slug }, digest: url });
    },
  };
}
