/**
 * `errata build`: check everything, write the report, render the pages with one process per
 * core (each an equal share), lay the site out with Astro in one process, and write one
 * search index per locale. Each step in processes of its own, so no step holds another's
 * memory; and the locales go through the steps in batches bounded by pages
 * (locale-batches.ts), so no step holds more than one batch, however large the docset.
 * Separate `--locales` builds produce the same root pages, so their folders — and the
 * batches' — merge by copying.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { wantedLocales } from '../core/check/check-content.ts';
import type { CheckRequest, CheckResult } from './check/check-process.ts';
import { compareDiagnostics, type Diagnostic } from '../core/diagnostics/diagnostic.ts';
import type { Article } from '../core/model.ts';
import { checkUiStrings } from '../core/i18n/check-ui-strings.ts';
import { uiStringsDir } from '../core/i18n/ui-strings.ts';
import { defaultWorkerCount } from '../core/workers/pool.ts';
import type { MarkdownEngine } from '../core/render/index.ts';
import {
  asPublished,
  publishes,
  summarize,
  writeBuildReport,
  type ReportedFile,
  type ReportLines,
  type ReportSummary,
  type ReportTally,
} from './build-report.ts';
import type { ShareBuildRequest, ShareBuildResult, SharePrepared } from './render/build-share.ts';
import { readArticles, removeStepFiles, removeReadStepFiles, reportLines, type DocumentFile } from './step-files.ts';
import { batchBudget, localeBatches } from './locale-batches.ts';
import { localeSizes } from '../core/read/content-files.ts';
import { PROJECT_ROOT } from '../process/project-root.ts';
import type { LayoutRequest, LayoutResult } from './layout/layout-site.ts';
import { batchKey, SharePlanner } from './render/share-planner.ts';
import {
  forgetManifest,
  keepPages,
  newPagesDir,
  pagesOf,
  readManifest,
  templateHash,
  writeManifest,
  writePages,
  type PageManifest,
} from '../pages/page-manifest.ts';
import { batchFingerprint } from './batch-fingerprint.ts';
import { inShare } from '../pages/share.ts';
import { ownerShare } from '../pages/fallback-pages.ts';
import { pruneFrames } from '../pages/frame-store.ts';
import { collectGarbage } from '../process/collect-garbage.ts';
import { CHILD_MEMORY } from '../process/child-memory.ts';
import { numberedLocalePages } from '../pages/numbered-locale-pages.ts';
import { pageUrl } from '../page-data/page-url.ts';
import { runChild } from '../process/child-process.ts';
import { lockBuild } from './build-lock.ts';
import { refuseUnsafeOutput, StagedOutput } from './output-folder.ts';
import type { SearchIndexRequest } from './search/search-index-process.ts';
import { StepReporter, type BuildProgress } from './build-progress.ts';
import type { CheckProgress } from './check/check-process.ts';
import type { LayoutProgress } from './layout/layout-site.ts';
import type { RenderProgress } from '../pages/render-articles.ts';
import type { SiteFacts } from '../page-data/site-data.ts';

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  locales?: string[];
  keepGoing: boolean;
  site: string;
  /** Processes at once for pages and for search indexes; default one per core. Fewer use less memory. */
  jobs?: number;
  /** The Markdown engine articles are rendered with: Sätteri (default) or the unified reference. */
  markdown?: MarkdownEngine;
  /** Replace a non-empty `outDir` that is not an earlier errata output. */
  force?: boolean;
  /** Told as the build goes: each step's start and end on each batch, and counts in between (build-progress.ts). */
  onProgress?: (event: BuildProgress) => void;
}

export interface BuildResult {
  published: boolean;
  /** The report's summary; the report itself is `build-report.json` in the output folder. */
  summary: ReportSummary;
  timings: string[];
}

