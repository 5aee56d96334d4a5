/** Worker-thread entry: checks the batches the pool sends it. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadRegistry } from '../codes/registry.ts';
import { serveJobs } from '../workers/pool.ts';
import { BatchChecker } from './check-batch.ts';

const { contentDir } = workerData as { contentDir: string };
const checker = new BatchChecker(loadRegistry(contentDir).registry);
serveJobs(parentPort!, (request: Parameters<BatchChecker['run']>[0]) => checker.run(request));
