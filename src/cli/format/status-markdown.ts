/** The status matrix as Markdown for a pull-request comment: totals first, the full matrix folded. */
import { coverage, STATUS_CELLS, type StatusMatrix } from '../../core/status/translation-status.ts';

const SYMBOL: Record<string, string> = {
  source: '● source',
  HT: '✓ HT',
  MT: '✓ MT',
  stale: '⚠ stale',
  missing: '✗ missing',
};

export function statusMarkdown(matrix: StatusMatrix): string {
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
  ];
  return lines.join('\n');
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
