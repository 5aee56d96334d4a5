/**
 * Runs once before all test files: installs Debian's Chromium when it is missing, so two
 * browser test files starting side by side never run apt-get at the same time.
 */
import { CORPUS_DIR, hasCorpus, sharedDataNotice } from './helpers/shared-data.ts';
import { ensureChromium } from './site/helpers/chromium.ts';

export default function setup(): void {
  // Said once per run, not once per skipped test: a fresh clone has no corpus or seeds beside it.
  for (const line of sharedDataNotice()) console.log(line);
  // CI has the corpus beside the clone: there a missing corpus is a broken checkout, not a skip.
  if (process.env.ERRATA_REQUIRE_CORPUS && !hasCorpus)
    throw new Error(`ERRATA_REQUIRE_CORPUS is set, but there is no corpus at ${CORPUS_DIR}.`);
  ensureChromium();
}
