/**
 * Under `errata build`'s summary line: its first errors and warnings at file:line:column, so a
 * build that found some says which without a second command. `errata check` has every one with
 * its source line and hint; the report has them all too.
 */
import type { Diagnostic } from '../../core/diagnostics/diagnostic.ts';
import { painter } from '../style.ts';

export function formatBuildProblems(
  shown: readonly Diagnostic[],
  total: { errors: number; warnings: number },
  color: boolean,
): string[] {
  if (shown.length === 0) return [];
  const paint = painter(color);
  const severity = { error: paint('red', 'error  '), warning: paint('yellow', 'warning'), info: 'info   ' };
  const lines = shown.map(
    (d) => `  ${severity[d.severity]}  ${d.file}:${d.line}:${d.column}  ${d.message}  ${paint('dim', d.rule)}`,
  );
  const more = total.errors + total.warnings - shown.length;
  lines.push(
    more > 0
      ? `  … and ${more} more: "errata check" lists every one, with its source line and how to fix it.`
      : '  "errata check" shows each with its source line and how to fix it.',
  );
  return lines;
}