/**
 * Refuses an output folder errata must not replace before touching anything (`OutputRefused`),
 * waits for any other build of the same content or into the same folder, and builds into a
 * staging folder that replaces the previous site only once the build has succeeded
 * (output-folder.ts): a failed or killed build leaves the previous site as it was.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  refuseUnsafeOutput(options.outDir, { contentDir: options.contentDir, force: options.force ?? false });
  const cacheDir = join(PROJECT_ROOT, '.errata-cache');
  // Asked here, so that an unknown locale is a usage error rather than a failed child.
  const locales = wantedLocales(options.contentDir, options.locales);
  const locks = await lockBuild(
    cacheDir,
    [
      { what: `the content folder ${options.contentDir}`, path: options.contentDir },
      { what: `the output folder ${options.outDir}`, path: options.outDir },
    ],
    (message) => console.error(message),
  );
  const output = new StagedOutput(options.outDir);
  // Ctrl-C or SIGTERM: the steps' processes stop with this one; their staging folder, the files
  // they handed each other and the locks go with it, so the next build neither finds a
  // half-written folder nor waits.
  const stopped = (signal: NodeJS.Signals) => {
    output.discard();
    removeStepFiles(output.stageDir);
    locks.releaseNow();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', stopped).once('SIGTERM', stopped);
  try {
    output.begin();
    return await buildInto(options, locales, output, cacheDir);
  } catch (error) {
    output.discard();
    removeStepFiles(output.stageDir);
    throw error;
  } finally {
    process.off('SIGINT', stopped).off('SIGTERM', stopped);
    await locks();
  }
}

async function buildInto(
  options: BuildOptions,
  locales: string[],
  output: StagedOutput,
  cacheDir: string,
): Promise<BuildResult> {
  const started = performance.now();
  const stage = output.stageDir;
  const sizes = localeSizes(options.contentDir);
  const batches = localeBatches(locales, sizes, batchBudget());
  const emit = options.onProgress;
  emit?.({
    event: 'plan',
    batches: batches.length,
    locales,
    files: locales.reduce((sum, locale) => sum + (sizes.get(locale) ?? 0), 0),
  });
  const checked = await checkBatches(options, batches, cacheDir, stage, sizes);
  // What listing the content and the check's answer left goes before the first batch comes in.
  collectGarbage();
  const runDiagnostics = [...checked.diagnostics, ...checkUiStrings(options.contentDir, locales)].sort(
    compareDiagnostics,
  );
  const published = publishes(checked.tally, runDiagnostics, options.keepGoing);
  const summary = summarize(checked.tally, runDiagnostics, published);
  const writeReport = (dir: string) =>
    writeBuildReport(dir, {
      files: reportedFiles(reportLines(stage), published),
      diagnostics: runDiagnostics,
      summary,
    });
  const batchNote = batches.length > 1 ? `, ${batches.length} batches of at most ${batchBudget()} pages` : '';
  const timings = [
    `check and site facts ${ms(performance.now() - started)} (${checked.tally.files} files, ${checked.fromCache} unchanged${batchNote})`,
  ];
  if (!published) {
    // The previous site stays as it was (and its manifest with it); its report says what this build found.
    output.discard();
    mkdirSync(options.outDir, { recursive: true });
    writeReport(options.outDir);
    removeStepFiles(stage);
    return { published: false, summary, timings };
  }

  const { facts } = checked;
  // The same output folder, locales and templates as last time: write only what changed.
  const template = templateHash(PROJECT_ROOT, uiStringsDir(), facts);
  const previous = readManifest(cacheDir, options.outDir, template);
  const incremental = previous !== undefined && sameLocales(previous, locales);
  // A full build writes the whole site into the staging folder; an incremental one only what changed.
  if (!incremental) forgetManifest(cacheDir, options.outDir);
  pruneFrames(template);
  // The root pages (/, /status/ and its pages, the sitemap index, codes.json) come from the facts alone: the first batch
  // built lays them out, in a full build, or when the facts changed since the last one, or when one is gone from the site.
  const siteWide = siteWideHash(template, facts);
  let rootPagesDue =
    !incremental ||
    previous.rootPages !== siteWide ||
    ROOT_PAGES.some((page) => !existsSync(join(options.outDir, page)));
  const manifest: PageManifest = {
    templateHash: template,
    outDir: options.outDir,
    locales,
    pagesDir: newPagesDir(cacheDir, options.outDir),
    search: {},
    localePages: {},
    batches: {},
    rootPages: siteWide,
  };
  const removed: string[] = [];
  const reindexed: string[] = [];
  for (const [b, batch] of batches.entries()) {
    const articles = checked.articles(b);
    const prefix = batches.length > 1 ? `batch ${b + 1}/${batches.length} (${batch.join(', ')}): ` : '';
    const key = batchKey(batch);
    const fingerprint = batchFingerprint({
      contentDir: options.contentDir,
      siteWide,
      markdown: options.markdown ?? 'satteri',
      facts,
      batch,
      articles,
    });
    manifest.batches![key] = fingerprint;
    if (
      incremental &&
      !rootPagesDue &&
      previous.batches?.[key] === fingerprint &&
      previous.localePages?.[key] !== undefined
    ) {
      // Nothing this batch is built from changed: what the last build published for it stands.
      keepPublished(previous, manifest, batch);
      emit?.({ event: 'kept', batch: b + 1, batches: batches.length, locales: batch });
      timings.push(`${prefix}unchanged since the last build: kept as published`);
      continue;
    }
    const built = await buildBatch({
      options,
      facts,
      stage,
      template,
      batch,
      articles,
      rootPages: rootPagesDue,
      number: b + 1,
      batches: batches.length,
      ...(incremental ? { previous } : {}),
    });
    rootPagesDue = false;
    timings.push(...built.timings.map((line) => `${prefix}${line}`));
    writePages(manifest.pagesDir, built.manifest);
    Object.assign(manifest.search!, built.planner.searchHashes);
    manifest.localePages![batchKey(batch)] = built.planner.localePagesHash;
    removed.push(...built.removed);
    reindexed.push(...built.planner.reindexed);
    // The numbered list pages of locales whose locale pages were written again go before the new ones come in.
    // `removed` holds URLs (from the site root); the numbered pages are paths below the output folder.
    if (incremental && built.planner.localePages)
      removed.push(...numberedLocalePages(options.outDir, batch).map((path) => `/${path}`));
    // What the batch left (its articles, the shares' answers) goes before the next batch's comes in.
    collectGarbage();
  }
  writeReport(stage);
  removeStepFiles(stage);
  const publishStarted = performance.now();
  const publish = new StepReporter(emit, {
    step: 'publish',
    batch: batches.length,
    batches: batches.length,
    locales,
    unit: 'pages',
    total: summary.built,
  });
  if (incremental) {
    // Pages that no longer exist, and the search indexes and numbered list pages written again, go from the site as the new files come in.
    output.commitChanges([
      ...removed.map((url) => decodeURIComponent(url).slice(1)),
      ...reindexed.map((locale) => `${locale}/pagefind`),
    ]);
  } else {
    output.commitWhole();
  }
  publish.end();
  timings.push(
    `publish ${ms(performance.now() - publishStarted)} (${incremental ? 'changed files moved into' : 'staging folder swapped for'} ${options.outDir})`,
  );
  writeManifest(cacheDir, manifest);
  timings.push(`total ${ms(performance.now() - started)}`);
  return { published: true, summary, timings };
}

interface CheckedBatches {
  /** The report's lines, left on disk by the check (step-files.ts `reportLines`), tallied. */
  tally: ReportTally;
  /** Diagnostics of the run (registry, locales), each once. */
  diagnostics: Diagnostic[];
  facts: SiteFacts;
  fromCache: number;
  /** A batch's checked articles that become pages, read back from the step file its check left. */
  articles(batch: number): Article[];
}

