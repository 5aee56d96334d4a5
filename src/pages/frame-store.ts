/**
 * The page frames of a build: which shapes its pages to write have, which frames earlier builds
 * left in `.errata-cache/frames/<template hash>/`, which Astro must lay out now, and the
 * article pages written from them. With `ERRATA_DIRECT_PAGES=1` every page is its own frame
 * and Astro writes it as it is: the tests compare the two outputs byte for byte.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { translator } from '../page-data/i18n.ts';
import { fillFrame, framePage, parseFrame, shapeId, shapeKey, type ParsedFrame } from './page-frames.ts';
import type { PageBodies } from './prepare-pages.ts';
import type { ArticleFrame, SitePage } from '../page-data/site-data.ts';

const FRAMES_DIR = fileURLToPath(new URL('../../.errata-cache/frames/', import.meta.url));

export class PageFrames {
  /** The frames Astro lays out in this build. */
  readonly toRender: ArticleFrame[] = [];
  private readonly outDir: string;
  private readonly templateHash: string;
  private readonly direct: boolean;
  /** Pages to write, each with its shape's id. */
  private readonly pages: Array<{ page: SitePage; id: string }> = [];
  private readonly parsed = new Map<string, ParsedFrame>();

  constructor(
    request: { outDir: string; templateHash: string },
    emit: ReadonlySet<string>,
    pages: readonly SitePage[],
    bodies: PageBodies,
  ) {
    this.outDir = request.outDir;
    this.templateHash = request.templateHash;
    this.direct = process.env.ERRATA_DIRECT_PAGES === '1';
    const toWrite = pages.filter((page) => emit.has(page.url));
    if (this.direct) {
      this.toRender.push(
        ...toWrite.map((page) => ({
          url: page.url,
          locale: page.locale,
          slug: page.slug,
          page: { ...page, html: bodies.html(page) },
        })),
      );
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
      const cached = storedFrame(this.templateHash, id);
      if (cached !== undefined) {
        this.parsed.set(id, parseFrame(cached));
        continue;
      }
      const slug = `_frame-${id}`;
      pending.add(id);
      this.toRender.push({
        url: `/${page.locale}/${slug}/`,
        locale: page.locale,
        slug,
        page: framePage(page, siteName),
      });
    }
  }

  /** After Astro: keep the frames it wrote into `astroOut`, in the cache and out of the site. */
  collect(astroOut: string): void {
    if (this.direct) return;
    for (const frame of this.toRender) {
      const id = frame.slug.slice(frame.slug.lastIndexOf('-') + 1);
      this.parsed.set(id, parseFrame(storeFrame(astroOut, this.templateHash, frame.locale, frame.slug, id)));
    }
  }

  /**
   * Every article page to write, from its frame, with its body read from the render store
   * and handed to `written` too. Many at a time: creating folders and files is the slow
   * part, and the file system takes them side by side on libuv's threads.
   */
  async writePages(bodies: PageBodies, written: (page: SitePage, body: string) => void): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < this.pages.length) {
        const { page, id } = this.pages[next++]!;
        const folder = join(this.outDir, decodeURIComponent(page.url));
        const body = bodies.html(page);
        await mkdir(folder, { recursive: true });
        await writeFile(join(folder, 'index.html'), fillFrame(this.parsed.get(id)!, page, body));
        written(page, body);
      }
    };
    await Promise.all(Array.from({ length: WRITES_AT_ONCE }, worker));
  }
}

const WRITES_AT_ONCE = 16;

/** A frame of the store (`.errata-cache/frames/<template hash>/<shape id>.html`), laid out by any build or `errata dev` run. */
export function storedFrame(templateHash: string, id: string): string | undefined {
  try {
    return readFileSync(join(FRAMES_DIR, templateHash, `${id}.html`), 'utf8');
  } catch {
    return undefined;
  }
}

/** Moves the frame Astro laid out at `/<locale>/<slug>/` of `astroOut` into the store, atomically; returns its HTML. */
export function storeFrame(astroOut: string, templateHash: string, locale: string, slug: string, id: string): string {
  const folder = join(astroOut, locale, slug);
  const html = readFileSync(join(folder, 'index.html'), 'utf8');
  rmSync(folder, { recursive: true, force: true });
  const dir = join(FRAMES_DIR, templateHash);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${id}.html`);
  writeFileSync(`${file}.${process.pid}.tmp`, html);
  renameSync(`${file}.${process.pid}.tmp`, file);
  return html;
}

/**
 * Frames belong to one template hash (templates, UI strings, the site's locales): other
 * content directories and older templates have theirs. The most recently used few are
 * kept, so switching between content directories does not lay frames out again, and none
 * used within the hour.
 */
export function pruneFrames(templateHash: string, keep = 8): void {
  const current = join(FRAMES_DIR, templateHash);
  mkdirSync(current, { recursive: true });
  const now = new Date();
  utimesSync(current, now, now);
  const byAge = readdirSync(FRAMES_DIR)
    .map((name) => ({ name, used: statSync(join(FRAMES_DIR, name)).mtimeMs }))
    .sort((a, b) => b.used - a.used);
  // Not one another build may be using right now (tests and shards build side by side).
  const stale = now.getTime() - 60 * 60 * 1000;
  for (const { name, used } of byAge.slice(keep))
    if (used < stale) rmSync(join(FRAMES_DIR, name), { recursive: true, force: true });
}
