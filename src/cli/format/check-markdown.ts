/**
 * `check --format markdown`: the pull-request comment's summary. Counts by rule for the files
 * the pull request changed (with --changed), then for the whole docset, and the changed files'
 * problems at file:line, so a writer sees in the comment what the annotations say in the diff.
 */
import { countBySeverity, type Diagnostic } from '../../core/diagnostics/diagnostic.ts';

const ICON = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const;
/** A comment has a size limit (65,536 characters on GitHub); past this the list points to the annotations. */
const MAX_LISTED = 100;

export function formatCheckMarkdown(all: readonly Diagnostic[], changedFiles: readonly string[] | undefined): string {
  const changed = changedFiles ? new Set(changedFiles) : undefined;
  const mine = changed ? all.filter((d) => changed.has(d.file)) : all;
  const lines = [
    `## errata check${changed ? `: ${changed.size} changed file${changed.size === 1 ? '' : 's'}` : ''}`,
    '',
  ];
  const counts = countBySeverity(mine);
  lines.push(
    mine.length === 0
      ? '✅ No problems in the changed files.'
      : `${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} note${counts.info === 1 ? '' : 's'}${changed ? ' in the changed files' : ''}.`,
  );
  if (mine.length > 0) lines.push('', ...ruleTable(mine));
  if (changed) {
    const total = countBySeverity(all);
    lines.push('', `The whole docset: ${total.error} errors, ${total.warning} warnings, ${total.info} notes.`);
  }
  if (mine.length > 0) {
    lines.push('', '<details><summary>Every problem in the changed files</summary>', '');
    for (const d of mine.slice(0, MAX_LISTED))
      lines.push(
        `- ${ICON[d.severity]} \`${d.file}:${d.line}:${d.column}\` ${escape(d.message)} _${escape(d.hint)}_ (\`${d.rule}\`)`,
      );
    if (mine.length > MAX_LISTED)
      lines.push(`- … and ${mine.length - MAX_LISTED} more: see the annotations on the pull request's files.`);
    lines.push('', '</details>');
  }
  return lines.join('\n');
}

function ruleTable(diagnostics: readonly Diagnostic[]): string[] {
  const byRule = new Map<string, { severity: Diagnostic['severity']; count: number }>();
  for (const d of diagnostics) {
    const entry = byRule.get(d.rule) ?? { severity: d.severity, count: 0 };
    entry.count++;
    byRule.set(d.rule, entry);
  }
  const order = { error: 0, warning: 1, info: 2 };
  const rows = [...byRule].sort(
    ([a, x], [b, y]) => order[x.severity] - order[y.severity] || y.count - x.count || (a < b ? -1 : 1),
  );
  return [
    '| rule | severity | count |',
    '| --- | --- | ---: |',
    ...rows.map(([rule, { severity, count }]) => `| \`${rule}\` | ${ICON[severity]} ${severity} | ${count} |`),
  ];
}

function escape(text: string): string {
  return text.replace(/[|<>*_`[\]]/g, (c) => `\\${c}`).replace(/\n/g, ' ');
}