/**
 * Checks the batches one after the other in one process of its own (check-process.ts), which
 * reads each locale's front matter for staleness and the facts once and puts each batch's
 * articles and the report's lines on disk: the parent keeps only their tally.
 */
async function checkBatches(
  options: BuildOptions,
  batches: string[][],
  cacheDir: string,
  stage: string,
  sizes: ReadonlyMap<string, number>,
): Promise<CheckedBatches> {
  const files = (locales: readonly string[]) => locales.reduce((sum, locale) => sum + (sizes.get(locale) ?? 0), 0);
  const check = new StepReporter(options.onProgress, {
    step: 'check',
    batch: Math.min(1, batches.length),
    batches: batches.length,
    locales: batches[0] ?? [],
    unit: 'files',
    total: files(batches.flat()),
  });
  const checked = await runChild<CheckRequest, CheckResult>(
    new URL('./check/check-process.ts', import.meta.url),
    { contentDir: options.contentDir, batches, cacheDir, site: options.site, outDir: stage },
    {
      cwd: PROJECT_ROOT,
      env: process.env,
      what: `Checking the content (${batches.flat().join(', ')})`,
      execArgv: checkHeap(sizes),
      // After each batch: its files are checked, and the next batch is under way (after the last, the site facts).
      onProgress: ({ checked: done, phase }: CheckProgress) => {
        const next = Math.min(done, batches.length - 1);
        check.update({
          done: files(batches.slice(0, done).flat()),
          batch: next + 1,
          locales: batches[next] ?? [],
          phase,
        });
      },
      advice:
        'run "errata check --locales a,b" on fewer locales at a time to find the file it stops at, or build fewer locales at once (--locales a,b, or --shard i/N of "errata plan")',
    },
  );
  check.end();
  return { ...checked, articles: (batch) => readArticles(checked.articleFiles[batch]!, { remove: true }) };
}

