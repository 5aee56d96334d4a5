/**
 * The build's check step, from the parent's side: the batches checked one after the other in
 * one process of its own (check-process.ts), which reads each locale's front matter for
 * staleness and the facts once and puts each batch's articles and the report's lines on disk.
 * The parent keeps only their tally.
 */
import type { Diagnostic } from '../../core/diagnostics/diagnostic.ts';
import type { Article } from '../../core/model.ts';
import type { SiteFacts } from '../../page-data/site-data.ts';
import { runChild } from '../../process/child-process.ts';
import { FEW_ARENAS } from '../../process/child-memory.ts';
import { PROJECT_ROOT } from '../../process/project-root.ts';
import type { ReportTally } from '../build-report.ts';
import { filesOf } from '../locale-batches.ts';
import { StepReporter, type BuildProgress } from '../build-progress.ts';
import { readArticles } from '../step-files.ts';
import type { CheckProgress, CheckRequest, CheckResult } from './check-process.ts';

export interface CheckedBatches {
  /** The report's lines, left on disk by the check (step-files.ts `reportLines`), tallied. */
  tally: ReportTally;
  /** Diagnostics of the run (registry, locales), each once. */
  diagnostics: Diagnostic[];
  facts: SiteFacts;
  fromCache: number;
  /** A batch's checked articles that become pages, read back from the step file its check left. */
  articles(batch: number): Article[];
}

export async function checkBatches(request: {
  contentDir: string;
  site: string;
  batches: string[][];
  /** Files per locale. */
  sizes: ReadonlyMap<string, number>;
  cacheDir: string;
  /** The build's staging folder, where the step files go. */
  stage: string;
  onProgress: ((event: BuildProgress) => void) | undefined;
}): Promise<CheckedBatches> {
  const { batches, sizes } = request;
  const files = (locales: readonly string[]) => filesOf(locales, sizes);
  const check = new StepReporter(request.onProgress, {
    step: 'check',
    batch: Math.min(1, batches.length),
    batches: batches.length,
    locales: batches[0] ?? [],
    unit: 'files',
    total: files(batches.flat()),
  });
  const checked = await runChild<CheckRequest, CheckResult>(
    new URL('./check-process.ts', import.meta.url),
    { contentDir: request.contentDir, batches, cacheDir: request.cacheDir, site: request.site, outDir: request.stage },
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...FEW_ARENAS },
      what: `Checking the content (${batches.flat().join(', ')})`,
      execArgv: checkHeap(sizes),
      // After each batch: its files are checked, and the next batch is under way (after the last, the site facts).
      onProgress: ({ checked: done, phase }: CheckProgress) => {
        const next = Math.min(done, batches.length - 1);
        check.update({
          done: files(batches.slice(0, done).flat()),
          batch: next + 1,
          locales: batches[next] ?? [],
          phase,
        });
      },
      advice:
        'run "errata check --locales a,b" on fewer locales at a time to find the file it stops at, or build fewer locales at once (--locales a,b, or --shard i/N of "errata plan")',
    },
  );
  check.end();
  return { ...checked, articles: (batch) => readArticles(checked.articleFiles[batch]!, { remove: true }) };
}

/**
 * What the check keeps alive is one batch's records and, of the whole docset, what is per
 * slug (the newest handoffs, the facts): 50–78 MB at every batch of the 30 live-sxs locales
 * (87,000 files), no more at the last than at the first. V8 lets its heap — and each of its
 * worker threads' — grow far beyond that with the garbage of the files it parsed, so the heap
 * is capped: 256 MB, and 1 MB per 1,000 files for the facts, which grow with the docset
 * (30 locales: 344 MB).
 */
function checkHeap(sizes: ReadonlyMap<string, number>): string[] {
  const files = [...sizes.values()].reduce((sum, n) => sum + n, 0);
  return [`--max-old-space-size=${256 + Math.ceil(files / 1000)}`];
}
