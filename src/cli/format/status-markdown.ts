/** The status matrix as Markdown for a pull-request comment: totals first, the full matrix folded. */
import { coverage, STATUS_CELLS, type StatusMatrix } from '../../core/status/translation-status.ts';
import { handoffCommand } from '../../core/translate/handoff-command.ts';

const SYMBOL: Record<string, string> = {
  source: '● source',
  HT: '✓ HT',
  MT: '✓ MT',
  stale: '⚠ stale',
  missing: '✗ missing',
};

/**
 * `changedSources`: slugs whose source article a pull request changed. Their translations were
 * made from the text before the change: the comment names them, with the command that hands
 * them off again. (They count as stale in errata's sense — crosslocale/staleness.ts — only once
 * a newer source is handed off, which the source article alone does not record.)
 */
export function statusMarkdown(matrix: StatusMatrix, changedSources: ReadonlySet<string> = new Set()): string {
  const lines = [
    `## Translation status: ${matrix.rows.length} article${matrix.rows.length === 1 ? '' : 's'}`,
    '',
    `| locale | coverage | ${STATUS_CELLS.join(' | ')} |`,
    `| --- | ---: | ${STATUS_CELLS.map(() => '---:').join(' | ')} |`,
    ...matrix.locales.map((locale) => {
      const t = matrix.totals[locale]!;
      return `| ${locale} | ${(coverage(matrix, locale) * 100).toFixed(1)} % | ${STATUS_CELLS.map((c) => t[c]).join(' | ')} |`;
    }),
    '',
    '<details><summary>Every article</summary>',
    '',
    `| article | ${matrix.locales.join(' | ')} |`,
    `| --- | ${matrix.locales.map(() => '---').join(' | ')} |`,
    ...matrix.rows.map(
      (row) => `| ${escapeCell(row.slug)} | ${matrix.locales.map((l) => SYMBOL[row.cells[l]!]).join(' | ')} |`,
    ),
    '',
    '</details>',
    ...handoffLines(matrix),
    ...changedSourceLines(matrix, changedSources),
  ];
  return lines.join('\n');
}

/** Per locale with stale or missing articles: the command that hands exactly those off. */
function handoffLines(matrix: StatusMatrix): string[] {
  const lines: string[] = [];
  for (const locale of matrix.locales) {
    const slugs = matrix.rows.filter((r) => r.cells[locale] === 'stale' || r.cells[locale] === 'missing');
    if (slugs.length === 0) continue;
    lines.push(
      `| ${locale} | ${slugs.length} | \`${escapeCell(handoffCommand(locale, { slugs: slugs.map((r) => r.slug) }))}\` |`,
    );
  }
  if (lines.length === 0) return [];
  return [
    '',
    '<details><summary>To translate: the stale and missing articles, handed off with errata handoff</summary>',
    '',
    '| locale | articles | command |',
    '| --- | ---: | --- |',
    ...lines,
    '',
    '</details>',
  ];
}

function changedSourceLines(matrix: StatusMatrix, changed: ReadonlySet<string>): string[] {
  const lines: string[] = [];
  for (const row of matrix.rows) {
    if (!changed.has(row.slug)) continue;
    const made = matrix.locales.filter(
      (l) => row.cells[l] === 'HT' || row.cells[l] === 'MT' || row.cells[l] === 'stale',
    );
    if (made.length === 0) continue;
    lines.push(
      `- **${escapeCell(row.slug)}**: ${made.map((l) => `${l} (${SYMBOL[row.cells[l]!]})`).join(', ')} — ${made
        .map((l) => `\`${escapeCell(handoffCommand(l, { slugs: [row.slug] }))}\``)
        .join(', ')}`,
    );
  }
  if (lines.length === 0) return [];
  return ['', '### Changed sources: these translations were made from the text before this change', '', ...lines];
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
