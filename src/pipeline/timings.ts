/**
 * The build's timing lines, printed after its summary (`errata build`, bench:build): one line per
 * step of each batch, `<step> <time> (<what it did>)`, in the order the steps ran. Every step is
 * timed by `timed()`, so every line has the same form and no step formats its own.
 */
export class Timings {
  readonly lines: string[];
  readonly #prefix: string;

  constructor(lines: string[] = [], prefix = '') {
    this.lines = lines;
    this.#prefix = prefix;
  }

  /** The same lines, each added with `prefix` before it: `batch 2/4 (fr-fr): ` when the build has batches. */
  withPrefix(prefix: string): Timings {
    return new Timings(this.lines, prefix);
  }

  /** Runs `step`, then adds its line: its name, how long it took and, from its result, what it did. */
  async timed<T>(name: string, step: () => Promise<T>, detail?: (result: T) => string): Promise<T> {
    const started = performance.now();
    const result = await step();
    this.add(`${name} ${ms(performance.now() - started)}${detail ? ` (${detail(result)})` : ''}`);
    return result;
  }

  /** A line that is no step's time: a share's own figures, a batch kept as it was. */
  add(line: string): void {
    this.lines.push(`${this.#prefix}${line}`);
  }
}

/** 850 ms, 12.3 s. */
export function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
}
