/**
 * What a batch's part of the site is built from, in one hash: when an incremental build finds
 * a batch's fingerprint unchanged, the batch's pages, lists, media and search indexes are the
 * published ones already, and the batch starts no process at all (each costs ~1 s; at 30
 * locales, 15 batches). The fingerprint is deliberately wide: the templates, the engine, every
 * site-wide fact (versions of every slug, staleness, codes, locales, repository), the registry,
 * and — by size, modification time and inode — the batch's published articles, its media, and
 * the other locales' versions its fallback pages show.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../core/model.ts';
import { REGISTRY_FOLDER } from '../core/read/content-files.ts';
import type { SiteFacts } from '../page-data/site-data.ts';
import { fallbacksOf } from '../pages/fallback-pages.ts';

export interface BatchInputs {
  contentDir: string;
  /** A hash of the templates and every site-wide fact (build-site.ts `siteWideHash`). */
  siteWide: string;
  markdown: string;
  facts: SiteFacts;
  batch: readonly string[];
  /** The batch's articles that are published. */
  articles: readonly Article[];
}

export function batchFingerprint(inputs: BatchInputs): string {
  const hash = createHash('sha1');
  const { contentDir, facts, batch } = inputs;
  hash.update(`${inputs.siteWide}\0${inputs.markdown}\0`);
  const stamp = (file: string) => {
    try {
      const s = statSync(join(contentDir, file));
      hash.update(`${file}\0${s.size}\0${s.mtimeMs}\0${s.ino}\n`);
    } catch {
      hash.update(`${file}\0gone\n`);
    }
  };
  for (const name of listed(join(contentDir, REGISTRY_FOLDER))) stamp(`${REGISTRY_FOLDER}/${name}`);
  for (const article of [...inputs.articles].sort((a, b) => (a.file < b.file ? -1 : 1))) stamp(article.file);
  for (const locale of batch)
    for (const name of listed(join(contentDir, locale, 'media'))) stamp(`${locale}/media/${name}`);
  for (const f of fallbacksOf(facts, batch)) stamp(`${f.shown}/${f.slug}.md`);
  return hash.digest('hex');
}

function listed(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true }).map(String).sort();
  } catch {
    return [];
  }
}
