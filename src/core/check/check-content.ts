/**
 * The whole content directory: registry, every locale's files, then what can only be
 * seen across locales (staleness, invariants lost against the source).
 */
import { join } from 'node:path';
import { loadRegistry, type Registry } from '../codes/registry.ts';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ContentSet, FileRecord } from '../model.ts';
import type { IndexedArticle } from '../crosslocale/content-index.ts';
import { newestHashes, staleDiagnostic, type HandoffInfo, type NewestHashes } from '../crosslocale/staleness.ts';
import {
  listLocaleFiles,
  listLocales,
  reservedLocaleFolders,
  SOURCE_LOCALE,
  wantedLocales,
  type ContentFile,
  type RefusedLink,
} from '../read/content-files.ts';
import { symlinkOutside } from '../read/inside-content.ts';
import { reservedLocale } from '../read/reserved-routes.ts';
import { mediaFiles } from '../media/media-files.ts';
import { diagnostic } from '../diagnostics/rule-registry.ts';
import { checkFileNames } from '../read/file-names.ts';
import { MediaIndex } from '../media/media-index.ts';
import { BatchChecker, type BatchRequest } from './check-batch.ts';
import { CheckCache, listingFingerprint } from './check-cache.ts';
import type { FileCheck } from './check-file.ts';
import { readHandoffs } from './read-handoffs.ts';
import { lostFromSource, type SourceInvariant } from '../rules/invariant-lost-in-translation.ts';
import { defaultWorkerCount, runInWorkers } from '../workers/pool.ts';

export interface CheckOptions {
  contentDir: string;
  /** Only these locales are checked and reported; others are read for staleness only. */
  locales?: string[];
  keepBodies?: boolean;
  /** 0 or 1 checks in this thread; default: one worker per core for large content. */
  workers?: number;
  /** Compare translations with their source articles (reads the source locale too). Default true. */
  compareWithSource?: boolean;
  /** Keep each file's findings here between runs and check only the files that changed. */
  cacheDir?: string;
  /** Also return each checked file's content-index entry (crosslocale/content-index.ts). */
  indexEntries?: boolean;
  /**
   * The newest handoff of each slug over every locale (staleness.ts `newestHashes`), when the
   * caller has it: a build that checks its locales batch by batch reads every locale's front
   * matter for it once, and keeps a line per slug rather than one per file. Default: from the
   * checked files and the front matter of every other locale's.
   */
  newest?: NewestHashes;
  /**
   * Account for folders named like the site's own paths (api/) although not every locale is
   * checked here: the last of a build's batches, which together check every locale.
   */
  reportReserved?: boolean;
}

const BATCH_SIZE = 400;

export interface CheckedContent extends ContentSet {
  registry: Registry;
  /** Files answered from the cache. */
  fromCache: number;
  /** With `indexEntries`: every checked file's content-index entry, by file (null: left out of the index). */
  indexed?: Map<string, IndexedArticle | null>;
}