/**
 * What the check keeps alive is one batch's records and, of the whole docset, what is per
 * slug (the newest handoffs, the facts): 50–78 MB at every batch of the 30 live-sxs locales
 * (87,000 files), no more at the last than at the first. V8 lets its heap — and each of its
 * worker threads' — grow far beyond that with the garbage of the files it parsed, so the heap
 * is capped: 256 MB, and 1 MB per 1,000 files for the facts, which grow with the docset
 * (30 locales: 344 MB).
 */
function checkHeap(sizes: ReadonlyMap<string, number>): string[] {
  const files = [...sizes.values()].reduce((sum, n) => sum + n, 0);
  return [`--max-old-space-size=${256 + Math.ceil(files / 1000)}`];
}

interface BatchRequest {
  options: BuildOptions;
  facts: SiteFacts;
  stage: string;
  template: string;
  /** The batch's locales. */
  batch: string[];
  /** Its articles to publish. */
  articles: Article[];
  /** The last build's manifest, when only what changed is written. */
  previous?: PageManifest;
  /** Lay out the root pages: the first batch built, when they are due (see buildInto). */
  rootPages: boolean;
  /** Which batch this is (1-based) of how many, for the build's progress. */
  number: number;
  batches: number;
}

/**
 * One batch's pages: rendered by one process per core (each an equal share), laid out by
 * Astro, indexed for search, into the staging folder. What it leaves for the build is small:
 * its pages' hashes, the pages it removed and which of its locales were indexed again.
 */
