/** Renders many articles: cached ones come from the cache, the rest in worker threads when there are many. */
import { renderArticle, type RenderedArticle } from '../core/render/index.ts';
import { defaultWorkerCount, runInWorkers } from '../core/workers/pool.ts';
import type { RenderCache } from './render-cache.ts';

export interface RenderJob {
  locale: string;
  base: string;
  body: string;
}

/** An article to render: its cache key, and its body, read only when the cache has no entry. */
export interface RenderRequest {
  locale: string;
  base: string;
  key: string;
  body: () => string;
}

/** Below this many misses, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 300;
const BATCH_SIZE = 200;

/** `workers`: threads for the misses; default one per core (0 when the caller is itself one of several processes). */
export async function renderArticles(requests: RenderRequest[], cache: RenderCache, workers = defaultWorkerCount()): Promise<{ rendered: RenderedArticle[]; fromCache: number }> {
  const rendered: RenderedArticle[] = new Array(requests.length);
  const keys = requests.map((request) => request.key);
  const misses: number[] = [];
  requests.forEach((request, i) => {
    const hit = cache.get(request.locale, request.key);
    if (hit) rendered[i] = hit;
    else misses.push(i);
  });
  const jobs: RenderJob[] = new Array(requests.length);
  for (const i of misses) jobs[i] = { locale: requests[i]!.locale, base: requests[i]!.base, body: requests[i]!.body() };
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
  return { rendered, fromCache: requests.length - misses.length };
}
