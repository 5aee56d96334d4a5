/**
 * `errata build` says how far it is while it runs: plain lines when its output is not a
 * terminal (CI logs), one as each step ends on each batch, before the summary; --quiet the
 * summary alone; --json one JSON object a line; on a terminal, live lines (tested under a
 * pseudo-terminal, `script`, where there is one).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostics/diagnostic.ts';
import { REPO, tempDir } from '../helpers/content.ts';
import { errata } from '../helpers/cli.ts';
import { multiLocaleContent } from '../pipeline/helpers/multi-locale.ts';

/** Each line of stdout with the moment it arrived, as a CI log sees them. */
function buildStreaming(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; lines: Array<{ text: string; at: number }>; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(REPO, 'bin/errata.js'), 'build', ...args], {
      cwd: REPO,
      env: { ...process.env, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: Array<{ text: string; at: number }> = [];
    let pending = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const parts = (pending + chunk).split('\n');
      pending = parts.pop()!;
      const at = performance.now();
      for (const text of parts) lines.push({ text, at });
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, lines, stderr }));
  });
}

describe('errata build progress', () => {
  let content: string;
  beforeAll(() => {
    content = multiLocaleContent();
  });

  it('prints a plain line as each step ends on each batch, while the build runs, before the summary, timings and errors', async () => {
    const out = tempDir('errata-progress-');
    const run = await buildStreaming(['--content', content, '--out', out, '--keep-going'], {
      ERRATA_BATCH_PAGES: '5',
      CI: '',
    });
    expect(run.status, run.stderr).toBe(0);
    const texts = run.lines.map((l) => l.text);
    const summary = run.lines.find((l) => l.text.startsWith('Built: '))!;
    expect(summary, texts.join('\n')).toBeDefined();
    expect(texts[0]).toBe('Building 6 locales (21 files) in 4 batches');
    expect(texts).toContainEqual(expect.stringMatching(/^check: 21 files in \d/));
    for (let batch = 1; batch <= 4; batch++) {
      for (const step of ['render', 'layout', 'search']) {
        const line = run.lines.find((l) => l.text.startsWith(`[batch ${batch}/4] ${step}: `));
        expect(line, `batch ${batch} ${step}\n${texts.join('\n')}`).toBeDefined();
        // Printed as the step ended, not with the summary: it arrived before it did.
        expect(line!.at).toBeLessThan(summary.at);
        expect(texts.indexOf(line!.text)).toBeLessThan(texts.indexOf(summary.text));
      }
    }
    expect(texts).toContainEqual('[batch 4/4] ja-jp, ko-kr, zh-tw: 5 articles');
    expect(texts).toContainEqual(expect.stringMatching(/^\[batch 4\/4\] search: 3 locales in /));
    // The first batch's lines came well before the last batch's: seconds of Astro and Pagefind apart.
    const first = run.lines.find((l) => l.text.startsWith('[batch 1/4] search: '))!;
    expect(summary.at - first.at).toBeGreaterThan(500);
    // The summary and the timings the build tests read are still there, after the progress.
    expect(texts.slice(texts.indexOf(summary.text) + 1)).toContainEqual(
      expect.stringMatching(/^ {2}batch 4\/4 \(ja-jp, ko-kr, zh-tw\): render /),
    );
    // Last, each error at file:line:column with its rule, as the report has them, and where to see how to fix them.
    const total = texts.findIndex((text) => /^ {2}total /.test(text));
    expect(total, texts.join('\n')).toBeGreaterThan(texts.indexOf(summary.text));
    const report = JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8')) as {
      files: Array<{ diagnostics: Diagnostic[] }>;
    };
    const errors = report.files.flatMap((f) => f.diagnostics).filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(3);
    expect(texts.slice(total + 1)).toEqual([
      ...errors.map((d) => `  error    ${d.file}:${d.line}:${d.column}  ${d.message}  ${d.rule}`),
      '  "errata check" shows each with its source line and how to fix it.',
    ]);
  }, 300_000);

  it('--quiet prints only the summary line', () => {
    const run = errata(['build', '--content', content, '--out', tempDir('errata-quiet-'), '--keep-going', '--quiet']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Built: 20 pages, 1 files skipped, 3 errors, 0 warnings → \S+build-report\.json\n$/);
    expect(run.stderr).toBe('');
  }, 300_000);

  it("--json prints one JSON object a line: the plan, each step's start, progress and end, then the summary", () => {
    const out = tempDir('errata-json-');
    const run = errata(['build', '--content', content, '--out', out, '--keep-going', '--json']);
    expect(run.status, run.stderr).toBe(0);
    const events = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(events[0]).toMatchObject({
      event: 'plan',
      batches: 1,
      files: 21,
      locales: ['de-de', 'en-us', 'fr-fr', 'ja-jp', 'ko-kr', 'zh-tw'],
    });
    for (const step of ['check', 'render', 'layout', 'search', 'publish']) {
      expect(
        events.filter((e) => e.step === step && e.event === 'start'),
        step,
      ).toHaveLength(1);
      const end = events.find((e) => e.step === step && e.event === 'end');
      expect(end, step).toMatchObject({ batch: 1, batches: 1 });
      expect(end!.done).toBe(end!.total);
    }
    expect(events.find((e) => e.step === 'check' && e.event === 'end')).toMatchObject({
      done: 21,
      total: 21,
      unit: 'files',
    });
    expect(events.find((e) => e.step === 'search' && e.event === 'end')).toMatchObject({ done: 6, unit: 'locales' });
    expect(events.at(-1)).toMatchObject({
      event: 'summary',
      published: true,
      built: 20,
      skipped: 1,
      errors: 3,
      warnings: 0,
      report: `${out}/build-report.json`,
    });
    expect((events.at(-1)!.timings as string[]).at(-1)).toMatch(/^total /);
    expect(errata(['build', '--json', '--quiet']).status).toBe(2);
  }, 300_000);

  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)(
    'draws live lines on a terminal (a pseudo-terminal, through script)',
    () => {
      const out = tempDir('errata-tty-');
      const command = [
        process.execPath,
        join(REPO, 'bin/errata.js'),
        'build',
        '--content',
        content,
        '--out',
        out,
        '--keep-going',
      ]
        .map((arg) => `'${arg}'`)
        .join(' ');
      const env: NodeJS.ProcessEnv = { ...process.env, COLUMNS: '160' };
      for (const name of ['CI', 'NO_COLOR', 'FORCE_COLOR', 'NODE_DISABLE_COLORS']) delete env[name];
      const run = spawnSync('script', ['-qfec', command, '/dev/null'], { encoding: 'utf8', env, maxBuffer: 1 << 26 });
      expect(run.status, run.stdout).toBe(0);
      // cli-progress hid the cursor, redrew in place, and showed it again.
      expect(run.stdout).toContain('\x1b[?25l');
      expect(run.stdout).toContain('\x1b[?25h');
      const text = run.stdout.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
      for (const step of ['check', 'render', 'layout', 'search'])
        expect(text, step).toMatch(new RegExp(`${step} +[█░]{20} `));
      expect(text).toMatch(/render +█{20} 20 pages in /);
      expect(text).toMatch(/build +█{20} published in /);
      expect(text).toMatch(/search +█{20} 6 locales in /);
      expect(text).toMatch(/Built: 20 pages/);
      // Coloured: styleText on a terminal.
      expect(run.stdout).toMatch(/\x1b\[32mBuilt: 20 pages/);
    },
    300_000,
  );
});
