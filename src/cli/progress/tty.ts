/**
 * A build's progress on a terminal: a live line for the build (its batches, time so far and
 * left) and one for each step (check, render, layout, search) with done/total, rate, time
 * left and the batch it is on, redrawn in place by cli-progress's MultiBar (which keeps the
 * cursor's place across the lines, hides the cursor, stops the terminal wrapping long lines and
 * redraws at most 10 times a second, only what changed). The text of each line is errata's
 * (describe.ts, shared with the plain lines); cli-progress draws the bar and keeps the lines.
 *
 * What the steps' processes print themselves (Astro's warnings) goes to the same terminal
 * unseen by cli-progress: such a line pushes the live lines down and a copy of them stays above.
 */
import { styleText } from 'node:util';
import { MultiBar, type Options, type Params, type SingleBar } from 'cli-progress';
import type { BuildProgress, BuildStep, StepProgress } from '../../pipeline/build-progress.ts';
import { count, duration, finished, phase, under } from './describe.ts';
import type { ProgressOutput } from './output.ts';

const STEPS = ['check', 'render', 'layout', 'search'] as const satisfies readonly BuildStep[];
type LiveStep = (typeof STEPS)[number];

interface Line {
  label: string;
  text: string;
}

export class TtyProgress implements ProgressOutput {
  private readonly stream: NodeJS.WriteStream;
  private readonly multibar: MultiBar;
  private build: SingleBar | undefined;
  private readonly bars = new Map<LiveStep, SingleBar>();
  private batches = 1;
  private batch = 1;
  private batchLocales: string[] = [];
  private batchesDone = 0;
  private readonly started = performance.now();
  private firstBatchStarted: number | undefined;
  private stopped = false;
  private published = false;
  /** The steps under way, as they last reported, and when: their time so far moves on between reports. */
  private readonly running = new Map<LiveStep, { event: StepProgress; at: number }>();
  private readonly ticker: NodeJS.Timeout;

  constructor(stream: NodeJS.WriteStream = process.stdout, options: { fps?: number } = {}) {
    this.stream = stream;
    const style = (format: Parameters<typeof styleText>[0], text: string) => styleText(format, text, { stream });
    const format = (options: Options, params: Params, payload: Line): string => {
      const size = options.barsize ?? 20;
      const full = Math.round(Math.max(0, Math.min(1, params.progress)) * size);
      const bar =
        style('green', (options.barCompleteChar ?? '█').repeat(full)) +
        style('dim', (options.barIncompleteChar ?? '░').repeat(size - full));
      return `${style('bold', payload.label.padEnd(7))} ${bar} ${payload.text}`;
    };
    this.multibar = new MultiBar({
      stream,
      format,
      barsize: 20,
      barCompleteChar: '█',
      barIncompleteChar: '░',
      hideCursor: true,
      fps: options.fps ?? 10,
      // Ctrl-C: the build exits at once (build-site.ts); the 'exit' listener below puts the cursor back.
      gracefulExit: false,
    });
    process.once('exit', this.finish);
    this.ticker = setInterval(() => this.tick(), 1000).unref();
  }

  /** Once a second: the time so far of the steps that report nothing for a while (Astro's run), and the build's. */
  private tick(): void {
    const now = performance.now();
    for (const [step, { event, at }] of this.running)
      this.bars
        .get(step)
        ?.update({ label: step, text: this.text({ ...event, ms: event.ms + (now - at) }) } satisfies Line);
    this.updateBuild();
  }

  onProgress = (event: BuildProgress): void => {
    if (event.event === 'plan') {
      this.batches = Math.max(1, event.batches);
      this.build = this.multibar.create(this.batches, 0, {
        label: 'build',
        text: `${event.locales.length} locales, ${count(event.files)} files`,
      } satisfies Line);
      for (const step of STEPS)
        this.bars.set(
          step,
          this.multibar.create(1, 0, {
            label: step,
            text: styleText('dim', 'waiting', { stream: this.stream }),
          } satisfies Line),
        );
      return;
    }
    if (event.event === 'kept') {
      this.batchesDone++;
      this.onBatch(event.batch, event.locales);
      this.updateBuild();
      return;
    }
    if (event.step === 'publish') {
      if (event.event === 'end') this.published = true;
      if (event.event === 'end')
        this.build?.update(this.batches, {
          label: 'build',
          text: `${this.batches > 1 ? `${this.batches} batches, ` : ''}published in ${duration(performance.now() - this.started)}`,
        } satisfies Line);
      return;
    }
    if (event.step !== 'check') this.onBatch(event.batch, event.locales);
    const bar = this.bars.get(event.step);
    if (!bar) return;
    if (event.event === 'end') this.running.delete(event.step);
    else this.running.set(event.step, { event, at: performance.now() });
    bar.setTotal(Math.max(1, event.total));
    bar.update(event.event === 'end' ? Math.max(1, event.total) : event.done, {
      label: event.step,
      text: this.text(event),
    } satisfies Line);
    // A batch is done when its search indexes are (the layout's end comes before, or beside).
    if (event.step === 'search' && event.event === 'end') this.batchesDone++;
    this.updateBuild();
  };

  private onBatch(batch: number, locales: string[]): void {
    this.firstBatchStarted ??= performance.now();
    if (batch === this.batch && this.batchLocales.length > 0) return;
    this.batch = batch;
    this.batchLocales = locales;
  }

  private text(event: StepProgress): string {
    const where = event.batches > 1 && event.step !== 'check' ? ` · batch ${event.batch}/${event.batches}` : '';
    if (event.event === 'end') return `${finished(event)}${where}`;
    const doing = phase(event);
    const checking = event.step === 'check' && event.batches > 1 ? ` · batch ${event.batch}/${event.batches}` : '';
    return `${doing ? `${doing}: ` : ''}${under(event)}${where}${checking}`;
  }

  private updateBuild(): void {
    if (this.published) return;
    const elapsed = performance.now() - this.started;
    const since = this.firstBatchStarted === undefined ? undefined : performance.now() - this.firstBatchStarted;
    // Time left: the batches so far took this long each.
    const left =
      since !== undefined && this.batchesDone > 0 && this.batchesDone < this.batches
        ? (since / this.batchesDone) * (this.batches - this.batchesDone)
        : undefined;
    const batch =
      this.batches > 1
        ? `batch ${Math.min(this.batch, this.batches)}/${this.batches}${this.batchLocales.length ? ` (${this.batchLocales.join(', ')})` : ''} · `
        : '';
    this.build?.update(this.batchesDone, {
      label: 'build',
      text: `${batch}${duration(elapsed)}${left === undefined ? '' : ` · about ${duration(left)} left`}`,
    } satisfies Line);
  }

  finish = (): void => {
    if (this.stopped) return;
    this.stopped = true;
    process.off('exit', this.finish);
    clearInterval(this.ticker);
    if (this.build) this.multibar.stop();
  };
}
