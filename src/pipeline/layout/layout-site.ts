/**
 * The layout step of `errata build`, in a process of its own once the shares have rendered:
 * Astro lays out the homes, the root pages (in one batch of the build) and one page frame
 * per article shape that no earlier build has a frame for; then every changed article page
 * is written from its frame, its body read from the shares' render stores. The shares have
 * ended by then, so the memory they used for rendering is not held beside Astro's.
 */
import { join } from 'node:path';
import { runAstro } from '../../pages/astro-run.ts';
import { copyMediaFolders, mediaCaseAliases } from './copy-media.ts';
import { reportProgress } from '../../process/child-process.ts';
import { moveInto } from '../../pages/move-into.ts';
import { PageFrames } from '../../pages/frame-store.ts';
import { readPages } from '../step-files.ts';
import type { PageBodies } from '../../pages/prepare-pages.ts';
import { PROJECT_ROOT } from '../../process/project-root.ts';
import { RenderStore } from '../../pages/render-store.ts';
import { shareOf } from '../../pages/share.ts';
import type { SiteFacts, SitePage } from '../../page-data/site-data.ts';

export interface LayoutRequest {
  contentDir: string;
  /** Where the pages go: the build's staging folder. */
  outDir: string;
  /** The site the last build published, when only what changed is written (compared, never written). */
  publishedDir?: string;
  /** The locales this build emits. */
  locales: string[];
  facts: SiteFacts;
  /** Files with every page of those locales, without body HTML (step-files.ts). */
  pagesFiles: string[];
  /** URLs of the article pages to write (changed since the last build, or all). */
  emit: string[];
  /** Write the locales' homes, 404 pages and sitemaps (their lists changed, or a full build). */
  localePages: boolean;
  /** Write the root pages (SiteData.rootPages): the first batch of a full build. */
  rootPages: boolean;
  /** How many shares rendered the pages: where each page's body is stored. */
  shares: number;
  templateHash: string;
}

export interface LayoutResult {
  /** Page frames Astro laid out (the other pages' shapes had frames from earlier builds). */
  frames: number;
  /** Whether Astro ran: not when every page's frame was at hand and no locale or root page is written. */
  astro: boolean;
  timings: { astroMs: number; writeMs: number; mediaMs: number };
}

/** The layout's count, as it reports it to the build: Astro's run first, then the article pages written from frames. */
export interface LayoutProgress {
  phase: 'astro' | 'pages';
  done: number;
  total: number;
}

export async function layoutSite(request: LayoutRequest): Promise<LayoutResult> {
  const pages = readPages(request.pagesFiles);
  const bodies = storedBodies(request.contentDir, request.shares);
  const emit = new Set(request.emit);
  const astroStarted = performance.now();
  const frames = new PageFrames(request, emit, pages, bodies);
  const astro = request.localePages || request.rootPages || frames.toRender.length > 0;
  const total = pages.filter((page) => emit.has(page.url)).length;
  let done = 0;
  const report = (phase: LayoutProgress['phase'], final = false) =>
    reportProgress({ phase, done, total } satisfies LayoutProgress, final);
  if (astro) report('astro', true);
  if (astro) await layOut(request, pages, frames);
  const astroMs = performance.now() - astroStarted;

  const mediaStarted = performance.now();
  copyMediaFolders(request.contentDir, request.outDir, request.locales, request.publishedDir);
  const mediaMs = performance.now() - mediaStarted;
  const writeStarted = performance.now();
  // A page's links to media under another case get their copies as the page is written.
  const aliases = mediaCaseAliases(request.contentDir, request.outDir, request.publishedDir);
  report('pages', true);
  await frames.writePages(bodies, (page, body) => {
    aliases(page, body);
    done++;
    report('pages', done === total);
  });
  bodies.close();
  return {
    frames: frames.toRender.length,
    astro,
    timings: { astroMs, writeMs: performance.now() - writeStarted, mediaMs },
  };
}

/**
 * Astro writes into a folder of its own run (astro-run.ts), on the same file system as its
 * `.astro/` (it moves its assets from one to the other by renaming); errata moves the result
 * into `--out`'s staging folder, copying when that is on another file system.
 */
async function layOut(request: LayoutRequest, pages: SitePage[], frames: PageFrames): Promise<void> {
  await runAstro(
    {
      ...request.facts,
      pages,
      buildLocales: request.locales,
      frames: frames.toRender,
      localePages: request.localePages,
      rootPages: request.rootPages,
    },
    (astroOut) => {
      frames.collect(astroOut);
      moveInto(astroOut, request.outDir);
    },
  );
}

/** Page bodies from the render stores the shares wrote, each page from its share's. */
function storedBodies(contentDir: string, shares: number): PageBodies {
  const stores = Array.from(
    { length: shares },
    (_, index) => new RenderStore(join(PROJECT_ROOT, '.errata-cache'), contentDir, { index, count: shares }),
  );
  const storeOf = (url: string) => stores[shareOf(url, shares)]!;
  return {
    html(page) {
      // A fallback page's body is the shown version's, in the store of the share that rendered it.
      const store = storeOf(page.fallback?.url ?? page.url);
      const name = page.fallback?.store ?? page.locale;
      const entry = store.get(name, page.bodyKey);
      if (!entry) throw new Error(`errata: the body of ${page.url} is not in the render store`);
      return store.html(name, entry);
    },
    close: () => stores.forEach((store) => store.close()),
  };
}
