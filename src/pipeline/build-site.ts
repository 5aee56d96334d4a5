/**
 * `errata build`: check everything, write the report, render the pages with one process per
 * core (each an equal share), lay the site out with Astro in one process, and write one
 * search index per locale. Each step in processes of its own, so no step holds another's
 * memory; and the locales go through the steps in batches bounded by pages
 * (locale-batches.ts), so no step holds more than one batch, however large the docset.
 * Separate `--locales` builds produce the same root pages, so their folders — and the
 * batches' — merge by copying.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { wantedLocales, localeSizes } from '../core/read/content-files.ts';
import { compareDiagnostics, type Diagnostic } from '../core/diagnostics/diagnostic.ts';
import { checkUiStrings } from '../core/i18n/check-ui-strings.ts';
import type { MarkdownEngine } from '../core/render/index.ts';
import { numberedLocalePages } from '../pages/numbered-locale-pages.ts';
import { newPagesDir, writeManifest, writePages, type PageManifest } from '../pages/page-manifest.ts';
import { collectGarbage } from '../process/collect-garbage.ts';
import { PROJECT_ROOT } from '../process/project-root.ts';
import { batchFingerprint } from './batch-fingerprint.ts';
import { buildBatch } from './build-batch.ts';
import { layoutService } from './layout/run-layout.ts';
import { lockBuild } from './build-lock.ts';
import { StepReporter, type BuildProgress } from './build-progress.ts';
import {
  asPublished,
  publishes,
  firstProblems,
  summarize,
  writeBuildReport,
  type ReportedFile,
  type ReportLines,
  type ReportSummary,
} from './build-report.ts';
import { checkBatches } from './check/check-batches.ts';
import { keepPublished, lastBuild, unchangedBatch } from './last-build.ts';
import { batchBudget, filesOf, localeBatches } from './locale-batches.ts';
import { refuseUnsafeOutput, StagedOutput } from './output-folder.ts';
import { batchKey } from './render/share-planner.ts';
import { removeStepFiles, reportLines } from './step-files.ts';
import { ms, Timings } from './timings.ts';

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
  /** The first of its errors and warnings (build-report.ts `firstProblems`), for the command line to show. */
  problems: Diagnostic[];
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

/**
 * The build, once locked and staged. The order of this function is the order of execution:
 * plan the batches → check them all → decide whether to publish → learn what the last build
 * left → each batch: render, layout, search (or keep it as published) → report → publish.
 */
