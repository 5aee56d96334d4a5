/**
 * Runs once before all test files: installs Debian's Chromium when it is missing, so two
 * browser test files starting side by side never run apt-get at the same time.
 */
import { ensureChromium } from './site/helpers/chromium.ts';

export default function setup(): void {
  ensureChromium();
}