export async function checkContent(options: CheckOptions): Promise<CheckedContent> {
  const { contentDir } = options;
  const { registry, diagnostics: registryDiagnostics } = loadRegistry(contentDir);
  // Symbolic links that lead outside the content folder are collected here, never read.
  const refused: RefusedLink[] = [];
  const available = listLocales(contentDir, refused);
  const wanted = wantedLocales(contentDir, options.locales, available);

  const filesByLocale = new Map(available.map((l) => [l, listLocaleFiles(contentDir, l, refused)]));
  const checkedLocales = new Set(wanted);
  if (available.includes(SOURCE_LOCALE) && options.compareWithSource !== false) checkedLocales.add(SOURCE_LOCALE);
  const sourceFiles = checkedLocales.has(SOURCE_LOCALE) ? filesByLocale.get(SOURCE_LOCALE)! : [];
  const translationFiles = [...checkedLocales].filter((l) => l !== SOURCE_LOCALE).flatMap((l) => filesByLocale.get(l)!);
  const totalFiles = sourceFiles.length + translationFiles.length;
  const workers = options.workers ?? (totalFiles >= 800 ? defaultWorkerCount() : 0);
  // Bodies are not cached: a caller that wants them gets every file read again.
  const cache =
    options.cacheDir && !options.keepBodies
      ? new CheckCache(options.cacheDir, contentDir, [...checkedLocales].sort(), listings(contentDir, checkedLocales))
      : undefined;
  const indexEntries = options.indexEntries ?? false;
  const run = cached(
    cache,
    indexEntries,
    runner(contentDir, registry, workers, {
      keepBodies: options.keepBodies ?? false,
      hashBytes: cache !== undefined,
      indexEntries,
    }),
  );

  const sourceChecks = await run(sourceFiles, {});
  const sourceInvariants: Record<string, SourceInvariant[]> = Object.create(null);
  for (const check of sourceChecks) if (check.invariants) sourceInvariants[check.record.slug] = check.invariants;
  const translationChecks = await run(translationFiles, sourceInvariants);
  cache?.save();

  const checks = [...sourceChecks, ...translationChecks];
  for (const check of checks)
    if (check.bytesHash && check.record.article) check.record.article.sourceHash = check.bytesHash;
  const records = checks.map((c) => c.record);
  const handoffs = () => {
    const all: HandoffInfo[] = records.flatMap((r) => (r.article ? [handoffOf(r)] : []));
    for (const locale of available)
      if (!checkedLocales.has(locale)) all.push(...readHandoffs(filesByLocale.get(locale)!));
    return all;
  };
  markStale(records, options.newest ?? newestHashes(handoffs()));
  for (const check of checks)
    if (check.lostFromSource)
      check.record.diagnostics.push(
        ...lostFromSource(check.record.file, check.lostFromSource, check.record.article?.stale ?? false),
      );

  const reported = records.filter((r) => wanted.includes(r.locale));
  reported.push(...refused.filter((r) => wanted.includes(r.locale)).map(refusedRecord));
  // A locale folder named like one of the site's own paths (api/) is not a locale: its files are accounted
  // for, not built — in a run over every locale, so that shard builds do not each report them.
  if (options.reportReserved || available.every((l) => wanted.includes(l)))
    reported.push(...reservedLocaleFolders(contentDir).flatMap((l) => reservedLocaleRecords(contentDir, l)));
  const runDiagnostics = [
    ...registryDiagnostics,
    ...refused.filter((r) => r.slug === '').map((r) => symlinkOutside(r.file, true)),
  ];
  for (const locale of wanted) runDiagnostics.push(...mediaFiles(contentDir, locale).diagnostics);
  attachFileNameProblems(reported);
  for (const record of reported) record.diagnostics.sort(compareDiagnostics);
  return {
    contentDir,
    locales: wanted,
    files: reported,
    articles: reported.flatMap((r) => (r.article ? [r.article] : [])),
    diagnostics: runDiagnostics.sort(compareDiagnostics),
    registry,
    fromCache: cache?.hits ?? 0,
    ...(indexEntries ? { indexed: new Map(checks.map((c) => [c.record.file, c.indexed ?? null])) } : {}),
  };
}

type Run = (files: ContentFile[], sourceInvariants: Record<string, SourceInvariant[]>) => Promise<FileCheck[]>;

function runner(
  contentDir: string,
  registry: Registry,
  workers: number,
  flags: Pick<BatchRequest, 'keepBodies' | 'hashBytes' | 'indexEntries'>,
): Run {
  const local = new BatchChecker(registry);
  return async (files, sourceInvariants) => {
    const request = (batch: ContentFile[]): BatchRequest => ({
      contentDir,
      sourceLocale: SOURCE_LOCALE,
      files: batch,
      ...flags,
      sourceInvariants: pick(sourceInvariants, batch),
    });
    if (workers <= 1 || files.length < BATCH_SIZE) return local.run(request(files));
    const batches: BatchRequest[] = [];
    for (let i = 0; i < files.length; i += BATCH_SIZE) batches.push(request(files.slice(i, i + BATCH_SIZE)));
    return (
      await runInWorkers<BatchRequest, FileCheck[]>(
        new URL('./check-worker.ts', import.meta.url),
        { contentDir },
        batches,
        workers,
        (batch) => local.run(batch),
      )
    ).flat();
  };
}

