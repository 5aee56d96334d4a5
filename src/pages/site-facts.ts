/**
 * The locale-independent facts of a site, from the light content index: every shard of a
 * split build computes the same, so root pages and switchers agree when shards are merged.
 */
import { SOURCE_LOCALE, listLocales } from '../core/read/content-files.ts';
import type { Registry } from '../core/codes/registry.ts';
import {
  localeIndexEntries,
  markIndexStale,
  newestOfIndex,
  readContentIndex,
  type IndexedArticle,
} from '../core/crosslocale/content-index.ts';
import type { LocaleLines } from './locale-lines.ts';
import { translationStatus } from '../core/status/translation-status.ts';
import { canonicalTag, directionOf, nativeName } from '../page-data/locales.ts';
import { pageUrl } from '../page-data/page-url.ts';
import { PROJECT_ROOT } from '../process/project-root.ts';
import { repositoryLinks } from './repository-links.ts';
import type { SiteCode, SiteFacts } from '../page-data/site-data.ts';

/** `known`: content-index entries the check made from the files it read (the rest are read here). */
export function siteFacts(
  contentDir: string,
  registry: Registry,
  site: string,
  known?: ReadonlyMap<string, IndexedArticle | null>,
): SiteFacts {
  return factsOf(contentDir, registry, site, readContentIndex(contentDir, SOURCE_LOCALE, known));
}

/**
 * The same facts without holding the content index (87,000 entries, ~47 MB, at 30 locales):
 * the entries go to `spill` a locale at a time — `knownOf(locale)` those the check made,
 * the rest read from the files' heads — while the newest handoff of each slug is found; then
 * they are read back a locale at a time, marked stale, and summed up into the facts. What
 * stays is the facts themselves: a cell per slug and locale.
 */
export function streamedSiteFacts(
  contentDir: string,
  registry: Registry,
  site: string,
  knownOf: (locale: string) => ReadonlyMap<string, IndexedArticle | null> | undefined,
  spill: LocaleLines<IndexedArticle>,
): SiteFacts {
  const locales = listLocales(contentDir);
  spill.clear();
  function* spilled() {
    for (const locale of locales) {
      const entries = localeIndexEntries(contentDir, locale, SOURCE_LOCALE, knownOf(locale));
      spill.add(entries);
      yield* entries;
    }
  }
  const newest = newestOfIndex(spilled());
  // Read back each time the facts go through them (twice), a locale at a time.
  const articles = {
    *[Symbol.iterator]() {
      for (const locale of locales) {
        const entries = spill.read(locale);
        markIndexStale(entries, newest);
        yield* entries;
      }
    },
  };
  return factsOf(contentDir, registry, site, { locales, articles });
}

function factsOf(
  contentDir: string,
  registry: Registry,
  site: string,
  index: { locales: string[]; articles: Iterable<IndexedArticle> },
): SiteFacts {
  const alternates: Record<string, string[]> = Object.create(null);
  const pageCount = new Map<string, number>();
  const shown: Record<string, string> = Object.create(null);
  const best = new Map<string, IndexedArticle>();
  for (const article of index.articles) {
    if (!article.isPage) continue;
    (alternates[article.slug] ??= []).push(article.locale);
    pageCount.set(article.locale, (pageCount.get(article.locale) ?? 0) + 1);
    const current = best.get(article.slug);
    if (!current || showBefore(article, current)) best.set(article.slug, article);
  }
  for (const [slug, article] of best) shown[slug] = article.locale;
  return {
    locales: index.locales.map((locale) => ({
      locale,
      tag: canonicalTag(locale),
      dir: directionOf(locale),
      nativeName: nativeName(locale),
      pageCount: pageCount.get(locale) ?? 0,
    })),
    sourceLocale: SOURCE_LOCALE,
    codes: siteCodes(registry, alternates),
    status: translationStatus(index),
    site: site.replace(/\/$/, ''),
    alternates,
    shown,
    ...withRepository(contentDir),
  };
}

function withRepository(contentDir: string): Pick<SiteFacts, 'repository'> {
  const repository = repositoryLinks(PROJECT_ROOT, contentDir);
  return repository ? { repository } : {};
}

const KIND_ORDER = { source: 0, HT: 1, MT: 2 } as const;

/**
 * Which version a locale without its own shows: the source; else a human translation before
 * a machine one, a current one before a stale one, the newest (ms.date), and the first locale
 * tag last, so the choice never depends on the order files were listed in.
 */
export function showBefore(a: IndexedArticle, b: IndexedArticle): boolean {
  const kind = KIND_ORDER[a.meta.translation] - KIND_ORDER[b.meta.translation];
  if (kind !== 0) return kind < 0;
  if (a.stale !== b.stale) return !a.stale;
  const dateA = a.meta.date ?? '';
  const dateB = b.meta.date ?? '';
  if (dateA !== dateB) return dateA > dateB;
  return a.locale < b.locale;
}

/**
 * Each registered code with its articles (the registry's `articles` slugs) in every locale
 * that has them. Only the registry and the content listing decide, so every shard agrees.
 */
function siteCodes(registry: Registry, alternates: Record<string, string[]>): SiteCode[] {
  const families = new Map(registry.families.map((f) => [f.id, f.title]));
  const codes: SiteCode[] = [];
  for (const code of registry.codes.values()) {
    const urls: Record<string, string> = {};
    for (const slug of code.articles)
      for (const locale of alternates[slug] ?? []) urls[locale] ??= pageUrl(locale, slug);
    const entry: SiteCode = {
      code: code.code,
      family: code.family,
      familyTitle: families.get(code.family) ?? code.family,
      urls,
    };
    if (code.name) entry.name = code.name;
    if (code.summary) entry.summary = code.summary;
    codes.push(entry);
  }
  return codes.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