async function buildInto(
  options: BuildOptions,
  locales: string[],
  output: StagedOutput,
  cacheDir: string,
): Promise<BuildResult> {
  const started = performance.now();
  const timings = new Timings();
  const stage = output.stageDir;
  const emit = options.onProgress;

  // Plan: consecutive locales in batches bounded by pages.
  const sizes = localeSizes(options.contentDir);
  const batches = localeBatches(locales, sizes, batchBudget());
  emit?.({
    event: 'plan',
    batches: batches.length,
    locales,
    files: filesOf(locales, sizes),
  });

  // Check every batch, in a process of its own; the articles wait on disk for their batch.
  const batchNote = batches.length > 1 ? `, ${batches.length} batches of at most ${batchBudget()} pages` : '';
  const checked = await timings.timed(
    'check and site facts',
    () => checkBatches({ ...options, batches, sizes, cacheDir, stage, onProgress: emit }),
    (c) => `${c.tally.files} files, ${c.fromCache} unchanged${batchNote}`,
  );
  // What listing the content and the check's answer left goes before the first batch comes in.
  collectGarbage();

  // Publish or not: the report's verdict.
  const runDiagnostics = [...checked.diagnostics, ...checkUiStrings(options.contentDir, locales)].sort(
    compareDiagnostics,
  );
  const published = publishes(checked.tally, runDiagnostics, options.keepGoing);
  const summary = summarize(checked.tally, runDiagnostics, published);
  const problems = firstProblems(checked.tally, runDiagnostics);
  const writeReport = (dir: string) =>
    writeBuildReport(dir, {
      files: reportedFiles(reportLines(stage), published),
      diagnostics: runDiagnostics,
      summary,
    });
  if (!published) {
    // The previous site stays as it was (and its manifest with it); its report says what this build found.
    output.discard();
    mkdirSync(options.outDir, { recursive: true });
    writeReport(options.outDir);
    removeStepFiles(stage);
    return { published: false, summary, problems, timings: timings.lines };
  }

  // What the last build into this folder left: with the same locales and templates, only what changed is built.
  const { facts } = checked;
  const last = lastBuild({ cacheDir, outDir: options.outDir, locales, facts });
  const { previous } = last;
  let rootPagesDue = last.rootPagesDue;
  const manifest: PageManifest = {
    templateHash: last.template,
    outDir: options.outDir,
    locales,
    pagesDir: newPagesDir(cacheDir, options.outDir),
    search: {},
    localePages: {},
    batches: {},
    rootPages: last.siteWide,
  };

  // Each batch: render, layout and search, or kept as published when nothing it is built from changed.
  const removed: string[] = [];
  const reindexed: string[] = [];
  const layout = layoutService();
  try {
    for (const [b, batch] of batches.entries()) {
      const articles = checked.articles(b);
      const batchTimings = timings.withPrefix(
        batches.length > 1 ? `batch ${b + 1}/${batches.length} (${batch.join(', ')}): ` : '',
      );
      const fingerprint = batchFingerprint({
        contentDir: options.contentDir,
        siteWide: last.siteWide,
        markdown: options.markdown ?? 'satteri',
        facts,
        batch,
        articles,
      });
      manifest.batches![batchKey(batch)] = fingerprint;
      if (previous && !rootPagesDue && unchangedBatch(previous, batch, fingerprint)) {
        keepPublished(previous, manifest, batch);
        emit?.({ event: 'kept', batch: b + 1, batches: batches.length, locales: batch });
        batchTimings.add('unchanged since the last build: kept as published');
        continue;
      }
      const built = await buildBatch(
        {
          contentDir: options.contentDir,
          outDir: options.outDir,
          stage,
          facts,
          template: last.template,
          ...(options.markdown ? { markdown: options.markdown } : {}),
          ...(options.jobs ? { jobs: options.jobs } : {}),
          batch,
          articles,
          ...(previous ? { previous } : {}),
          layout,
          rootPages: rootPagesDue,
          number: b + 1,
          batches: batches.length,
          ...(emit ? { onProgress: emit } : {}),
        },
        batchTimings,
      );
      rootPagesDue = false;
      writePages(manifest.pagesDir, built.manifest);
      Object.assign(manifest.search!, built.planner.searchHashes);
      manifest.localePages![batchKey(batch)] = built.planner.localePagesHash;
      removed.push(...built.removed);
      reindexed.push(...built.planner.reindexed);
      // The numbered list pages of locales whose locale pages were written again go before the new ones come in.
      // `removed` holds URLs (from the site root); the numbered pages are paths below the output folder.
      if (previous && built.planner.localePages)
        removed.push(...numberedLocalePages(options.outDir, batch).map((path) => `/${path}`));
      // What the batch left (its articles, the shares' answers) goes before the next batch's comes in.
      collectGarbage();
    }
  } finally {
    await layout.close();
  }

  // Report, then publish: the staging folder takes the output's place (or, incremental, its changed files do).
  writeReport(stage);
  removeStepFiles(stage);
  const publish = new StepReporter(emit, {
    step: 'publish',
    batch: batches.length,
    batches: batches.length,
    locales,
    unit: 'pages',
    total: summary.built,
  });
  await timings.timed(
    'publish',
    async () => {
      if (previous) {
        // Pages that no longer exist, and the search indexes and numbered list pages written again, go from the site as the new files come in.
        output.commitChanges([
          ...removed.map((url) => decodeURIComponent(url).slice(1)),
          ...reindexed.map((locale) => `${locale}/pagefind`),
        ]);
      } else {
        output.commitWhole();
      }
      publish.end();
    },
    () => `${previous ? 'changed files moved into' : 'staging folder swapped for'} ${options.outDir}`,
  );
  writeManifest(cacheDir, manifest);
  timings.add(`total ${ms(performance.now() - started)}`);
  return { published: true, summary, problems, timings: timings.lines };
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
