/**
 * `errata dev`'s layout run, in a process of its own (Astro changes the working directory
 * and keeps its bundler's memory): one locale's homes, 404 page, article lists, sitemap and
 * the root pages, as the build lays them out, plus the page frames the server asked for
 * (pages/page-frames.ts), kept in the build's frame store so later builds and dev runs reuse
 * them. Only this locale is checked and its pages prepared (through a render store of dev's
 * own): the site-wide facts, staleness included, come from the light content index.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_LOCALE, listLocaleFiles, listLocales, type ContentFile } from '../core/read/content-files.ts';
import { BatchChecker, type BatchRequest } from '../core/check/check-batch.ts';
import type { FileCheck } from '../core/check/check-file.ts';
import { loadRegistry } from '../core/codes/registry.ts';
import { defaultWorkerCount, runInWorkers } from '../core/workers/pool.ts';
import { canonicalTag, directionOf, nativeName } from '../page-data/locales.ts';
import { blocksPublishing } from '../core/check/publishable.ts';
import { runAstro } from '../pages/astro-run.ts';
import { storeFrame } from '../pages/frame-store.ts';
import { moveInto } from '../pages/move-into.ts';
import { preparePages } from '../pages/prepare-pages.ts';
import { PROJECT_ROOT } from '../process/project-root.ts';
import { repositoryLinks } from '../pages/repository-links.ts';
import { siteFacts } from '../pages/site-facts.ts';
import type { SiteFacts, SitePage } from '../page-data/site-data.ts';

export interface DevLayoutRequest {
  contentDir: string;
  locale: string;
  site: string;
  /** Where the laid-out pages go (dev's own folder, never the build's --out). */
  outDir: string;
  templateHash: string;
  /** Frames to lay out: shape id → the frame page (page-frames.ts `framePage`). */
  frames: Array<{ id: string; page: SitePage }>;
  /**
   * Lay out the locale's homes and the root pages too. Without, only frames: they depend on
   * nothing of the content but the locales (the template hash says so), so the run needs no
   * check, no content index and no pages — Astro's own start-up only.
   */
  homes: boolean;
}

export interface DevLayoutResult {
  pages: number;
  frames: number;
  ms: number;
  /** Where the time went, for the terminal. */
  steps: string;
}

export async function devLayout(request: DevLayoutRequest): Promise<DevLayoutResult> {
  const started = performance.now();
  const cacheDir = join(PROJECT_ROOT, '.errata-cache');
  const { locale, contentDir } = request;
  let facts: SiteFacts;
  let pages: SitePage[] = [];
  const steps: string[] = [];
  const step = (name: string, since: number) => steps.push(`${name} ${Math.round(performance.now() - since)} ms`);
  if (request.homes) {
    // Only this locale's files are checked (what keeps a file off the site is the file's own
    // problem); what the other locales decide — which versions exist, staleness — comes from the
    // light content index the site facts are made of, so no other locale is read twice.
    let t = performance.now();
    const { registry } = loadRegistry(contentDir);
    const files = listLocaleFiles(contentDir, locale);
    const batch = (part: ContentFile[]): BatchRequest => ({
      contentDir,
      sourceLocale: SOURCE_LOCALE,
      files: part,
      sourceInvariants: {},
      keepBodies: false,
      hashBytes: true,
      indexEntries: true,
    });
    const batches: BatchRequest[] = [];
    for (let i = 0; i < files.length; i += 400) batches.push(batch(files.slice(i, i + 400)));
    const local = new BatchChecker(registry);
    const checks =
      files.length < 800
        ? batches.flatMap((b) => local.run(b))
        : (
            await runInWorkers<BatchRequest, FileCheck[]>(
              new URL('../core/check/check-worker.ts', import.meta.url),
              { contentDir },
              batches,
              defaultWorkerCount(),
              (b) => local.run(b),
            )
          ).flat();
    step(`check (${files.length} files)`, t);
    t = performance.now();
    facts = siteFacts(
      contentDir,
      registry,
      request.site,
      new Map(checks.map((c) => [c.record.file, c.indexed ?? null])),
    );
    step('content index', t);
    t = performance.now();
    const stale = new Set(facts.status.rows.filter((row) => row.cells[locale] === 'stale').map((row) => row.slug));
    const articles = checks.flatMap(({ record, bytesHash }) => {
      const article = record.article;
      if (!article?.isPage || record.diagnostics.some(blocksPublishing)) return [];
      article.stale = stale.has(article.slug);
      if (bytesHash) article.sourceHash = bytesHash;
      return [article];
    });
    const prepared = await preparePages({ contentDir, articles, facts, cacheDir: join(cacheDir, 'dev-layout') });
    prepared.bodies.close();
    pages = prepared.pages;
    step(`pages (${prepared.timings.rendered} rendered, ${prepared.timings.fromCache} stored)`, t);
  } else {
    facts = {
      locales: listLocales(contentDir).map((l) => ({
        locale: l,
        tag: canonicalTag(l),
        dir: directionOf(l),
        nativeName: nativeName(l),
        pageCount: 0,
      })),
      sourceLocale: SOURCE_LOCALE,
      codes: [],
      status: { locales: [], rows: [], totals: {} },
      site: request.site.replace(/\/$/, ''),
      alternates: {},
    };
    // The frames' edit links, as siteFacts gives them to a build.
    const repository = repositoryLinks(PROJECT_ROOT, contentDir);
    if (repository) facts.repository = repository;
  }

  const astroStarted = performance.now();
  const frames = request.frames.map(({ id, page }) => ({
    url: `/${locale}/_frame-${id}/`,
    locale,
    slug: `_frame-${id}`,
    page,
  }));
  await runAstro({ ...facts, pages, buildLocales: [locale], frames, localePages: request.homes }, (astroOut) => {
    for (const frame of frames)
      storeFrame(astroOut, request.templateHash, locale, frame.slug, frame.slug.slice('_frame-'.length));
    // A frames-only run's root pages have no content behind them: they are not kept; the
    // bundled styles and scripts its pages link to (`_astro/`, named by their hash) are.
    if (request.homes) moveInto(astroOut, request.outDir);
    else if (existsSync(join(astroOut, '_astro'))) moveInto(join(astroOut, '_astro'), join(request.outDir, '_astro'));
  });
  step('astro', astroStarted);
  return {
    pages: pages.length,
    frames: request.frames.length,
    ms: performance.now() - started,
    steps: steps.join(', '),
  };
}
