/**
 * What the last build into the same output folder left (its manifest, page-manifest.ts), and
 * what this build may keep of it: with the same locales and templates, only what changed is
 * built again, and a batch whose inputs did not change is kept as it was published.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteFacts } from '../page-data/site-data.ts';
import { forgetManifest, keepPages, readManifest, templateHash, type PageManifest } from '../pages/page-manifest.ts';
import { pruneFrames } from '../pages/frame-store.ts';
import { uiStringsDir } from '../core/i18n/ui-strings.ts';
import { PROJECT_ROOT } from '../process/project-root.ts';
import { batchKey } from './render/share-planner.ts';

export interface LastBuild {
  /** The templates' hash (page-manifest.ts `templateHash`). */
  template: string;
  /** The templates and every fact of the site: what the root pages are laid out from, and part of every batch's fingerprint. */
  siteWide: string;
  /** The last build's manifest, when this build writes only what changed. */
  previous: PageManifest | undefined;
  /** The root pages must be laid out: a full build, the facts changed, or one is gone from the site. */
  rootPagesDue: boolean;
}

export function lastBuild(options: {
  cacheDir: string;
  outDir: string;
  locales: string[];
  facts: SiteFacts;
}): LastBuild {
  const { cacheDir, outDir, locales, facts } = options;
  const template = templateHash(PROJECT_ROOT, uiStringsDir(), facts);
  const manifest = readManifest(cacheDir, outDir, template);
  // The same output folder, locales and templates as last time: write only what changed.
  const previous = manifest !== undefined && sameLocales(manifest, locales) ? manifest : undefined;
  // A full build writes the whole site into the staging folder; an incremental one only what changed.
  if (!previous) forgetManifest(cacheDir, outDir);
  pruneFrames(template);
  const siteWide = createHash('sha1').update(template).update(JSON.stringify(facts)).digest('hex');
  // The root pages (/, /status/ and its pages, the sitemap index, codes.json) come from the facts alone: the first batch
  // built lays them out, in a full build, or when the facts changed since the last one, or when one is gone from the site.
  const rootPagesDue =
    !previous || previous.rootPages !== siteWide || ROOT_PAGES.some((page) => !existsSync(join(outDir, page)));
  return { template, siteWide, previous, rootPagesDue };
}

/** Root pages every site has (the others come with them, from the same Astro run). */
const ROOT_PAGES = ['index.html', '404.html', 'status/index.html', 'sitemap.xml'];

/** An incremental build must cover exactly the locales the last one did. */
function sameLocales(previous: PageManifest, locales: string[]): boolean {
  const before = new Set(previous.locales);
  return before.size === locales.length && locales.every((l) => before.has(l));
}

/** Whether the batch is built from exactly what the last build published for it. */
export function unchangedBatch(previous: PageManifest, batch: readonly string[], fingerprint: string): boolean {
  const key = batchKey(batch);
  return previous.batches?.[key] === fingerprint && previous.localePages?.[key] !== undefined;
}

/** The manifest entries of a batch that was not built again: its pages, search indexes and lists as they were. */
export function keepPublished(previous: PageManifest, manifest: PageManifest, batch: readonly string[]): void {
  for (const locale of batch) keepPages(previous, manifest.pagesDir, locale);
  for (const locale of batch)
    if (previous.search?.[locale] !== undefined) manifest.search![locale] = previous.search[locale];
  manifest.localePages![batchKey(batch)] = previous.localePages![batchKey(batch)]!;
}
