/** The status page's numbers: coverage per locale and the bar geometry of the chart. Built once per site. */
import { pageUrl } from '../../page-data/page-url.ts';
import { coverage, STATUS_CELLS, type StatusCell } from '../../core/status/translation-status.ts';
import { localeInfo, type LocaleInfo } from './locales.ts';
import { oncePerSite } from './memo.ts';

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
