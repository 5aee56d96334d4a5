/** `errata build --quiet`: no progress at all; the summary and errors only. */
import type { ProgressOutput } from './output.ts';

export class QuietProgress implements ProgressOutput {
  onProgress(): void {}
  finish(): void {}
}
