/**
 * Incremental output: what each page of the last build was made from, so the next build
 * writes only the pages whose inputs changed. A page's hash covers its data and HTML; the
 * template hash covers everything that shapes every page (layouts, UI strings, locales).
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { SiteFacts, SitePage } from '../page-data/site-data.ts';

export interface PageManifest {
  templateHash: string;
  outDir: string;
  /** The locales the build covered. */
  locales: string[];
  /**
   * The folder (in the cache) with each locale's pages' hashes, a file per locale (`pagesOf`):
   * page URL → hash of what it was built from. A file per locale, so that no step of a build
   * holds the whole site's (87,000 entries at 30 locales).
   */
  pagesDir: string;
  /** Batch (its locales, joined by commas) → what it was built from (batch-fingerprint.ts). */
  batches?: Record<string, string>;
  /** locale → hash of the pages its search index was built from */
  search?: Record<string, string>;
  /** Batch (its locales, joined by commas) → hash of what its locales' homes, 404 pages and sitemaps were built from. */
  localePages?: Record<string, string>;
  /** Hash of what the root pages were laid out from (build-site.ts `siteWideHash`). */
  rootPages?: string;
}

function manifestName(outDir: string): string {
  return `manifest-${createHash('sha1').update(resolve(outDir)).digest('hex').slice(0, 16)}`;
}

function manifestFile(cacheDir: string, outDir: string): string {
  return join(cacheDir, `${manifestName(outDir)}.json`);
}

export function readManifest(cacheDir: string, outDir: string, templateHash: string): PageManifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(manifestFile(cacheDir, outDir), 'utf8')) as PageManifest;
    const whole =
      Array.isArray(manifest.locales) && typeof manifest.pagesDir === 'string' && existsSync(manifest.pagesDir);
    return whole && manifest.templateHash === templateHash && existsSync(outDir) ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/** A new, empty folder for a build's pages' hashes; the manifest names it once the build is published. */
export function newPagesDir(cacheDir: string, outDir: string): string {
  mkdirSync(cacheDir, { recursive: true });
  return mkdtempSync(join(cacheDir, `${manifestName(outDir)}-pages-`));
}

/** One locale's pages' hashes (none when the manifest has no pages of it). */
export function pagesOf(manifest: Pick<PageManifest, 'pagesDir'>, locale: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(pagesFile(manifest.pagesDir, locale), 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

/** The pages' hashes of a batch just built, into the new folder, a file per locale. */
export function writePages(pagesDir: string, pages: Record<string, string>): void {
  const byLocale = new Map<string, Record<string, string>>();
  for (const [url, hash] of Object.entries(pages)) {
    const locale = url.split('/')[1]!;
    const entries = byLocale.get(locale) ?? {};
    entries[url] = hash;
    byLocale.set(locale, entries);
  }
  for (const [locale, entries] of byLocale) writeFileSync(pagesFile(pagesDir, locale), JSON.stringify(entries));
}

/** A locale's pages' hashes as the last build left them, for a batch that was not built again. */
export function keepPages(previous: PageManifest, pagesDir: string, locale: string): void {
  const file = pagesFile(previous.pagesDir, locale);
  if (existsSync(file)) copyFileSync(file, pagesFile(pagesDir, locale));
}

function pagesFile(pagesDir: string, locale: string): string {
  return join(pagesDir, `${encodeURIComponent(locale)}.json`);
}

/** Points the manifest at its pages' folder, then lets the earlier builds' folders go. */
export function writeManifest(cacheDir: string, manifest: PageManifest): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileAtomic.sync(manifestFile(cacheDir, manifest.outDir), JSON.stringify(manifest));
  removePagesDirs(cacheDir, manifest.outDir, manifest.pagesDir);
}

export function forgetManifest(cacheDir: string, outDir: string): void {
  rmSync(manifestFile(cacheDir, outDir), { force: true });
  removePagesDirs(cacheDir, outDir);
}

/** The pages' folders of an output folder's manifests (of finished or failed builds), but `keep`. */
function removePagesDirs(cacheDir: string, outDir: string, keep?: string): void {
  const prefix = `${manifestName(outDir)}-pages-`;
  if (!existsSync(cacheDir)) return;
  for (const name of readdirSync(cacheDir)) {
    if (name.startsWith(prefix) && join(cacheDir, name) !== keep)
      rmSync(join(cacheDir, name), { recursive: true, force: true });
  }
}

/** Everything besides a page's own data that shapes its HTML. */
export function templateHash(projectRoot: string, uiStringsDir: string, facts: SiteFacts): string {
  const hash = createHash('sha1');
  // src/pages makes the frames and src/pipeline lays them out; src/dev lays frames out too (dev-layout.ts): frames made by an older dev are not reused either.
  for (const dir of [
    join(projectRoot, 'src/site'),
    join(projectRoot, 'src/pages'),
    join(projectRoot, 'src/pipeline'),
    join(projectRoot, 'src/dev'),
    uiStringsDir,
  ]) {
    for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
      const path = join(dir, name);
      try {
        hash.update(name).update(readFileSync(path));
      } catch {
        // A folder.
      }
    }
  }
  hash.update(readFileSync(join(projectRoot, 'astro.config.mjs')));
  // Another Astro may lay pages out (or escape values) differently: its page frames are not reused.
  try {
    hash.update(readFileSync(join(projectRoot, 'node_modules/astro/package.json')));
  } catch {
    // Astro installed elsewhere (hoisted): its version is not in the hash; delete .errata-cache/ after upgrading it.
  }
  // Page counts show only on root pages, which are written whenever any fact changes (build-site.ts `siteWideHash`).
  hash.update(
    JSON.stringify({
      locales: facts.locales.map(({ pageCount: _, ...locale }) => locale),
      site: facts.site,
      source: facts.sourceLocale,
      repository: facts.repository,
    }),
  );
  return hash.digest('hex');
}

export function pageHash(page: SitePage): string {
  return createHash('sha1').update(JSON.stringify(page)).digest('base64url');
}

/** What lists of pages (homes, sitemaps, the code index) show of a page: all but its body. */
export function listingHash(page: SitePage): string {
  const { html: _html, bodyKey: _bodyKey, headings: _headings, description: _description, ...listed } = page;
  return createHash('sha1').update(JSON.stringify(listed)).digest('base64url');
}

/** One hash over many `url → hash` entries, whatever order they arrive in. */
export function combinedHash(entries: Iterable<[string, string]>): string {
  const hash = createHash('sha1');
  for (const [url, value] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    hash.update(url).update('\0').update(value).update('\n');
  return hash.digest('base64url');
}
