/**
 * Lines that a step of a build collects for every locale but needs a locale at a time, kept
 * on disk meanwhile: one JSON line per item, one file per locale. The build report's lines
 * (build-report.ts) and the content index's entries (site-facts.ts) wait here, so no process
 * holds the whole docset's — only one locale's at a time.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_LOCALE } from '../core/read/content-files.ts';

export class LocaleLines<T> {
  readonly dir: string;
  private readonly localeOf: (item: T) => string;

  constructor(dir: string, localeOf: (item: T) => string) {
    this.dir = dir;
    this.localeOf = localeOf;
  }

  /** Starts empty: lines a killed run left here are not this run's. */
  clear(): this {
    rmSync(this.dir, { recursive: true, force: true });
    mkdirSync(this.dir, { recursive: true });
    return this;
  }

  /** Appends items (of any locales, in any order); a locale's keep the order they were added in. */
  add(items: Iterable<T>): void {
    const byLocale = new Map<string, string[]>();
    for (const item of items) {
      const locale = this.localeOf(item);
      const lines = byLocale.get(locale) ?? [];
      lines.push(`${JSON.stringify(item)}\n`);
      byLocale.set(locale, lines);
    }
    if (byLocale.size > 0) mkdirSync(this.dir, { recursive: true });
    for (const [locale, lines] of byLocale) appendFileSync(this.fileOf(locale), lines.join(''));
  }

  /** The locales with lines, in report order (the source first). */
  locales(): string[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((name) => name.endsWith('.jsonl'))
      .map((name) => decodeURIComponent(name.slice(0, -'.jsonl'.length)))
      .sort(compareLocales);
  }

  /** One locale's items, in the order they were added; none when it has no lines. */
  read(locale: string): T[] {
    const file = this.fileOf(locale);
    if (!existsSync(file)) return [];
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as T);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private fileOf(locale: string): string {
    // A locale is a folder's name, from the content; encoded, it is one plain file name whatever it holds.
    return join(this.dir, `${encodeURIComponent(locale)}.jsonl`);
  }
}

/** The source locale first, then the others by tag. */
export function compareLocales(a: string, b: string): number {
  const rank = (locale: string) => (locale === SOURCE_LOCALE ? 0 : 1);
  return rank(a) - rank(b) || compareText(a, b);
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
