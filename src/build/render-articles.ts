/** Renders many articles: cached ones come from the cache, the rest in worker threads when there are many. */
import { renderArticle, type RenderedArticle } from '../core/render/index.ts';
import { defaultWorkerCount, runInWorkers } from '../core/workers/pool.ts';
import { renderKey, type RenderCache } from './render-cache.ts';

export interface RenderJob {
  locale: string;
  base: string;
  body: string;
}

/** Below this many misses, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 300;
const BATCH_SIZE = 200;

/** `workers`: threads for the misses; default one per core (0 when the caller is itself one of several processes). */
export async function renderArticles(jobs: RenderJob[], cache: RenderCache, workers = defaultWorkerCount()): Promise<{ rendered: RenderedArticle[]; fromCache: number }> {
  const rendered: RenderedArticle[] = new Array(jobs.length);
  const keys = jobs.map((job) => renderKey(job.locale, job.base, job.body));
  const misses: number[] = [];
  jobs.forEach((job, i) => {
    const hit = cache.get(job.locale, keys[i]!);
    if (hit) rendered[i] = hit;
    else misses.push(i);
  });
  if (workers <= 1 || misses.length < WORKER_THRESHOLD) {
    for (const i of misses) rendered[i] = renderArticle(jobs[i]!.body, { locale: jobs[i]!.locale, base: jobs[i]!.base });
  } else {
    const batches: number[][] = [];
    for (let i = 0; i < misses.length; i += BATCH_SIZE) batches.push(misses.slice(i, i + BATCH_SIZE));
    const results = await runInWorkers<RenderJob[], RenderedArticle[]>(
      new URL('./render-worker.ts', import.meta.url), null, batches.map((batch) => batch.map((i) => jobs[i]!)), workers);
    batches.forEach((batch, b) => batch.forEach((i, j) => (rendered[i] = results[b]![j]!)));
  }
  for (const i of misses) cache.set(jobs[i]!.locale, keys[i]!, rendered[i]!);
  return { rendered, fromCache: jobs.length - misses.length };
}
