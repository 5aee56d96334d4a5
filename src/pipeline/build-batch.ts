/**
 * One batch of locales through the build's steps, into the staging folder: render (a process
 * per core), then layout (Astro, one process) and search (a Pagefind process per locale). What
 * it leaves for the build is small: its pages' hashes, the pages it removed and which of its
 * locales were indexed again.
 */
import type { Article } from '../core/model.ts';
import type { MarkdownEngine } from '../core/render/index.ts';
import { defaultWorkerCount } from '../core/workers/pool.ts';
import type { SiteFacts } from '../page-data/site-data.ts';
import { pagesOf, type PageManifest } from '../pages/page-manifest.ts';
import { StepReporter, type BuildProgress } from './build-progress.ts';
import { layoutDetail, runLayout } from './layout/run-layout.ts';
import type { LayoutRequest, LayoutResult } from './layout/layout-site.ts';
import type { ChildService } from '../process/child-process.ts';
import { processCount, renderShares } from './render/render-shares.ts';
import { SharePlanner } from './render/share-planner.ts';
import { indexLocales, SearchLanes } from './search/index-locales.ts';
import { removeReadStepFiles } from './step-files.ts';
import type { Timings } from './timings.ts';

export interface BatchRequest {
  contentDir: string;
  /** The published site, which an incremental build compares with. */
  outDir: string;
  /** The staging folder. */
  stage: string;
  facts: SiteFacts;
  template: string;
  markdown?: MarkdownEngine;
  /** Processes at once; default one per core. */
  jobs?: number;
  /** The batch's locales. */
  batch: string[];
  /** Its articles to publish. */
  articles: Article[];
  /** The last build's manifest, when only what changed is written. */
  previous?: PageManifest;
  /** Lay out the root pages: the first batch built, when they are due (see build-site.ts). */
  rootPages: boolean;
  /** The layout's process, kept from batch to batch (run-layout.ts). */
  layout: ChildService<LayoutRequest, LayoutResult>;
  /** Which batch this is (1-based) of how many, for the build's progress. */
  number: number;
  batches: number;
  onProgress?: (event: BuildProgress) => void;
}

export interface BatchResult {
  /** URL → page hash, of every page of the batch. */
  manifest: Record<string, string>;
  /** URLs of the last build's pages that no longer exist. */
  removed: string[];
  planner: SharePlanner;
}

export async function buildBatch(request: BatchRequest, timings: Timings): Promise<BatchResult> {
  const { facts, stage, batch, articles, previous } = request;
  const jobs = request.jobs ?? defaultWorkerCount();
  const processes = processCount(articles.length, jobs);
  const progress = { onProgress: request.onProgress, batch: request.number, batches: request.batches };
  const publishedDir = previous ? { publishedDir: request.outDir } : {};
  const planner = new SharePlanner({
    shares: processes,
    locales: batch,
    facts,
    outDir: request.outDir,
    ...(previous ? { previous } : {}),
  });

  const results = await timings.timed(
    'render',
    () =>
      renderShares(
        {
          contentDir: request.contentDir,
          outDir: stage,
          ...publishedDir,
          locales: batch,
          articles,
          facts,
          ...(request.markdown ? { markdown: request.markdown } : {}),
          processes,
          // The last build's pages of this batch's locales (each locale's in a file of its own).
          ...(previous
            ? {
                previousPages: Object.assign({}, ...batch.map((locale) => pagesOf(previous, locale))) as Record<
                  string,
                  string
                >,
              }
            : {}),
          planner,
          progress,
        },
        timings,
      ),
    () => `${processes} process${processes === 1 ? '' : 'es'}${previous ? ', incremental' : ''}`,
  );

  const documents = results.flatMap((r) => r.documents);
  const layout = () =>
    timings.timed(
      'layout',
      () =>
        runLayout(
          request.layout,
          {
            contentDir: request.contentDir,
            outDir: stage,
            ...publishedDir,
            locales: batch,
            facts,
            pagesFiles: results.map((r) => r.pagesFile),
            emit: results.flatMap((r) => r.emit),
            localePages: planner.localePages,
            rootPages: request.rootPages,
            shares: processes,
            templateHash: request.template,
          },
          progress,
        ),
      (result) => layoutDetail(result, request.rootPages),
    );
  const lanes = new SearchLanes();
  const search = () => {
    const indexing = new StepReporter(request.onProgress, {
      step: 'search',
      ...progress,
      locales: batch,
      unit: 'locales',
      total: planner.reindexed.length,
    });
    let indexed = 0;
    return timings.timed(
      'search',
      () =>
        indexLocales({
          contentDir: request.contentDir,
          outDir: stage,
          locales: planner.reindexed,
          files: documents,
          jobs,
          lanes,
          indexed: (locale) => indexing.update({ done: ++indexed, phase: locale }),
        })
          .then(() => indexing.end())
          // Gone as soon as the indexes are written, also while the layout beside them goes on.
          .finally(() => lanes.close()),
      () => `${planner.reindexed.length} of ${batch.length} locales indexed${previous ? ', beside the layout' : ''}`,
    );
  };
  // The layout and the search indexes of a few changed pages side by side; of a whole site
  // one after the other, so that Astro and Pagefind never hold their memory at the same time.
  // The search's first process starts with the layout all the same: its start (Node and its
  // modules, ~0.4 s) takes the core Astro leaves, and it holds ~80 MB, not Pagefind's
  // hundreds, until the layout is done. (The search UI's bundles are not made ahead: esbuild's
  // service, ~20 MB, would then be held beside Pagefind at its peak.)
  try {
    if (previous) await Promise.all([layout(), search()]);
    else {
      lanes.start();
      await layout()
        // After the last batch's layout, its process has no more to do: gone before the search starts.
        .then(() => (request.number === request.batches ? request.layout.close() : undefined))
        .then(search);
    }
  } finally {
    // The lane started ahead, when the layout failed before the search ran.
    await lanes.close();
  }

  // Read by now: the next batch's files take their place on disk.
  removeReadStepFiles([...results.map((r) => r.pagesFile), ...documents.map((d) => d.file)]);
  return {
    manifest: Object.assign({}, ...results.map((r) => r.manifest)),
    removed: results.flatMap((r) => r.removed),
    planner,
  };
}
