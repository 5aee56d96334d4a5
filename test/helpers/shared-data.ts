/**
 * Where the tests find the shared data that does not ship with errata: the corpus of real
 * articles and the five seed articles. A fresh clone has neither beside it, so both are
 * optional: `ERRATA_CORPUS` and `ERRATA_SEEDS` name them (default `../shared/corpus` and
 * `../shared/seeds` beside the repository; a relative path is taken from the repository).
 * Corpus tests skip without the corpus (helpers/corpus.ts); seed tests read the copies
 * bundled in content/, checked against committed checksums (helpers/seeds.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const REPO_DIR = new URL('../../', import.meta.url).pathname;

export const CORPUS_DIR = resolve(REPO_DIR, process.env.ERRATA_CORPUS || '../shared/corpus');
export const SEEDS_DIR = resolve(REPO_DIR, process.env.ERRATA_SEEDS || '../shared/seeds');

function holds(dir: string, test: (name: string) => boolean): boolean {
  try {
    return existsSync(dir) && readdirSync(dir).some(test);
  } catch {
    return false;
  }
}

export const hasCorpus = holds(CORPUS_DIR, (name) => name.endsWith('.tar.gz'));
export const hasSeeds = holds(SEEDS_DIR, (name) => name.endsWith('.txt'));

/** One line per missing source, for the global setup to print once per run. */
export function sharedDataNotice(): string[] {
  const lines: string[] = [];
  if (!hasCorpus)
    lines.push(`errata tests: no corpus at ${CORPUS_DIR} (set ERRATA_CORPUS): the corpus tests are skipped.`);
  if (!hasSeeds)
    lines.push(
      `errata tests: no seeds at ${SEEDS_DIR} (set ERRATA_SEEDS): seed tests read the copies in content/, checked against test/helpers/seed-checksums.json.`,
    );
  return lines;
}
