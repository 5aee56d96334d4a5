/**
 * A build report's lines on disk while a build or a merge collects them: one JSON line per
 * file, one file per locale. A build's check adds each batch's lines as it goes; the report
 * is then written from here a locale at a time (build-report.ts), so no process holds the
 * lines of the whole docset — only one locale's, which it sorts.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { compareLocales, compareText, type ReportedFile } from './build-report.ts';

export class ReportLines {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  /** Starts empty: lines a killed run left here are not this run's. */
  clear(): this {
    rmSync(this.dir, { recursive: true, force: true });
    mkdirSync(this.dir, { recursive: true });
    return this;
  }

  /** Appends lines (of any locales, in any order). */
  add(files: readonly ReportedFile[]): void {
    const byLocale = new Map<string, string[]>();
    for (const file of files) {
      const lines = byLocale.get(file.locale) ?? [];
      lines.push(`${JSON.stringify(file)}\n`);
      byLocale.set(file.locale, lines);
    }
    for (const [locale, lines] of byLocale) appendFileSync(this.fileOf(locale), lines.join(''));
  }

  /** The locales with lines, in report order (the source first). */
  locales(): string[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir).filter((name) => name.endsWith('.jsonl')).map((name) => decodeURIComponent(name.slice(0, -'.jsonl'.length))).sort(compareLocales);
  }

  /** One locale's lines, by file. */
  read(locale: string): ReportedFile[] {
    const text = readFileSync(this.fileOf(locale), 'utf8');
    const files = text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as ReportedFile);
    return files.sort((a, b) => compareText(a.file, b.file));
  }

  /** Every line in report order, a locale read at a time. */
  *all(): Generator<ReportedFile> {
    for (const locale of this.locales()) yield* this.read(locale);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private fileOf(locale: string): string {
    // A locale is a folder's name, from the content; encoded, it is one plain file name whatever it holds.
    return join(this.dir, `${encodeURIComponent(locale)}.jsonl`);
  }
}
