/** The translation status matrix: for each article and locale, source / HT / MT / stale / missing. */
import type { ArticleMeta } from '../model.ts';

/** What the matrix needs of an article: a checked Article or a content-index entry. */
export interface StatusInput {
  locale: string;
  slug: string;
  isPage: boolean;
  stale: boolean;
  meta: Pick<ArticleMeta, 'title' | 'translation'>;
}

export type StatusCell = 'source' | 'HT' | 'MT' | 'stale' | 'missing';
export const STATUS_CELLS: readonly StatusCell[] = ['source', 'HT', 'MT', 'stale', 'missing'];

export interface StatusRow {
  slug: string;
  /** Title in the source locale when there is one, else the first translation's. */
  title: string;
  cells: Record<string, StatusCell>;
}

export interface StatusMatrix {
  locales: string[];
  rows: StatusRow[];
  totals: Record<string, Record<StatusCell, number>>;
}

export function translationStatus(set: { articles: Iterable<StatusInput>; locales: readonly string[] }): StatusMatrix {
  const locales = [...set.locales].sort();
  const rows = new Map<string, StatusRow>();
  for (const article of set.articles) {
    if (!article.isPage) continue;
    let row = rows.get(article.slug);
    if (!row) {
      row = {
        slug: article.slug,
        title: article.meta.title,
        cells: Object.fromEntries(locales.map((l) => [l, 'missing' as StatusCell])),
      };
      rows.set(article.slug, row);
    }
    const kind = article.meta.translation;
    row.cells[article.locale] = kind !== 'source' && article.stale ? 'stale' : kind;
    if (kind === 'source') row.title = article.meta.title;
  }
  const sorted = [...rows.values()].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const totals: StatusMatrix['totals'] = {};
  for (const locale of locales) {
    totals[locale] = { source: 0, HT: 0, MT: 0, stale: 0, missing: 0 };
    for (const row of sorted) totals[locale]![row.cells[locale]!]++;
  }
  return { locales, rows: sorted, totals };
}

/** Share of articles with a current (not stale, not missing) text in the locale, 0..1. */
export function coverage(matrix: StatusMatrix, locale: string): number {
  const t = matrix.totals[locale];
  if (!t || matrix.rows.length === 0) return 0;
  return (t.source + t.HT + t.MT) / matrix.rows.length;
}
