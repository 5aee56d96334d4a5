/**
 * Runs once before all test files: installs Debian's Chromium when it is missing, so two
 * browser test files starting side by side never run apt-get at the same time.
 */
import { sharedDataNotice } from './helpers/shared-data.ts';
import { ensureChromium } from './site/helpers/chromium.ts';

export default function setup(): void {
  // Said once per run, not once per skipped test: a fresh clone has no corpus or seeds beside it.
  for (const line of sharedDataNotice()) console.log(line);
  ensureChromium();
}
