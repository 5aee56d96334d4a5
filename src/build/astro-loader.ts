/**
 * The Astro content loader on top of the core: articles arrive already checked and
 * rendered (errata's own unified pipeline), so Astro parses nothing. The store names each
 * article page Astro lays out (locale, slug, URL): the page frames of a build
 * (build/page-frames.ts), or every page itself when Astro runs on its own. The page's data
 * and finished HTML stay in the in-process SiteData (see `sitePage`), because Astro
 * serializes its store to disk and back.
 */
import type { Loader } from 'astro/loaders';
import { getSiteData } from './site-store.ts';
import { articleFrames } from './site-data.ts';
import { prepareFromEnvironment } from './prepare-from-environment.ts';

export function errataArticles(): Loader {
  return {
    name: 'errata-articles',
    async load({ store }) {
      const data = getSiteData() ?? (await prepareFromEnvironment());
      store.clear();
      for (const { url, locale, slug } of articleFrames(data)) store.set({ id: url, data: { url, locale, slug }, digest: url });
    },
  };
}