/** `run` for the files the cache cannot answer; results in the order of `files`. */
function cached(cache: CheckCache | undefined, indexEntries: boolean, run: Run): Run {
  if (!cache) return run;
  return async (files, sourceInvariants) => {
    const results: FileCheck[] = new Array(files.length);
    const misses: number[] = [];
    files.forEach((file, i) => {
      const hit = cache.lookup(file, sourceInvariants[file.slug]);
      // A result cached without its index entry cannot answer a run that wants one.
      if (hit && (!indexEntries || hit.indexed !== undefined)) results[i] = hit;
      else misses.push(i);
    });
    const checked = await run(
      misses.map((i) => files[i]!),
      sourceInvariants,
    );
    checked.forEach((check, j) => {
      const file = files[misses[j]!]!;
      results[misses[j]!] = check;
      cache.store(file, sourceInvariants[file.slug], check);
    });
    return results;
  };
}

function listings(contentDir: string, locales: Iterable<string>): Record<string, string> {
  return Object.fromEntries(
    [...locales].map((locale) => [locale, listingFingerprint(MediaIndex.build(join(contentDir, locale)).files)]),
  );
}

function pick(all: Record<string, SourceInvariant[]>, files: ContentFile[]): Record<string, SourceInvariant[]> {
  const picked: Record<string, SourceInvariant[]> = Object.create(null);
  for (const f of files) if (all[f.slug]) picked[f.slug] = all[f.slug]!;
  return picked;
}

function handoffOf(record: FileRecord): HandoffInfo {
  const meta = record.article!.meta;
  return {
    file: record.file,
    slug: record.slug,
    hash: meta.openLocFileHash,
    lastHandoff: meta.lastHandoff,
    hashLine: meta.keyLines['ms.openlocfilehash'],
  };
}

/** Marks stale translations. */
function markStale(records: FileRecord[], newest: NewestHashes): void {
  const sourceBySlug = new Map(records.filter((r) => r.locale === SOURCE_LOCALE).map((r) => [r.slug, r.file]));
  for (const record of records) {
    const article = record.article;
    if (!article || article.meta.translation === 'source') continue;
    const newer = newest.get(record.slug);
    if (!newer || !article.meta.openLocFileHash || newer.hash === article.meta.openLocFileHash) continue;
    article.stale = true;
    record.diagnostics.push(staleDiagnostic(handoffOf(record), newer, sourceBySlug.get(record.slug)));
  }
}

/** File names that trouble URLs or case-insensitive checkouts, reported on the files themselves. */
function attachFileNameProblems(records: FileRecord[]): void {
  const byFile = new Map(records.map((r) => [r.file, r]));
  const locales = new Set(records.map((r) => r.locale));
  for (const locale of locales) {
    const names = records.filter((r) => r.locale === locale).map((r) => r.file.slice(locale.length + 1));
    for (const d of checkFileNames(locale, names)) byFile.get(d.file)?.diagnostics.push(d);
  }
}

/** A link that leads outside the content folder: a record, so the build report accounts for it, with nothing read. */
function refusedRecord(link: RefusedLink): FileRecord {
  return {
    file: link.file,
    locale: link.locale,
    slug: link.slug,
    diagnostics: [symlinkOutside(link.file, link.folder)],
  };
}

function reservedLocaleRecords(contentDir: string, locale: string): FileRecord[] {
  return listLocaleFiles(contentDir, locale).map((f) => ({
    file: f.file,
    locale,
    slug: f.slug,
    diagnostics: [
      diagnostic({ file: f.file, line: 1, column: 1 }, 'slug-reserved', 'locale', {
        locale,
        what: reservedLocale(locale)!,
      }),
    ],
  }));
}

export function allDiagnostics(set: ContentSet): Diagnostic[] {
  return [...set.diagnostics, ...set.files.flatMap((f) => f.diagnostics)];
}
