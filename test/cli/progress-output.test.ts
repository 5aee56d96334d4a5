/** The renderers of a build's progress (src/cli/progress/), fed events by hand: plain lines, the terminal's live lines, the choice between them. */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { BuildProgress, StepProgress } from '../../src/pipeline/build-progress.ts';
import { progressMode } from '../../src/cli/progress/output.ts';
import { PlainProgress } from '../../src/cli/progress/plain.ts';
import { TtyProgress } from '../../src/cli/progress/tty.ts';

const step = (event: StepProgress['event'], fields: Partial<StepProgress>): StepProgress => ({
  event,
  step: 'render',
  batch: 3,
  batches: 15,
  locales: ['de-de', 'fr-fr'],
  done: 0,
  total: 6000,
  unit: 'pages',
  ms: 0,
  ...fields,
});

describe('progressMode', () => {
  it('draws live lines on a terminal outside CI, plain lines in CI or into a pipe, and what --json and --quiet ask', () => {
    expect(progressMode({ json: false, quiet: false }, { isTTY: true }, {})).toBe('tty');
    expect(progressMode({ json: false, quiet: false }, { isTTY: true }, { CI: 'true' })).toBe('plain');
    expect(progressMode({ json: false, quiet: false }, { isTTY: true }, { CI: 'false' })).toBe('tty');
    expect(progressMode({ json: false, quiet: false }, { isTTY: false }, {})).toBe('plain');
    expect(progressMode({ json: true, quiet: false }, { isTTY: true }, {})).toBe('json');
    expect(progressMode({ json: false, quiet: true }, { isTTY: false }, {})).toBe('quiet');
  });
});

describe('PlainProgress', () => {
  it('prints a line as each step ends, and within a step at most every 10 s — or when it has said nothing for 10 s', () => {
    let now = 0;
    const lines: string[] = [];
    const plain = new PlainProgress({
      write: (line) => lines.push(`${now / 1000}s ${line}`),
      now: () => now,
      tick: false,
    });
    plain.onProgress({ event: 'plan', batches: 15, locales: ['de-de', 'fr-fr'], files: 87_000 });
    plain.onProgress(step('start', {}));
    for (let second = 1; second <= 25; second++) {
      now = second * 1000;
      plain.onProgress(step('progress', { done: second * 200, ms: second * 1000 }));
    }
    // Nothing reported for 12 s: the heartbeat says where the step is.
    now = 37_000;
    plain.heartbeat();
    now = 38_000;
    plain.onProgress(step('end', { done: 6000, ms: 38_000 }));
    plain.onProgress({ event: 'kept', batch: 4, batches: 15, locales: ['ja-jp'] });
    plain.finish();
    expect(lines).toEqual([
      '0s Building 2 locales (87,000 files) in 15 batches',
      '0s [batch 3/15] de-de, fr-fr: 6,000 articles',
      '10s [batch 3/15] render: 2,000/6,000 pages (33%), 200 pages/s, about 20.0 s left, 10.0 s so far',
      '20s [batch 3/15] render: 4,000/6,000 pages (66%), 200 pages/s, about 10.0 s left, 20.0 s so far',
      '37s [batch 3/15] render: 5,000/6,000 pages (83%), 135 pages/s, about 7.4 s left, 37.0 s so far',
      '38s [batch 3/15] render: 6,000 pages in 38.0 s (158 pages/s)',
      '38s [batch 4/15] ja-jp: unchanged since the last build, nothing to do',
    ]);
  });

  it('says nothing of batches in a build of one', () => {
    const lines: string[] = [];
    const plain = new PlainProgress({ write: (line) => lines.push(line), tick: false });
    plain.onProgress({ event: 'plan', batches: 1, locales: ['de-de'], files: 1 });
    plain.onProgress(step('start', { batch: 1, batches: 1, total: 1 }));
    plain.onProgress(step('end', { batch: 1, batches: 1, done: 1, total: 1, ms: 20 }));
    expect(lines).toEqual(['Building 1 locale (1 file)', 'render: 1 page in 20 ms']);
  });
});

describe('TtyProgress', () => {
  it('keeps a live line for the build and for each step, redrawn in place, with done/total, rate, time left and batch', async () => {
    let written = '';
    const stream = Object.assign(
      new Writable({
        write: (chunk, _encoding, done) => {
          written += String(chunk);
          done();
        },
      }),
      { isTTY: true, columns: 200, rows: 40 },
    ) as unknown as NodeJS.WriteStream;
    const tty = new TtyProgress(stream, { fps: 100 });
    const events: BuildProgress[] = [
      { event: 'plan', batches: 15, locales: ['de-de', 'fr-fr'], files: 87_000 },
      { ...step('end', { step: 'check', done: 87_000, total: 87_000, unit: 'files', ms: 40_000 }) },
      { event: 'kept', batch: 1, batches: 15, locales: ['ar-sa'] },
      step('start', {}),
      step('progress', { done: 3000, ms: 10_000 }),
    ];
    for (const event of events) tty.onProgress(event);
    await new Promise((done) => setTimeout(done, 50));
    tty.finish();
    const text = written.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
    expect(written).toContain('\x1b[?25l');
    expect(text).toMatch(/check +█{20} 87,000 files in 40\.0 s \(2,175 files\/s\)/);
    expect(text).toMatch(
      /render +█{10}░{10} 3,000\/6,000 pages \(50%\), 300 pages\/s, about 10\.0 s left, 10\.0 s so far · batch 3\/15/,
    );
    expect(text).toMatch(/layout +░{20} waiting/);
    expect(text).toMatch(/build +█░{19} batch 3\/15 \(de-de, fr-fr\) · /);
  });
});
