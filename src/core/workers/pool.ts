/**
 * Spreads independent jobs over worker threads. Checking and rendering are CPU-bound
 * and per-file, so on the 2-core machines here two workers roughly halve the wall time.
 * A worker module answers `{ id, ...job }` messages with `{ id, result }`.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/**
 * `local`, when given, lets this thread take jobs too, so `workers` threads in all share them:
 * measured on the corpus check, a worker runs the same job ~1.4× slower than the main thread
 * (its own module loading, JIT warm-up and result copying), so the main thread should not idle.
 */
/** `onResult`, when given, takes each result as it arrives, and the results are not kept. */
export async function runInWorkers<Job, Result>(
  workerUrl: URL,
  workerData: unknown,
  jobs: Job[],
  workers: number,
  local?: (job: Job) => Result,
  onResult?: (id: number, result: Result) => void,
): Promise<Result[]> {
  const results: Result[] = new Array(jobs.length);
  let next = 0;
  const poolSize = Math.max(local ? 0 : 1, Math.min(workers - (local ? 1 : 0), jobs.length));
  const pool = Array.from({ length: poolSize }, () => new Worker(workerUrl, { workerData }));
  const here = async () => {
    if (!local) return;
    while (next < jobs.length) {
      const id = next++;
      const result = local(jobs[id]!);
      if (onResult) onResult(id, result);
      else results[id] = result;
      // Let the workers' answers in between jobs.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  try {
    await Promise.all([
      here(),
      ...pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= jobs.length) return resolve();
              const id = next++;
              worker.postMessage({ id, job: jobs[id] });
            };
            worker.on('message', (message: { id: number; result: Result }) => {
              if (onResult) onResult(message.id, message.result);
              else results[message.id] = message.result;
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (next < jobs.length || code !== 0) reject(new Error(`A worker stopped early (exit code ${code}).`));
            });
            send();
          }),
      ),
    ]);
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return results;
}

/** The worker side: answer each job with `handle(job)`. */
export function serveJobs<Job, Result>(
  port: {
    on(event: 'message', listener: (message: { id: number; job: Job }) => void): void;
    postMessage(message: unknown): void;
  },
  handle: (job: Job) => Result,
): void {
  port.on('message', ({ id, job }) => port.postMessage({ id, result: handle(job) }));
}
