/**
 * `<out>/build-report.json`: every input Markdown file exactly once, with what became of it.
 * Nothing can go missing unnoticed: a file is either built or skipped with the reason.
 */
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { SOURCE_LOCALE } from '../core/check/check-content.ts';
import { blocksPublishing } from '../core/check/publishable.ts';
import { countBySeverity, type Diagnostic } from '../core/diagnostics.ts';
import type { FileRecord } from '../core/model.ts';
import { pageUrl } from '../page-data/page-url.ts';

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

export interface BuildReport {
  files: ReportedFile[];
  /** Diagnostics of the run itself (registry, UI strings), not tied to an article. */
  diagnostics: Diagnostic[];
  summary: { built: number; skipped: number; errors: number; warnings: number; published: boolean };
}

/** Whether a checked file becomes a page; `publish` is false when errors stop the whole build. */
export function reportFile(record: FileRecord, publish: boolean): ReportedFile {
  const base = { file: record.file, locale: record.locale, slug: record.slug, diagnostics: record.diagnostics };
  let reason: string | undefined;
  if (!record.article) reason = 'not an article: see its errors';
  else if (!record.article.isPage) reason = 'include fragment: checked, not a page of its own';
  else if (record.diagnostics.some(blocksPublishing)) reason = 'cannot be published: see its errors';
  else if (!publish) reason = 'build stopped: the content has errors (--keep-going publishes the rest)';
  if (reason) return { ...base, status: 'skipped', url: null, reason };
  return { ...base, status: 'built', url: pageUrl(record.locale, record.slug) };
}

export function makeReport(records: FileRecord[], runDiagnostics: Diagnostic[], keepGoing: boolean): BuildReport {
  return reportOf(records.map((record) => reportFile(record, true)), runDiagnostics, keepGoing);
}

/**
 * The report of files reported as if the build published (`reportFile(record, true)`): those
 * of several checks (a build's batches) once all are in, so one batch's errors stop them all.
 */
export function reportOf(reported: ReportedFile[], runDiagnostics: Diagnostic[], keepGoing: boolean): BuildReport {
  const all = [...runDiagnostics, ...reported.flatMap((f) => f.diagnostics)];
  const counts = countBySeverity(all);
  const published = counts.error === 0 || keepGoing;
  const files = (published ? [...reported] : reported.map(stopped)).sort(compareReportedFiles);
  const built = files.filter((f) => f.status === 'built').length;
  return { files, diagnostics: runDiagnostics, summary: { built, skipped: files.length - built, errors: counts.error, warnings: counts.warning, published } };
}

/** A file that would have been built, when errors stop the whole build (the same fields in the same order as reportFile's). */
function stopped(file: ReportedFile): ReportedFile {
  if (file.status !== 'built') return file;
  const { file: name, locale, slug, diagnostics } = file;
  return { file: name, locale, slug, diagnostics, status: 'skipped', url: null, reason: 'build stopped: the content has errors (--keep-going publishes the rest)' };
}

/**
 * The order of a report's files: the source locale's first, then each locale's in turn, by
 * file. Every build sorts so, whether its locales were checked at once, batch by batch or by
 * shards merged afterwards, so all write the same report.
 */
export function compareReportedFiles(a: ReportedFile, b: ReportedFile): number {
  const rank = (f: ReportedFile) => (f.locale === SOURCE_LOCALE ? 0 : 1);
  return rank(a) - rank(b) || compareText(a.locale, b.locale) || compareText(a.file, b.file);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function writeBuildReport(outDir: string, report: BuildReport): void {
  // Whole or not at all: a failed build replaces only the report of the site it leaves in place.
  writeFileAtomic.sync(join(outDir, 'build-report.json'), `${JSON.stringify(report, null, 1)}\n`);
}
