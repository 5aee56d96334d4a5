/**
 * The shared corpus as errata content directories: `live` and `live-sxs`, five locales each,
 * imported with `errata import` (the same code writers use). Made once per test run in its temp folder.
 * The corpus is found through `ERRATA_CORPUS` (helpers/shared-data.ts); where it is absent,
 * `describeWithCorpus` / `itWithCorpus` skip (the global setup says why, once).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { importDocset } from '../../src/core/import/import-docset.ts';
import { madeOnce } from './made-once.ts';
import { CORPUS_DIR, hasCorpus } from './shared-data.ts';

export { CORPUS_DIR, hasCorpus };

/** `describe` that runs only where the corpus is. */
export const describeWithCorpus = describe.skipIf(!hasCorpus);
/** `it` that runs only where the corpus is. */
export const itWithCorpus = it.skipIf(!hasCorpus);
export type Flavor = 'live' | 'live-sxs';

export function corpusArchives(flavor: Flavor): { locale: string; archive: string }[] {
  const pattern =
    flavor === 'live' ? /^alchemyinsights-(.+?)-live\.tar\.gz$/ : /^alchemyinsights-(.+?)-live-sxs\.tar\.gz$/;
  return readdirSync(CORPUS_DIR).flatMap((name) => {
    const match = pattern.exec(name);
    return match ? [{ locale: match[1]!.toLowerCase(), archive: join(CORPUS_DIR, name) }] : [];
  });
}

/**
 * A content directory holding every locale of one corpus flavour (5 plain, 30 side by side); made
 * once per root, however many test files ask for it at the same time (made-once.ts).
 */
export async function corpusContent(flavor: Flavor, root = join(tmpdir(), 'errata-corpus')): Promise<string> {
  const contentDir = join(root, flavor, 'content');
  await madeOnce(join(root, flavor), async () => {
    for (const { locale, archive } of corpusArchives(flavor)) {
      const unpacked = join(root, flavor, 'unpacked', locale);
      mkdirSync(unpacked, { recursive: true });
      execFileSync('tar', ['-xzf', archive, '-C', unpacked]);
      await importDocset({ from: join(unpacked, 'AlchemyInsights'), locale, contentDir });
    }
    // The registry ships with errata's bundled content; it registers the corpus's codes.
    cpSync(new URL('../../content/error-codes/', import.meta.url).pathname, join(contentDir, 'error-codes'), {
      recursive: true,
    });
  });
  return contentDir;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function countMarkdown(dir: string): number {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.toLowerCase().endsWith('.md')).length;
}
