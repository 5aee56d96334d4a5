/**
 * The Astro content loader on top of the core: articles arrive already checked and
 * rendered (errata's own unified pipeline), so Astro stores finished HTML and parses nothing.
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
        const { html, ...meta } = page;
        store.set({ id: page.url, data: meta, rendered: { html }, digest: page.url });
      }
    },
  };
}
