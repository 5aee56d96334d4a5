/**
 * Fallback pages: every built locale has `/<locale>/<slug>/` for every article of the site.
 * Where a locale has no version of its own, its page shows the version the site facts name
 * (`facts.shown`: the source, else the best translation) inside the locale's UI — noindex,
 * canonical to the version shown, out of sitemaps, homes and search.
 *
 * Cheap by design, since a site of 36 locales × 3,000 articles may have ~100,000 of them:
 * the shown version's body is rendered once, by the share that renders the shown version
 * itself (its render-store entry), and every fallback page of that article reuses it; the
 * pages are laid out from page frames like any other. A shard that does not build the shown
 * locale reads and renders that one version itself, into a render-store name of its own.
 *
 * Not in the locale's search index, on purpose. A reader's search answers in the reader's
 * language: indexed, the fallback pages would put the same English (or other) text into
 * every locale's index, where a code query would rank it beside — or above — the locale's
 * own articles, and every locale's index would grow towards the whole site's text (36
 * indexes of the whole site instead of one each of its own: Pagefind's time and memory grow
 * with a locale's words, and the largest locale already sets the build's peak). A code the
 * locale has no article for still finds its article: the search's hint offers the error
 * lookup, which leads to it; and the home's code index lists it.
 */
import { createHash } from 'node:crypto';
import { reservedSlug } from '../core/read/reserved-routes.ts';
import { pageUrl } from '../page-data/page-url.ts';
import type { SiteFacts, SitePage } from '../page-data/site-data.ts';
import { inShare, shareOf, type Share } from './share.ts';

/** One article shown by fallback pages: which version, and the built locales that lack one. */
export interface Fallback {
  slug: string;
  shown: string;
  readers: string[];
}

/** The fallback pages a build of `locales` writes, grouped by the article they show. */
export function fallbacksOf(facts: SiteFacts, locales: readonly string[]): Fallback[] {
  const fallbacks: Fallback[] = [];
  for (const [slug, have] of Object.entries(facts.alternates)) {
    const shown = facts.shown?.[slug];
    // A slug that would take one of the site's own paths is published nowhere (slug-reserved).
    if (!shown || reservedSlug(slug) !== undefined) continue;
    const readers = locales.filter((locale) => !have.includes(locale));
    if (readers.length > 0) fallbacks.push({ slug, shown, readers });
  }
  return fallbacks;
}

/** The share that writes a page: its own URL's, or for a fallback page the shown version's (whose render it reuses). */
export function ownerShare(facts: SiteFacts, url: string, count: number): number {
  if (count === 1) return 0;
  const [, locale = '', ...rest] = url.split('/');
  const slug = rest.filter(Boolean).map(decodeURIComponent).join('/');
  const shown = facts.shown?.[slug];
  const fallback = shown !== undefined && !(facts.alternates[slug] ?? []).includes(locale);
  return shareOf(fallback ? pageUrl(shown, slug) : url, count);
}

/** This share's fallbacks: those whose shown version's page is in it. */
export function shareFallbacks(facts: SiteFacts, locales: readonly string[], share: Share): Fallback[] {
  return fallbacksOf(facts, locales).filter((f) => inShare(pageUrl(f.shown, f.slug), share));
}

/**
 * The render-store name for versions this build shows but does not publish (their locale is
 * another shard's): one per set of built locales, so builds of other locales never write it.
 */
export function foreignStore(locale: string, locales: readonly string[]): string {
  return `${locale}.shown-${createHash('sha1')
    .update([...locales].sort().join(','))
    .digest('hex')
    .slice(0, 8)}`;
}

/** The fallback pages of `reader` locales, from the shown version's page. */
export function fallbackPages(shownPage: SitePage, readers: readonly string[], store: string): SitePage[] {
  return readers.map((locale): SitePage => {
    const { date: _date, dateText: _dateText, ...shown } = shownPage;
    return {
      ...shown,
      locale,
      url: pageUrl(locale, shownPage.slug),
      robots: { index: false, follow: true },
      codes: [],
      fallback: { locale: shownPage.locale, url: shownPage.url, store },
    };
  });
}
