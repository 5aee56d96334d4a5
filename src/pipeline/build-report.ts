/**
 * `<out>/build-report.json`: every input Markdown file exactly once, with what became of it.
 * Nothing can go missing unnoticed: a file is either built or skipped with the reason.
 *
 * A build (and a merge) never holds the report whole: its lines wait on disk, a locale to a
 * file (locale-lines.ts), with a tally of them in memory, and the report is written from
 * there a locale at a time. At 30 locales the report is 23 MB of JSON, and holding it cost
 * the build's parent and its check ~170 MB each.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_LOCALE } from '../core/read/content-files.ts';
import { blocksPublishing } from '../core/check/publishable.ts';
import { countBySeverity, type Diagnostic } from '../core/diagnostics/diagnostic.ts';
import type { FileRecord } from '../core/model.ts';
import { pageUrl } from '../page-data/page-url.ts';
import { compareText, LocaleLines } from '../pages/locale-lines.ts';

export interface ReportedFile {
  file: string;
  locale: string;
  slug: string;
  status: 'built' | 'skipped';
  /** The page URL when built; null when skipped. */
  url: string | null;
  /** Why it was skipped, in a few words; absent when built. */
  reason?: string;
  diagnostics: Diagnostic[];
}

export interface ReportSummary {
  built: number;
  skipped: number;
  errors: number;
  warnings: number;
  published: boolean;
}

export interface BuildReport {
  files: ReportedFile[];
  /** Diagnostics of the run itself (registry, UI strings), not tied to an article. */
  diagnostics: Diagnostic[];
  summary: ReportSummary;
}

/** What a report's lines add up to, before the run's own diagnostics and whether it published. */
export interface ReportTally {
  files: number;
  /** Files reported as built (as if the build published). */
  built: number;
  errors: number;
  warnings: number;
  /** The first errors and the first warnings, `SHOWN_PROBLEMS` of each at most: what a build prints under its summary. */
  firstErrors: Diagnostic[];
  firstWarnings: Diagnostic[];
}

/** How many errors and warnings a build prints under its summary line; the report and `errata check` have them all. */
export const SHOWN_PROBLEMS = 10;

export function emptyTally(): ReportTally {
  return { files: 0, built: 0, errors: 0, warnings: 0, firstErrors: [], firstWarnings: [] };
}

export function addToTally(tally: ReportTally, file: ReportedFile): void {
  const counts = countBySeverity(file.diagnostics);
  tally.files++;
  if (file.status === 'built') tally.built++;
  tally.errors += counts.error;
  tally.warnings += counts.warning;
  for (const d of file.diagnostics) {
    if (d.severity === 'info') continue;
    const first = d.severity === 'error' ? tally.firstErrors : tally.firstWarnings;
    if (first.length < SHOWN_PROBLEMS) first.push(d);
  }
}

/**
 * The errors, then the warnings, a build prints under its summary: the run's own (registry, UI
 * strings) before the files', `SHOWN_PROBLEMS` in all.
 */
export function firstProblems(tally: ReportTally, runDiagnostics: readonly Diagnostic[]): Diagnostic[] {
  const of = (severity: Diagnostic['severity']) => runDiagnostics.filter((d) => d.severity === severity);
  return [...of('error'), ...tally.firstErrors, ...of('warning'), ...tally.firstWarnings].slice(0, SHOWN_PROBLEMS);
}

/** Whether a checked file becomes a page; `publish` is false when errors stop the whole build. */
export function reportFile(record: FileRecord, publish: boolean): ReportedFile {
  const base = { file: record.file, locale: record.locale, slug: record.slug, diagnostics: record.diagnostics };
  let reason: string | undefined;
  if (!record.article) reason = 'not an article: see its errors';
  else if (!record.article.isPage) reason = 'include fragment: checked, not a page of its own';
  else if (record.diagnostics.some(blocksPublishing)) reason = 'cannot be published: see its errors';
  else if (!publish) reason = STOPPED;
  if (reason) return { ...base, status: 'skipped', url: null, reason };
  return { ...base, status: 'built', url: pageUrl(record.locale, record.slug) };
}

const STOPPED = 'build stopped: the content has errors (--keep-going publishes the rest)';

/** Whether a build whose lines tally so publishes: no errors, or `--keep-going`. */
export function publishes(tally: ReportTally, runDiagnostics: readonly Diagnostic[], keepGoing: boolean): boolean {
  return tally.errors + countBySeverity(runDiagnostics).error === 0 || keepGoing;
}

/** The summary of lines reported as if the build published, once whether it did is known. */
export function summarize(
  tally: ReportTally,
  runDiagnostics: readonly Diagnostic[],
  published: boolean,
): ReportSummary {
  const counts = countBySeverity(runDiagnostics);
  const built = published ? tally.built : 0;
  return {
    built,
    skipped: tally.files - built,
    errors: tally.errors + counts.error,
    warnings: tally.warnings + counts.warning,
    published,
  };
}

/** A line as the report has it: a file that would have been built is skipped when errors stop the whole build. */
export function asPublished(file: ReportedFile, published: boolean): ReportedFile {
  if (published || file.status !== 'built') return file;
  // The same fields in the same order as reportFile's.
  const { file: name, locale, slug, diagnostics } = file;
  return { file: name, locale, slug, diagnostics, status: 'skipped', url: null, reason: STOPPED };
}

/**
 * Writes the report from its lines, in report order, as they come: the bytes of
 * `JSON.stringify(report, null, 1)`, without the whole report ever being one string. Whole or
 * not at all: it is written beside and renamed into place, so a failed build replaces only the
 * report of the site it leaves in place, and never with half of one.
 */
export function writeBuildReport(
  outDir: string,
  report: { files: Iterable<ReportedFile>; diagnostics: Diagnostic[]; summary: ReportSummary },
): void {
  const path = join(outDir, 'build-report.json');
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    let pending = '{\n "files": [';
    const flush = (limit: number) => {
      if (pending.length < limit) return;
      writeSync(fd, pending);
      pending = '';
    };
    let first = true;
    for (const file of report.files) {
      // Each line nested two levels deep, as JSON.stringify indents it inside the whole.
      pending += `${first ? '\n' : ',\n'}  ${JSON.stringify(file, null, 1).replaceAll('\n', '\n  ')}`;
      first = false;
      flush(1 << 20);
    }
    pending += first ? ']' : '\n ]';
    pending += `,\n "diagnostics": ${JSON.stringify(report.diagnostics, null, 1).replaceAll('\n', '\n ')}`;
    pending += `,\n "summary": ${JSON.stringify(report.summary, null, 1).replaceAll('\n', '\n ')}\n}\n`;
    flush(0);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temporary, path);
}

/** A build report's lines: a locale at a time, each locale's by file. */
export class ReportLines extends LocaleLines<ReportedFile> {
  constructor(dir: string) {
    super(dir, (file) => file.locale);
  }

  /** One locale's lines, by file. */
  override read(locale: string): ReportedFile[] {
    return super.read(locale).sort((a, b) => compareText(a.file, b.file));
  }

  /** Every line in report order, a locale read at a time. */
  *all(): Generator<ReportedFile> {
    for (const locale of this.locales()) yield* this.read(locale);
  }
}
