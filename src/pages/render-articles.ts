/**
 * Renders many articles: stored ones come from the render store, the rest are rendered (in
 * worker threads when there are many) and stored as they arrive, so their HTML is on disk,
 * not in memory, by the time all are done.
 */
import type { Registry } from '../core/codes/registry.ts';
import { renderArticle, type MarkdownEngine, type RenderedArticle } from '../core/render/index.ts';
import { defaultWorkerCount, runInWorkers } from '../core/workers/pool.ts';
import { reportProgress, workingOn } from '../process/child-process.ts';
import type { RenderStore, StoredRender } from './render-store.ts';

export interface RenderJob {
  locale: string;
  base: string;
  body: string;
  /** The Markdown engine (`errata build --markdown`); default Sätteri. */
  markdown?: MarkdownEngine;
}

/** An article to render: its store key, and its body, read only when the store has no entry. */
export interface RenderRequest {
  locale: string;
  base: string;
  key: string;
  body: () => string;
  /** The Markdown engine; its name must be part of `key`. */
  markdown?: MarkdownEngine;
  /** The render-store name it is kept under, when not its locale (fallback-pages.ts). */
  store?: string;
  /** Its file, relative to the content folder: named if the process dies rendering it. */
  file?: string;
}

/** A rendering share's count, as it reports it to the build (child-process.ts `reportProgress`). */
export interface RenderProgress {
  done: number;
  total: number;
}

/** Below this many misses, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 300;
const BATCH_SIZE = 200;

/** `workers`: threads for the misses; default one per core (0 when the caller is itself one of several processes). */
/**
 * `registry` (loaded from `contentDir`, which workers load it from): damaged side-by-side
 * segments show their English (core/render/rehype-repair-damage.ts).
 */
export async function renderArticles(
  requests: RenderRequest[],
  store: RenderStore,
  workers = defaultWorkerCount(),
  codes?: { contentDir: string; registry: Registry },
): Promise<{ rendered: StoredRender[]; fromCache: number }> {
  const rendered: StoredRender[] = new Array(requests.length);
  const misses: number[] = [];
  requests.forEach((request, i) => {
    const hit = store.get(request.store ?? request.locale, request.key);
    if (hit) rendered[i] = hit;
    else misses.push(i);
  });
  // How many are done, stored ones first, for the build's progress (RenderProgress).
  let done = requests.length - misses.length;
  const report = (final = false) => reportProgress({ done, total: requests.length } satisfies RenderProgress, final);
  report(true);
  const keep = (i: number, article: RenderedArticle) => {
    rendered[i] = store.add(requests[i]!.store ?? requests[i]!.locale, requests[i]!.key, article);
    done++;
    report(done === requests.length);
  };
  const job = (i: number): RenderJob => ({
    locale: requests[i]!.locale,
    base: requests[i]!.base,
    body: requests[i]!.body(),
    ...(requests[i]!.markdown ? { markdown: requests[i]!.markdown } : {}),
  });
  if (workers <= 1 || misses.length < WORKER_THRESHOLD) {
    for (const i of misses) {
      workingOn(requests[i]!.file);
      const { body, ...options } = job(i);
      keep(i, renderArticle(body, { ...options, ...(codes ? { registry: codes.registry } : {}) }));
    }
  } else {
    const batches: number[][] = [];
    for (let i = 0; i < misses.length; i += BATCH_SIZE) batches.push(misses.slice(i, i + BATCH_SIZE));
    await runInWorkers<RenderJob[], RenderedArticle[]>(
      new URL('./render-worker.ts', import.meta.url),
      codes ? { contentDir: codes.contentDir } : null,
      batches.map((batch) => batch.map(job)),
      workers,
      undefined,
      (b, results) => batches[b]!.forEach((i, j) => keep(i, results[j]!)),
    );
  }
  return { rendered, fromCache: requests.length - misses.length };
}
