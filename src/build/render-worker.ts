/** Worker-thread entry: renders batches of article bodies. */
import { parentPort } from 'node:worker_threads';
import { renderArticle, type RenderedArticle } from '../core/render/index.ts';
import { serveJobs } from '../core/workers/pool.ts';
import type { RenderJob } from './render-articles.ts';

serveJobs(parentPort!, (batch: RenderJob[]): RenderedArticle[] => batch.map((job) => renderArticle(job.body, { locale: job.locale, base: job.base })));
