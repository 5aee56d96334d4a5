/** Worker-thread entry: renders batches of article bodies. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadRegistry } from '../core/codes/registry.ts';
import { renderArticle, type RenderedArticle } from '../core/render/index.ts';
import { serveJobs } from '../core/workers/pool.ts';
import type { RenderJob } from './render-articles.ts';

// The registry, so damaged side-by-side segments are repaired as the check finds them (rehype-repair-damage.ts).
const contentDir = (workerData as { contentDir?: string } | null)?.contentDir;
const registry = contentDir ? loadRegistry(contentDir).registry : undefined;

serveJobs(parentPort!, (batch: RenderJob[]): RenderedArticle[] =>
  batch.map(({ body, ...options }) => renderArticle(body, { ...options, ...(registry ? { registry } : {}) })),
);
