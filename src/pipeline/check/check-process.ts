/**
 * Child-process entry: the build's check, batch after batch of locales (locale-batches.ts),
 * and the site facts from the content index (its entries for checked files come from the
 * check, which read them already).
 * In a process of its own because what they leave behind (the memory of the check's worker
 * threads, the index's garbage: about 350 MB on live-sxs) would stay with the build's
 * parent, which lives on beside Astro. What it keeps of the whole docset is small and per slug:
 * the newest handoff of each (for staleness, read once before the first batch) and the facts.
 * Everything per file goes to disk as its batch is checked (step-files.ts): the articles, without
 * the front-matter detail only the check reads (every key as parsed, and its line); the report
 * lines; the content-index entries, which the facts are summed up from a locale at a time.
 */
import { checkContent, type CheckOptions } from '../../core/check/check-content.ts';
import { HandoffCache } from '../../core/check/handoff-cache.ts';
import { readHandoffs } from '../../core/check/read-handoffs.ts';
import type { IndexedArticle } from '../../core/crosslocale/content-index.ts';
import { newestHashes, type HandoffInfo } from '../../core/crosslocale/staleness.ts';
import type { Diagnostic } from '../../core/diagnostics/diagnostic.ts';
import { listLocaleFiles, listLocales } from '../../core/read/content-files.ts';
import type { Registry } from '../../core/codes/registry.ts';
import { addToTally, emptyTally, reportFile, type ReportTally } from '../build-report.ts';
import { reportProgress, serveRequest } from '../../process/child-process.ts';
import { collectGarbage } from '../../process/collect-garbage.ts';
import { localeLines, reportLines, writeArticles } from '../step-files.ts';
import type { SiteFacts } from '../../page-data/site-data.ts';
import { streamedSiteFacts } from '../../pages/site-facts.ts';

export interface CheckRequest extends Omit<CheckOptions, 'locales' | 'newest' | 'reportReserved' | 'indexEntries'> {
  /** Absolute site URL, for the facts. */
  site: string;
  /** The locales to check, in batches checked one after the other. */
  batches: string[][];
  /** The build's staging folder: its step files take each batch's articles and report lines (step-files.ts). */
  outDir: string;
}

/** The check's count, as it reports it to the build: the batches checked, then the site facts being summed up. */
export interface CheckProgress {
  checked: number;
  phase: 'check' | 'facts';
}

export interface CheckResult {
  /** The report's lines (step-files.ts `reportLines`), every checked file reported as if the build published, tallied. */
  tally: ReportTally;
  /** Diagnostics of the run (registry, locales, media), each once. */
  diagnostics: Diagnostic[];
  facts: SiteFacts;
  fromCache: number;
  /** Per batch, the file with its checked articles that become pages if the build publishes (step-files.ts `readArticles`). */
  articleFiles: string[];
}

serveRequest(async ({ site, batches, outDir, ...options }: CheckRequest): Promise<CheckResult> => {
  const every = listLocales(options.contentDir);
  // Staleness needs every locale's handoffs, for each batch: read once, kept as a line per slug.
  const newest = newestHashes(everyHandoff(options.contentDir, every, options.cacheDir));
  const coversAll = every.every((locale) => batches.some((batch) => batch.includes(locale)));
  const known = localeLines<KnownEntry>(outDir, 'index-known', (entry) => entry.locale).clear();
  const lines = reportLines(outDir).clear();
  const tally = emptyTally();
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const articleFiles: string[] = [];
  let registry: Registry | undefined;
  let fromCache = 0;
  for (const [b, batch] of batches.entries()) {
    const last = b === batches.length - 1;
    const checked = await checkContent({
      ...options,
      locales: batch,
      indexEntries: true,
      newest,
      reportReserved: last && coversAll && batches.length > 1,
    });
    registry ??= checked.registry;
    fromCache += checked.fromCache;
    known.add(
      [...(checked.indexed ?? [])].map(([file, entry]) => ({ file, locale: file.slice(0, file.indexOf('/')), entry })),
    );
    const reported = checked.files.map((record) => reportFile(record, true));
    reported.forEach((file) => addToTally(tally, file));
    lines.add(reported);
    const pages = new Set(reported.filter((file) => file.status === 'built').map((file) => file.file));
    // Run diagnostics (registry, locales) that every batch's check reports alike appear once.
    for (const d of checked.diagnostics) if (b === 0 || !seen.has(JSON.stringify(d))) diagnostics.push(d);
    if (b === 0) for (const d of checked.diagnostics) seen.add(JSON.stringify(d));
    for (const article of checked.articles) {
      article.meta.raw = {};
      article.meta.keyLines = {};
    }
    articleFiles.push(
      writeArticles(
        outDir,
        b,
        checked.articles.filter((article) => pages.has(article.file)),
      ),
    );
    // The batch's records are on disk now: they go before the next batch's come in.
    collectGarbage();
    reportProgress({ checked: b + 1, phase: last ? 'facts' : 'check' } satisfies CheckProgress, true);
  }
  const knownOf = (locale: string) => new Map(known.read(locale).map(({ file, entry }) => [file, entry]));
  const facts = streamedSiteFacts(
    options.contentDir,
    registry!,
    site,
    knownOf,
    localeLines<IndexedArticle>(outDir, 'index', (entry) => entry.locale),
  );
  return { tally, diagnostics, facts, fromCache, articleFiles };
});

/** A content-index entry the check made, by file (null: the index leaves the file out). */
interface KnownEntry {
  file: string;
  locale: string;
  entry: IndexedArticle | null;
}

/** Every locale's handoffs, a locale read at a time; with a cache folder, only files changed since the last build are read. */
function* everyHandoff(contentDir: string, locales: readonly string[], cacheDir?: string): Generator<HandoffInfo> {
  const cache = cacheDir ? new HandoffCache(cacheDir, contentDir) : undefined;
  for (const locale of locales) {
    const files = listLocaleFiles(contentDir, locale);
    yield* cache ? cache.read(files) : readHandoffs(files);
  }
  cache?.save();
}
