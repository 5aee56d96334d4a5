/** The build's layout step, from the parent's side: layout-site.ts in a process of its own, kept from batch to batch, its progress passed on. */
import { uiStringsDir } from '../../core/i18n/ui-strings.ts';
import { ASTRO_MEMORY, FEW_ARENAS } from '../../process/child-memory.ts';
import { ChildService } from '../../process/child-process.ts';
import { PROJECT_ROOT } from '../../process/project-root.ts';
import { StepReporter, type BuildProgress } from '../build-progress.ts';
import { ms } from '../timings.ts';
import type { LayoutProgress, LayoutRequest, LayoutResult } from './layout-site.ts';

/**
 * The layout's process, kept from one batch to the next: a fresh one per batch spent ~0.4 s
 * starting and ~0.75 s importing Astro, and Astro's build is quicker in a process that has
 * built before (five-locale corpus, cold: the Astro part of a batch after the first 2.1–2.7 s
 * → 0.8–1.1 s). While it waits it gives its memory back (serveRequest): ~250 MB, against ~500
 * after a plain collection. One that still holds more than LAYOUT_RECYCLE_MB when the next
 * batch comes is replaced, so nothing that grows from batch to batch can stay.
 */
export function layoutService(): ChildService<LayoutRequest, LayoutResult> {
  return new ChildService(new URL('./layout-process.ts', import.meta.url), {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...ASTRO_MEMORY, ...FEW_ARENAS, ERRATA_LOCALES_DIR: uiStringsDir() },
    recycleMb: LAYOUT_RECYCLE_MB,
    waits: true,
  });
}

/** Above what it holds waiting (~250 MB, two to eighteen batches), below what it holds at work (~430–530 MB). */
const LAYOUT_RECYCLE_MB = 400;

export async function runLayout(
  service: ChildService<LayoutRequest, LayoutResult>,
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
  const result = await service.request(request, {
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
