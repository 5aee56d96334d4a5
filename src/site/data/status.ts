/**
 * The status pages' numbers: coverage per locale and the bar geometry of the chart (the
 * overview, `/status/`), and each locale's articles by state (`/status/<locale>/`). All from
 * the site facts (the whole content folder), so every shard writes the same status pages.
 * One page per locale, not one matrix of every article and locale: at 36 locales of ~3,000
 * articles the matrix was a single 3.6 MB page; a locale's page is ~110 bytes per article.
 */
import { collatorFor } from '../../page-data/locales.ts';
import { pageUrl } from '../../page-data/page-url.ts';
import { coverage, STATUS_CELLS, type StatusCell } from '../../core/status/translation-status.ts';
import { localeInfo, type LocaleInfo } from './locales.ts';
import { oncePerLocale, oncePerSite } from './memo.ts';

export { STATUS_CELLS, type StatusCell };

export interface LocaleCoverage {
  locale: LocaleInfo;
  /** Current (source, HT or MT, not stale) share of all articles, 0..1. */
  share: number;
  counts: Record<StatusCell, number>;
  /** Each state's bar segment: where it starts and how wide it is, as shares of the bar. */
  segments: { cell: StatusCell; start: number; width: number }[];
}

export const localeCoverage = oncePerSite((data): LocaleCoverage[] => {
  const matrix = data.status;
  const articles = matrix.rows.length;
  return matrix.locales.map((locale) => {
    const counts = matrix.totals[locale] ?? { source: 0, HT: 0, MT: 0, stale: 0, missing: 0 };
    let start = 0;
    const segments = STATUS_CELLS.map((cell) => {
      const width = articles ? counts[cell] / articles : 0;
      const segment = { cell, start, width };
      start += width;
      return segment;
    }).filter((segment) => segment.width > 0);
    return { locale: localeInfo(locale), share: coverage(matrix, locale), counts, segments };
  });
});

/** Where each article can be read: its source page, else its first translation (pages of every shard, from the matrix). */
export const articleLinks = oncePerSite((data): Map<string, string> => {
  const links = new Map<string, string>();
  for (const row of data.status.rows) {
    const locales = [data.sourceLocale, ...data.status.locales];
    const locale = locales.find((l) => row.cells[l] !== undefined && row.cells[l] !== 'missing');
    if (locale) links.set(row.slug, pageUrl(locale, row.slug));
  }
  return links;
});

/** `/status/<locale>/`: a locale's articles by state. */
export const statusUrl = (locale: string) => `/status/${locale}/`;

export interface StatusGroup {
  cell: StatusCell;
  /** In the source locale's collation order of their titles; a missing one links to where it can be read. */
  articles: { title: string; url?: string }[];
}

/** A locale's articles grouped by state, the states a translator acts on first: missing, outdated, machine-translated. */
export const localeStatus = oncePerLocale((data, locale): StatusGroup[] => {
  const links = articleLinks();
  const collator = collatorFor(data.sourceLocale);
  const groups = new Map<StatusCell, StatusGroup['articles']>(STATUS_ORDER.map((cell) => [cell, []]));
  for (const row of data.status.rows) {
    const cell = row.cells[locale] ?? 'missing';
    const url = cell === 'missing' ? links.get(row.slug) : pageUrl(locale, row.slug);
    groups.get(cell)!.push({ title: row.title || row.slug, ...(url ? { url } : {}) });
  }
  return STATUS_ORDER.flatMap((cell) => {
    const articles = groups.get(cell)!.sort((a, b) => collator.compare(a.title, b.title));
    return articles.length > 0 ? [{ cell, articles }] : [];
  });
});

const STATUS_ORDER: readonly StatusCell[] = ['missing', 'stale', 'MT', 'HT', 'source'];
