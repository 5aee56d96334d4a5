/**
 * What a build tells its caller as it goes (`BuildOptions.onProgress`): structured events, one
 * at each step's start and end on each batch of locales, and counts in between. How they are
 * shown (a live line per step on a terminal, plain lines in CI, JSON for scripts) is the
 * caller's: src/cli/progress/.
 */

/** The steps of a build, in the order each batch goes through them (the check covers every batch at once, first). */
export type BuildStep = 'check' | 'render' | 'layout' | 'search' | 'publish';

/** What a step counts: the check files, rendering and layout pages, search the locales it indexes. */
export type ProgressUnit = 'files' | 'pages' | 'locales';

export interface StepProgress {
  /** `start`: the step begins on the batch; `progress`: `done` moved; `end`: the step is done with the batch. */
  event: 'start' | 'progress' | 'end';
  step: BuildStep;
  /** The batch of locales (1-based) and how many there are (locale-batches.ts). */
  batch: number;
  batches: number;
  /** The batch's locales; for the check, the locales of the batch it is checking. */
  locales: string[];
  /** Done so far and the total, in `unit`: of the batch, except for the check, which counts over every batch. */
  done: number;
  total: number;
  unit: ProgressUnit;
  /** Since the step started on this batch (the check: since it started). */
  ms: number;
  /** What the step is doing now, when it does things one after the other (layout: `astro`, then `pages`). */
  phase?: string;
}

/** The build's plan, before anything runs: its batches and the files it checks. */
export interface BuildPlanned {
  event: 'plan';
  batches: number;
  locales: string[];
  /** Markdown files of those locales. */
  files: number;
}

/** A batch none of whose inputs changed since the last build: no step runs for it. */
export interface BatchKept {
  event: 'kept';
  batch: number;
  batches: number;
  locales: string[];
}

export type BuildProgress = BuildPlanned | StepProgress | BatchKept;

/**
 * One step's events on one batch: `start`, any number of `update`s (sent on when something
 * moved), `end`. `total` may grow once the step knows better (the shares report their pages);
 * the check moves from batch to batch within its one run.
 */
export class StepReporter {
  private readonly started = performance.now();
  private readonly state: Omit<StepProgress, 'event' | 'ms'>;
  private readonly emit: ((event: BuildProgress) => void) | undefined;
  private sent = '';
  constructor(
    emit: ((event: BuildProgress) => void) | undefined,
    fixed: Pick<StepProgress, 'step' | 'batch' | 'batches' | 'locales' | 'unit' | 'total'>,
  ) {
    this.emit = emit;
    this.state = { ...fixed, done: 0 };
    this.send('start');
  }

  update(change: Partial<Pick<StepProgress, 'done' | 'total' | 'phase' | 'batch' | 'locales'>>): void {
    Object.assign(this.state, change);
    this.send('progress');
  }

  end(done = this.state.total): void {
    this.state.done = done;
    delete this.state.phase;
    this.send('end');
  }

  private send(event: StepProgress['event']): void {
    const { phase, ...rest } = this.state;
    const now: StepProgress = {
      event,
      ...rest,
      total: Math.max(rest.total, rest.done),
      ms: Math.round(performance.now() - this.started),
      ...(phase ? { phase } : {}),
    };
    // A progress event that says nothing new is not sent.
    const key = JSON.stringify({ ...now, event: undefined, ms: undefined });
    if (event === 'progress' && key === this.sent) return;
    this.sent = key;
    this.emit?.(now);
  }
}
