/**
 * A build's progress as plain lines, for CI logs and anything that is not a terminal: a line
 * when a batch starts and when each step ends on it, and, within a long step, a line of how
 * far it is at most every `everyMs` (10 s) — or, when a step reports nothing for that long
 * (Astro's run, a large locale's search index), a line that says it is still at it. A
 * 30-locale build (~15 batches, ~6 min) never goes more than ~10 s without a line.
 */
import type { BuildProgress, BuildStep, StepProgress } from '../../pipeline/build-progress.ts';
import { batchPrefix, finished, phase, under, units } from './describe.ts';
import type { ProgressOutput } from './output.ts';

export class PlainProgress implements ProgressOutput {
  private readonly write: (line: string) => void;
  private readonly everyMs: number;
  private readonly now: () => number;
  private last: number;
  /** The steps under way, as they last reported, and when. */
  private readonly running = new Map<BuildStep, { event: StepProgress; at: number }>();
  private announced = 0;
  private readonly ticker: NodeJS.Timeout | undefined;

  constructor(options: { write: (line: string) => void; everyMs?: number; now?: () => number; tick?: boolean }) {
    this.write = (line) => {
      options.write(line);
      this.last = this.now();
    };
    this.everyMs = options.everyMs ?? 10_000;
    this.now = options.now ?? (() => performance.now());
    this.last = this.now();
    // A step that reports nothing for a while still gets its line.
    if (options.tick !== false) this.ticker = setInterval(() => this.heartbeat(), Math.min(1000, this.everyMs)).unref();
  }

  onProgress = (event: BuildProgress): void => {
    if (event.event === 'plan') {
      this.write(
        `Building ${units(event.locales.length, 'locales')} (${units(event.files, 'files')})${event.batches > 1 ? ` in ${event.batches} batches` : ''}`,
      );
      return;
    }
    if (event.event === 'kept') {
      this.write(`${batchPrefix(event)}${event.locales.join(', ')}: unchanged since the last build, nothing to do`);
      return;
    }
    if (event.event === 'start') {
      this.running.set(event.step, { event, at: this.now() });
      // A batch's first step (the check covers every batch: it has its own line when done).
      if (event.step === 'render' && event.batches > 1 && event.batch > this.announced) {
        this.announced = event.batch;
        this.write(`${batchPrefix(event)}${event.locales.join(', ')}: ${units(event.total, 'articles')}`);
      }
      return;
    }
    if (event.event === 'end') {
      this.running.delete(event.step);
      const where = event.step === 'check' || event.step === 'publish' ? '' : batchPrefix(event);
      this.write(`${where}${event.step}: ${finished(event)}`);
      return;
    }
    this.running.set(event.step, { event, at: this.now() });
    if (this.now() - this.last >= this.everyMs) this.heartbeat();
  };

  /** Every running step's line, when nothing was written for `everyMs`. */
  heartbeat(): void {
    if (this.running.size === 0 || this.now() - this.last < this.everyMs) return;
    const now = this.now();
    for (const { event, at } of this.running.values()) {
      const doing = phase(event);
      this.write(
        `${batchPrefix(event)}${event.step}: ${doing ? `${doing}, ` : ''}${under({ ...event, ms: event.ms + (now - at) })}`,
      );
    }
  }

  finish(): void {
    if (this.ticker) clearInterval(this.ticker);
  }
}
