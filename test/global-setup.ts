/**
 * Runs once before all test files: installs Debian's Chromium when it is missing, so two
 * browser test files starting side by side never run apt-get at the same time; and gives the
 * run a temporary folder of its own, removed when the run ends.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CORPUS_DIR, hasCorpus, sharedDataNotice } from './helpers/shared-data.ts';
import { ensureChromium } from './site/helpers/chromium.ts';

export default function setup(): () => Promise<void> {
  // Said once per run, not once per skipped test: a fresh clone has no corpus or seeds beside it.
  for (const line of sharedDataNotice()) console.log(line);
  // CI has the corpus beside the clone: there a missing corpus is a broken checkout, not a skip.
  if (process.env.ERRATA_REQUIRE_CORPUS && !hasCorpus)
    throw new Error(`ERRATA_REQUIRE_CORPUS is set, but there is no corpus at ${CORPUS_DIR}.`);
  ensureChromium();
  return useRunTempDir();
}

/**
 * Points TMPDIR, which the test workers and every process they start inherit, at one folder for
 * this run, and returns the teardown that removes it. A full run writes ~6 GB there (corpus
 * copies, built sites, Chromium profiles); left behind, a few runs fill a shared disk, and a
 * suite that then cannot make a folder fails in ways that say nothing of the code.
 * ERRATA_TEST_TMP names a folder to use and keep instead: the next run reuses the corpus copies
 * and the built site found there.
 */
function useRunTempDir(): () => Promise<void> {
  const kept = process.env.ERRATA_TEST_TMP;
  const dir = kept ? resolve(kept) : mkdtempSync(join(tmpdir(), 'errata-tests-'));
  mkdirSync(dir, { recursive: true });
  process.env.TMPDIR = dir;
  // Asynchronous: removing ~6 GB synchronously blocks Vitest's main process for seconds, and the
  // test workers it is stopping then time out ("Timeout terminating forks worker").
  return async () => {
    if (!kept) await rm(dir, { recursive: true, force: true, maxRetries: 3 });
  };
}
