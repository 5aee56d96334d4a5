/**
 * What a change in the content folder does: what of the site it makes stale (dev-site.ts), the
 * article checked and made again at once (so its problems reach the terminal), and which open
 * tabs reload.
 */
import { pageUrl } from '../page-data/page-url.ts';
import type { ArticleState, DevSite } from './dev-site.ts';
import type { LiveReload } from './live-reload.ts';
import type { ContentChange } from './watch-content.ts';

export function contentChanges(
  site: DevSite,
  reload: LiveReload,
  report: (state: ArticleState) => void,
  log: (text: string) => void,
): (change: ContentChange) => Promise<void> {
  return async (change) => {
    try {
      if (change.kind === 'site') {
        site.forgetAll();
        log(`${change.what} changed: every page is made again when asked for.`);
        reload.broadcast({ paths: [], all: true });
        return;
      }
      const { locale } = change;
      if (change.kind === 'media') {
        site.forgetListing(locale);
        for (const s of site.listing(locale).keys()) site.forgetSlug(s);
        reload.broadcast({ paths: [], all: true });
        return;
      }
      const { slug } = change;
      // Was the article listed? A new or removed one changes its locale's listing, homes and lists.
      const listed = site.isListed(locale, slug);
      const kind = !change.exists ? 'removed' : listed ? 'changed' : 'added';
      site.forgetSlug(slug);
      if (kind === 'changed') site.forgetLayout(locale);
      else site.forgetListing(locale);
      const paths = site.allLocales().map((l) => pageUrl(l, slug));
      const file = change.exists ? site.articleFile(locale, slug) : undefined;
      try {
        if (file) report(await site.refresh(file));
        else if (kind === 'removed') log(`${locale}/${slug}.md was removed.`);
      } finally {
        // Told even when the page could not be made: the tab then shows why, not its old version.
        // Every open page of the locale reloads when its lists change; else only the article's pages.
        reload.broadcast({ paths, all: kind !== 'changed' });
      }
    } catch (error) {
      log(`errata dev: ${(error as Error).message}`);
    }
  };
}
