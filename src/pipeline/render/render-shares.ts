/**
 * The build's render step, from the parent's side: a batch's pages split between one process
 * per core (build-share-process.ts), each an equal share by URL, side by side. The planner
 * answers each share's question (which locales' search documents to write) as it comes.
 */
import type { Article } from '../../core/model.ts';
import type { MarkdownEngine } from '../../core/render/index.ts';
import { uiStringsDir } from '../../core/i18n/ui-strings.ts';
import { defaultWorkerCount } from '../../core/workers/pool.ts';
import { pageUrl } from '../../page-data/page-url.ts';
import type { SiteFacts } from '../../page-data/site-data.ts';
import { ownerShare } from '../../pages/fallback-pages.ts';
import type { RenderProgress } from '../../pages/render-articles.ts';
import { inShare } from '../../pages/share.ts';
import { runChild } from '../../process/child-process.ts';
import { FEW_ARENAS } from '../../process/child-memory.ts';
import { releaseMemory } from '../../process/collect-garbage.ts';
import { PROJECT_ROOT } from '../../process/project-root.ts';
import { StepReporter, type BuildProgress } from '../build-progress.ts';
import { ms, type Timings } from '../timings.ts';
import type { ShareBuildRequest, ShareBuildResult, SharePrepared } from './build-share.ts';
import type { SharePlanner } from './share-planner.ts';

export interface RenderRequest {
  contentDir: string;
  /** The staging folder. */
  outDir: string;
  /** The site the last build published, when only what changed is written. */
  publishedDir?: string;
  locales: string[];
  articles: Article[];
  facts: SiteFacts;
  markdown?: MarkdownEngine;
  /** How many share processes. */
  processes: number;
  /** The last build's page hashes of these locales, when only what changed is written. */
  previousPages?: Record<string, string>;
  planner: SharePlanner;
  progress: { onProgress?: (event: BuildProgress) => void; batch: number; batches: number };
}

/** Each share's answer, in share order; a line of figures for each in `timings`. */
export async function renderShares(request: RenderRequest, timings: Timings): Promise<ShareBuildResult[]> {
  const { processes, progress } = request;
  const render = new StepReporter(progress.onProgress, {
    step: 'render',
    batch: progress.batch,
    batches: progress.batches,
    locales: request.locales,
    unit: 'pages',
    total: request.articles.length,
  });
  const shares = Array.from({ length: processes }, (_, i) => shareRequest(request, i));
  // Each share's count as it last reported it (its total counts the versions its fallback pages show too).
  const rendering: Array<RenderProgress | undefined> = [];
  const rendered = () => ({
    done: rendering.reduce((sum, r) => sum + (r?.done ?? 0), 0),
    total: shares.reduce((sum, share, i) => sum + (rendering[i]?.total ?? share.articles.length), 0),
  });
  const aborted = new AbortController();
  const answers = Promise.all(
    shares.map((share, i) =>
      runChild<ShareBuildRequest, ShareBuildResult>(new URL('./build-share-process.ts', import.meta.url), share, {
        cwd: PROJECT_ROOT,
        env: { ...process.env, ...FEW_ARENAS, ERRATA_LOCALES_DIR: uiStringsDir() },
        what: shareStep(share, processes),
        answer: (question: SharePrepared) => request.planner.answer(i, question),
        signal: aborted.signal,
        execArgv: shareHeap(share.articles.length),
        onProgress: (update: RenderProgress) => {
          rendering[i] = update;
          render.update(rendered());
        },
      }),
    ),
  ).catch((error: unknown) => {
    // One share failed: the others stop too, rather than render pages nobody will publish.
    aborted.abort();
    throw error;
  });
  // The render is the build's peak (two shares side by side): while they start (~0.7 s before
  // their first question), the parent gives back the pages a plain collection keeps. Measured
  // on the five-locale corpus: the parent at the peak 175–212 MB → 136 MB.
  releaseMemory();
  const results = await answers;
  results.forEach((r, i) => {
    const t = r.timings;
    timings.add(
      `share ${i + 1}/${processes}: ${r.pages} pages, ${r.emit.length} written — read ${ms(t.readMs!)}, render ${ms(t.renderMs!)} (${t.rendered} rendered, ${t.fromCache} cached), search documents ${ms(t.searchMs!)} (${t.documentsMade} made)`,
    );
  });
  render.end(rendered().total);
  return results;
}

function shareRequest(request: RenderRequest, index: number): ShareBuildRequest {
  const { processes, facts, previousPages } = request;
  const share = { index, count: processes };
  return {
    contentDir: request.contentDir,
    outDir: request.outDir,
    ...(request.publishedDir ? { publishedDir: request.publishedDir } : {}),
    locales: request.locales,
    facts,
    share,
    articles: request.articles.filter((a) => inShare(pageUrl(a.locale, a.slug), share)),
    // A lone process has the machine to itself: it renders on every core.
    workers: processes === 1 ? defaultWorkerCount() : 0,
    ...(request.markdown ? { markdown: request.markdown } : {}),
    // A fallback page belongs to the share that renders the version it shows (fallback-pages.ts); another batch's pages are not this one's to remove.
    ...(previousPages
      ? {
          previous: Object.fromEntries(
            Object.entries(previousPages).filter(([url]) => ownerShare(facts, url, processes) === index),
          ),
        }
      : {}),
  };
}

/** A rendering share, as a failure names it: its number, its locales and how many articles. */
function shareStep(request: ShareBuildRequest, processes: number): string {
  const locales = [...new Set(request.articles.map((a) => a.locale))].sort();
  const files = request.articles.length === 1 ? `, the file ${request.articles[0]!.file}` : '';
  return `Rendering share ${request.share.index + 1}/${processes} (${request.articles.length} articles of ${locales.join(', ') || 'no locale'}${files})`;
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

/** How many share processes a batch of `pages` gets on `cores`. */
export function processCount(pages: number, cores: number): number {
  return Math.max(1, Math.min(cores, Math.ceil(pages / PAGES_PER_PROCESS)));
}
