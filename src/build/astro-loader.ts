/**
 * The Astro content loader on top of the core: articles arrive already checked and
 * rendered (errata's own unified pipeline), so Astro parses nothing. The store keeps each
 * page's data; its finished HTML stays in the in-process SiteData (see `pageHtml`), because
 * the content store is serialized to disk and back, which for 14,000 pages of HTML cost
 * about a fifth of Astro's time.
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
        const { html: _html, ...meta } = page;
        store.set({ id: page.url, data: meta, digest: page.url });
      }
    },
  };
}
