/**
 * `errata build --json`: one JSON object a line on stdout, for scripts — the build's progress
 * events as they happen (build-progress.ts: `plan`, then `start` / `progress` / `end` of each
 * step on each batch, `kept` for a batch unchanged since the last build), then one `summary`.
 * `progress` events come at most every 200 ms per step's process.
 */
import type { BuildProgress } from '../../pipeline/build-progress.ts';
import type { ProgressOutput } from './output.ts';

export class JsonProgress implements ProgressOutput {
  private readonly write: (line: string) => void;
  constructor(write: (line: string) => void) {
    this.write = write;
  }

  onProgress = (event: BuildProgress): void => {
    this.write(JSON.stringify(event));
  };

  finish(): void {}
}
