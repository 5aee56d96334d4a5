/**
 * A share's page frames: which shapes its pages to write have, which frames earlier builds
 * left in `.errata-cache/frames/<template hash>/`, which Astro must lay out now, and the
 * article pages written from them. With `ERRATA_DIRECT_PAGES=1` every page is its own frame
 * and Astro writes it as it is: the tests compare the two outputs byte for byte.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { translator } from '../site/i18n.ts';
import type { ShareBuildRequest } from './build-share.ts';
import { fillFrame, framePage, parseFrame, shapeId, shapeKey, type ParsedFrame } from './page-frames.ts';
import type { PageBodies } from './prepare-pages.ts';
import type { ArticleFrame, SitePage } from './site-data.ts';

const FRAMES_DIR = fileURLToPath(new URL('../../.errata-cache/frames/', import.meta.url));

export class PageFrames {
  /** The frames Astro lays out in this build. */
  readonly toRender: ArticleFrame[] = [];
  private readonly outDir: string;
  private readonly cacheDir: string;
  private readonly direct: boolean;
  /** Pages to write, each with its shape's id. */
  private readonly pages: Array<{ page: SitePage; id: string }> = [];
  private readonly parsed = new Map<string, ParsedFrame>();

  constructor(request: Pick<ShareBuildRequest, 'outDir' | 'share' | 'templateHash'>, emit: ReadonlySet<string>, pages: readonly SitePage[], bodies: PageBodies) {
    this.outDir = request.outDir;
    this.cacheDir = join(FRAMES_DIR, request.templateHash);
    this.direct = process.env.ERRATA_DIRECT_PAGES === '1';
    const toWrite = pages.filter((page) => emit.has(page.url));
    if (this.direct) {
      this.toRender.push(...toWrite.map((page) => ({ url: page.url, locale: page.locale, slug: page.slug, page: { ...page, html: bodies.html(page) } })));
      return;
    }
    const siteNames = new Map<string, string>();
    const pending = new Set<string>();
    for (const page of toWrite) {
      let siteName = siteNames.get(page.locale);
      if (siteName === undefined) siteNames.set(page.locale, (siteName = translator(page.locale)('site.name')));
      const id = shapeId(shapeKey(page, siteName));
      this.pages.push({ page, id });
      if (this.parsed.has(id) || pending.has(id)) continue;
      const cached = readCached(this.cacheDir, id);
      if (cached !== undefined) {
        this.parsed.set(id, parseFrame(cached));
        continue;
      }
      // Each share its own frame URLs: shares write into one output folder side by side.
      const slug = `_frame-${request.share.index}-${id}`;
      pending.add(id);
      this.toRender.push({ url: `/${page.locale}/${slug}/`, locale: page.locale, slug, page: framePage(page, siteName) });
    }
  }

  /** After Astro: keep the frames it wrote, in the cache and out of the site. */
  collect(): void {
    if (this.direct) return;
    mkdirSync(this.cacheDir, { recursive: true });
    for (const frame of this.toRender) {
      const folder = join(this.outDir, frame.locale, frame.slug);
      const html = readFileSync(join(folder, 'index.html'), 'utf8');
      rmSync(folder, { recursive: true, force: true });
      const id = frame.slug.slice(frame.slug.lastIndexOf('-') + 1);
      this.parsed.set(id, parseFrame(html));
      const file = join(this.cacheDir, `${id}.html`);
      writeFileSync(`${file}.${process.pid}.tmp`, html);
      renameSync(`${file}.${process.pid}.tmp`, file);
    }
  }

  /** Every article page to write, from its frame, with its body read from the render store. */
  writePages(bodies: PageBodies): void {
    for (const { page, id } of this.pages) {
      const folder = join(this.outDir, decodeURIComponent(page.url));
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'index.html'), fillFrame(this.parsed.get(id)!, page, bodies.html(page)));
    }
  }
}

function readCached(dir: string, id: string): string | undefined {
  try {
    return readFileSync(join(dir, `${id}.html`), 'utf8');
  } catch {
    return undefined;
  }
}

/** Frames made with other templates are never used again. */
export function forgetOtherFrames(templateHash: string): void {
  let names: string[];
  try {
    names = readdirSync(FRAMES_DIR);
  } catch {
    return;
  }
  for (const name of names) if (name !== templateHash) rmSync(join(FRAMES_DIR, name), { recursive: true, force: true });
}