async function buildBatch(
  request: BatchRequest,
): Promise<{ manifest: Record<string, string>; removed: string[]; planner: SharePlanner; timings: string[] }> {
  const { options, facts, stage, template, batch, articles, previous } = request;
  const timings: string[] = [];
  // The last build's pages of this batch's locales (each locale's in a file of its own).
  const previousPages = previous
    ? (Object.assign({}, ...batch.map((locale) => pagesOf(previous, locale))) as Record<string, string>)
    : undefined;
  const previousSite = previous ? { publishedDir: options.outDir } : {};
  const jobs = options.jobs ?? defaultWorkerCount();
  const processes = processCount(articles.length, jobs);
  const localesStarted = performance.now();
  const shareRequest = (index: number): ShareBuildRequest => {
    const share = { index, count: processes };
    const mine = articles.filter((a) => inShare(pageUrl(a.locale, a.slug), share));
    return {
      contentDir: options.contentDir,
      outDir: stage,
      ...previousSite,
      locales: batch,
      facts,
      share,
      articles: mine,
      // A lone process has the machine to itself: it renders on every core.
      workers: processes === 1 ? defaultWorkerCount() : 0,
      ...(options.markdown ? { markdown: options.markdown } : {}),
      // A fallback page belongs to the share that renders the version it shows (fallback-pages.ts); another batch's pages are not this one's to remove.
      ...(previousPages
        ? {
            previous: Object.fromEntries(
              Object.entries(previousPages).filter(([url]) => ownerShare(facts, url, processes) === index),
            ),
          }
        : {}),
    };
  };
  const planner = new SharePlanner({
    shares: processes,
    locales: batch,
    facts,
    outDir: options.outDir,
    ...(previous ? { previous } : {}),
  });
  const aborted = new AbortController();
  const step = { batch: request.number, batches: request.batches, locales: batch };
  const render = new StepReporter(options.onProgress, {
    step: 'render',
    ...step,
    unit: 'pages',
    total: articles.length,
  });
  // Each share's count as it last reported it (its total counts the versions its fallback pages show too).
  const rendering: Array<RenderProgress | undefined> = [];
  const shares = Array.from({ length: processes }, (_, i) => shareRequest(i));
  const rendered = () => ({
    done: rendering.reduce((sum, r) => sum + (r?.done ?? 0), 0),
    total: shares.reduce((sum, share, i) => sum + (rendering[i]?.total ?? share.articles.length), 0),
  });
  const results = await Promise.all(
    shares.map((share, i) => {
      return runChild<ShareBuildRequest, ShareBuildResult>(
        new URL('./render/build-share-process.ts', import.meta.url),
        share,
        {
          cwd: PROJECT_ROOT,
          env: { ...process.env, ERRATA_LOCALES_DIR: uiStringsDir() },
          what: shareStep(share, processes),
          answer: (question: SharePrepared) => planner.answer(i, question),
          signal: aborted.signal,
          execArgv: shareHeap(share.articles.length),
          onProgress: (progress: RenderProgress) => {
            rendering[i] = progress;
            render.update(rendered());
          },
        },
      );
    }),
  ).catch((error: unknown) => {
    aborted.abort();
    throw error;
  });
  results.forEach((r, i) => {
    const t = r.timings;
    timings.push(
      `share ${i + 1}/${processes}: ${r.pages} pages, ${r.emit.length} written — read ${ms(t.readMs!)}, render ${ms(t.renderMs!)} (${t.rendered} rendered, ${t.fromCache} cached), search documents ${ms(t.searchMs!)}`,
    );
  });
  render.end(rendered().total);
  timings.push(
    `render ${ms(performance.now() - localesStarted)} (${processes} process${processes === 1 ? '' : 'es'}${previous ? ', incremental' : ''})`,
  );

  // The layout and the search indexes of a few changed pages side by side; of a whole site
  // one after the other, so that Astro and Pagefind never hold their memory at the same time.
  const documents = results.flatMap((r) => r.documents);
  const layoutStarted = performance.now();
  const laying = new StepReporter(options.onProgress, {
    step: 'layout',
    ...step,
    unit: 'pages',
    total: results.reduce((sum, r) => sum + r.emit.length, 0),
  });
  const layout = runChild<LayoutRequest, LayoutResult>(
    new URL('./layout/layout-process.ts', import.meta.url),
    {
      contentDir: options.contentDir,
      outDir: stage,
      ...previousSite,
      locales: batch,
      facts,
      pagesFiles: results.map((r) => r.pagesFile),
      emit: results.flatMap((r) => r.emit),
      localePages: planner.localePages,
      rootPages: request.rootPages,
      shares: processes,
      templateHash: template,
    },
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...CHILD_MEMORY, ERRATA_LOCALES_DIR: uiStringsDir() },
      what: `Laying out the site (Astro, locales ${batch.join(', ')})`,
      advice:
        'build fewer locales at once (--locales a,b, or --shard i/N of "errata plan"), or lower ERRATA_BATCH_PAGES (pages laid out at once; default 8000)',
      onProgress: ({ phase, done, total }: LayoutProgress) => laying.update({ phase, done, total }),
    },
  ).then((result) => {
    laying.end();
    timings.push(
      `layout ${ms(performance.now() - layoutStarted)}: ${result.astro ? `astro ${ms(result.timings.astroMs)} (${result.frames} page frames${request.rootPages ? ', the root pages' : ''})` : 'astro skipped (every page frame at hand)'}, pages written from frames ${ms(result.timings.writeMs)}, media folders ${ms(result.timings.mediaMs)}`,
    );
  });
  const search = (searchStarted = performance.now()) => {
    const indexing = new StepReporter(options.onProgress, {
      step: 'search',
      ...step,
      unit: 'locales',
      total: planner.reindexed.length,
    });
    let indexed = 0;
    return indexInChildren(options.contentDir, stage, planner.reindexed, documents, jobs, (locale) =>
      indexing.update({ done: ++indexed, phase: locale }),
    ).then(() => {
      indexing.end();
      timings.push(
        `search ${ms(performance.now() - searchStarted)} (${planner.reindexed.length} of ${batch.length} locales indexed${previous ? ', beside the layout' : ''})`,
      );
    });
  };
  if (previous) await Promise.all([layout, search()]);
  else await layout.then(() => search());
  // Read by now: the next batch's files take their place on disk.
  removeReadStepFiles([...results.map((r) => r.pagesFile), ...documents.map((d) => d.file)]);
  return {
    manifest: Object.assign({}, ...results.map((r) => r.manifest)),
    removed: results.flatMap((r) => r.removed),
    planner,
    timings,
  };
}

