/** The build's layout step, from the parent's side: layout-site.ts in a process of its own, its progress passed on. */
import { uiStringsDir } from '../../core/i18n/ui-strings.ts';
import { CHILD_MEMORY } from '../../process/child-memory.ts';
import { runChild } from '../../process/child-process.ts';
import { PROJECT_ROOT } from '../../process/project-root.ts';
import { StepReporter, type BuildProgress } from '../build-progress.ts';
import { ms } from '../timings.ts';
import type { LayoutProgress, LayoutRequest, LayoutResult } from './layout-site.ts';

export async function runLayout(
  request: LayoutRequest,
  progress: { onProgress?: (event: BuildProgress) => void; batch: number; batches: number },
): Promise<LayoutResult> {
  const laying = new StepReporter(progress.onProgress, {
    step: 'layout',
    batch: progress.batch,
    batches: progress.batches,
    locales: request.locales,
    unit: 'pages',
    total: request.emit.length,
  });
  const result = await runChild<LayoutRequest, LayoutResult>(new URL('./layout-process.ts', import.meta.url), request, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...CHILD_MEMORY, ERRATA_LOCALES_DIR: uiStringsDir() },
    what: `Laying out the site (Astro, locales ${request.locales.join(', ')})`,
    advice:
      'build fewer locales at once (--locales a,b, or --shard i/N of "errata plan"), or lower ERRATA_BATCH_PAGES (pages laid out at once; default 8000)',
    onProgress: ({ phase, done, total }: LayoutProgress) => laying.update({ phase, done, total }),
  });
  laying.end();
  return result;
}

/** What the layout did, for its timing line. */
export function layoutDetail(result: LayoutResult, rootPages: boolean): string {
  const astro = result.astro
    ? `astro ${ms(result.timings.astroMs)} (${result.frames} page frames${rootPages ? ', the root pages' : ''})`
    : 'astro skipped (every page frame at hand)';
  return `${astro}, pages written from frames ${ms(result.timings.writeMs)}, media folders ${ms(result.timings.mediaMs)}`;
}
