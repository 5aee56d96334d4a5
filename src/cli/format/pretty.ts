/** `check --format pretty`: grouped by file, each problem with its source line quoted and a hint. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countBySeverity, type Diagnostic } from '../../core/diagnostics/diagnostic.ts';
import { isInsideContent } from '../../core/read/inside-content.ts';
import { painter } from '../style.ts';

export interface PrettyOptions {
  contentDir: string;
  color: boolean;
}

export function formatPretty(diagnostics: readonly Diagnostic[], files: number, options: PrettyOptions): string {
  const paint = painter(options.color);
  const bySeverity = { error: paint('red', 'error'), warning: paint('yellow', 'warning'), info: paint('cyan', 'info') };
  const out: string[] = [];
  let current = '';
  let lines: string[] = [];
  for (const d of diagnostics) {
    if (d.file !== current) {
      current = d.file;
      // Quote only files inside the content folder: a link to /etc/passwd must not print its first line.
      lines =
        d.rule === 'file-symlink-outside' || !isInsideContent(options.contentDir, d.file)
          ? []
          : readLines(join(options.contentDir, d.file));
      out.push('', paint('bold', d.file));
    }
    out.push(`  ${d.line}:${d.column}  ${bySeverity[d.severity]}  ${d.message}  ${paint('dim', d.rule)}`);
    const source = lines[d.line - 1];
    if (source !== undefined) {
      const gutter = String(d.line).padStart(6);
      const shown = source.length > 160 ? `${source.slice(Math.max(0, d.column - 40), d.column + 120)}` : source;
      const caretAt = source.length > 160 ? Math.min(d.column - 1, 39) : d.column - 1;
      out.push(
        paint('dim', `${gutter} | `) + shown,
        paint('dim', `${' '.repeat(6)} | `) + ' '.repeat(Math.max(0, caretAt)) + paint('red', '^'),
      );
    }
    out.push(`         ${paint('dim', 'hint:')} ${d.hint}`);
  }
  const counts = countBySeverity(diagnostics);
  const filesWithProblems = new Set(diagnostics.map((d) => d.file)).size;
  out.push(
    '',
    `${counts.error ? paint('red', '✖') : '✔'} ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'note')} in ${plural(filesWithProblems, 'file')} (${plural(files, 'file')} checked)`,
  );
  return out.join('\n').replace(/^\n/, '');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function readLines(path: string): string[] {
  try {
    const text = readFileSync(path, 'utf8');
    return text.length > 2_000_000 || text.includes('\0') ? [] : text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  } catch {
    return [];
  }
}