/** A rendering share, as a failure names it: its number, its locales and how many articles. */
function shareStep(request: ShareBuildRequest, processes: number): string {
  const locales = [...new Set(request.articles.map((a) => a.locale))].sort();
  const files = request.articles.length === 1 ? `, the file ${request.articles[0]!.file}` : '';
  return `Rendering share ${request.share.index + 1}/${processes} (${request.articles.length} articles of ${locales.join(', ') || 'no locale'}${files})`;
}

/** The manifest entries of a batch that was not built again: its pages, search indexes and lists as they were. */
function keepPublished(previous: PageManifest, manifest: PageManifest, batch: readonly string[]): void {
  for (const locale of batch) keepPages(previous, manifest.pagesDir, locale);
  for (const locale of batch)
    if (previous.search?.[locale] !== undefined) manifest.search![locale] = previous.search[locale];
  manifest.localePages![batchKey(batch)] = previous.localePages![batchKey(batch)]!;
}

/** Root pages every site has (the others come with them, from the same Astro run). */
const ROOT_PAGES = ['index.html', '404.html', 'status/index.html', 'sitemap.xml'];

/** The templates and every fact of the site: what the root pages are laid out from, and part of every batch's fingerprint. */
function siteWideHash(template: string, facts: SiteFacts): string {
  return createHash('sha1').update(template).update(JSON.stringify(facts)).digest('hex');
}

/** An incremental build must cover exactly the locales the last one did. */
function sameLocales(previous: PageManifest, locales: string[]): boolean {
  const before = new Set(previous.locales);
  return before.size === locales.length && locales.every((l) => before.has(l));
}

/**
 * The locales' search indexes, one process per locale (Pagefind runs one service per
 * process). The largest locale first and on its own: Pagefind's memory grows with a
 * locale's distinct words (zh-TW's character pairs: ~470 MB on live-sxs, twice another
 * locale's), so it never runs beside another; then the rest `jobs` at a time.
 */
async function indexInChildren(
  contentDir: string,
  outDir: string,
  locales: string[],
  files: DocumentFile[],
  jobs: number,
  indexed: (locale: string) => void,
): Promise<void> {
  const bytes = (locale: string) => files.filter((f) => f.locale === locale).reduce((sum, f) => sum + f.bytes, 0);
  const [largest, ...queue] = [...locales].sort((a, b) => bytes(b) - bytes(a));
  const index = (locale: string) =>
    runChild<SearchIndexRequest, number>(
      new URL('./search/search-index-process.ts', import.meta.url),
      {
        contentDir,
        outDir,
        locale,
        files: files.filter((f) => f.locale === locale),
      },
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, ...CHILD_MEMORY },
        what: `Indexing ${locale} for search (Pagefind)`,
        advice: `build with --jobs 1 (one index at a time), or ${locale} on its own (--locales ${locale})`,
      },
    ).then(() => indexed(locale));
  if (!largest) return;
  await index(largest);
  const next = async (): Promise<void> => {
    const locale = queue.shift();
    if (locale) await index(locale).then(next);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, queue.length)) }, next));
}

/**
 * A rendering share keeps little alive (its pages' data; the HTML is on disk), but V8 lets
 * the heap grow with the garbage of thousands of renders before it collects. A cap keeps
 * two shares side by side within the build's memory (live-sxs: ~430 → ~300 MB each). What
 * stays alive grows with the share's pages, so the cap does too: 256 MB up to 4,000 pages
 * (a batch's share, locale-batches.ts), more for a single locale larger than a batch.
 */
function shareHeap(pages: number): string[] {
  return [`--max-old-space-size=${Math.max(256, Math.ceil(pages / 1000) * 64)}`];
}

/** Below this many pages a share is not worth a process of its own. */
const PAGES_PER_PROCESS = 1500;

function processCount(pages: number, cores: number): number {
  return Math.max(1, Math.min(cores, Math.ceil(pages / PAGES_PER_PROCESS)));
}

/**
 * The report's lines, from those the check left on disk, a locale at a time. Each locale's
 * lines go before the next locale's are read: left to V8, what reading and writing them leaves
 * took the parent from 229 to 294 MB at the end of a 30-locale build.
 */
function* reportedFiles(lines: ReportLines, published: boolean): Generator<ReportedFile> {
  for (const locale of lines.locales()) {
    for (const file of lines.read(locale)) yield asPublished(file, published);
    collectGarbage();
  }
}

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
}
