/**
 * The build report is written from lines waiting on disk, a locale at a time (locale-lines.ts),
 * never as one string: its bytes must still be those of the whole report, in report order, so
 * that whole builds, batched builds and merged shards write the same file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addToTally,
  asPublished,
  emptyTally,
  firstProblems,
  writeBuildReport,
  type BuildReport,
  type ReportedFile,
} from '../../src/pipeline/build-report.ts';
import { formatBuildProblems } from '../../src/cli/format/build-problems.ts';
import { ReportLines } from '../../src/pipeline/build-report.ts';
import type { Diagnostic } from '../../src/core/diagnostics/diagnostic.ts';
import { tempDir } from '../helpers/content.ts';

const warning: Diagnostic = {
  file: 'sv-se/b.md',
  line: 3,
  column: 7,
  severity: 'warning',
  rule: 'code-unknown',
  message: 'AADSTS9999 "quoted"\nand a new line',
  hint: 'Register it.',
};
const line = (file: string, status: ReportedFile['status'] = 'built', diagnostics: Diagnostic[] = []): ReportedFile => {
  const [locale, name] = file.split('/') as [string, string];
  const slug = name.replace(/\.md$/, '');
  return status === 'built'
    ? { file, locale, slug, status, url: `/${locale}/${slug}/`, diagnostics }
    : { file, locale, slug, status, url: null, reason: 'not an article: see its errors', diagnostics };
};
const summary = { built: 3, skipped: 1, errors: 0, warnings: 1, published: true };

function written(report: {
  files: Iterable<ReportedFile>;
  diagnostics: Diagnostic[];
  summary: BuildReport['summary'];
}): string {
  const out = tempDir('errata-report-');
  writeBuildReport(out, report);
  expect(readdirSync(out)).toEqual(['build-report.json']);
  return readFileSync(join(out, 'build-report.json'), 'utf8');
}

describe('build-report.json', () => {
  it('has the bytes of the whole report as JSON.stringify indents it, lines and all', () => {
    const files = [
      line('en-us/a.md'),
      line('sv-se/a.md'),
      line('sv-se/b.md', 'skipped', [warning]),
      line('zh-tw/a.md'),
    ];
    const report = { files, diagnostics: [{ ...warning, file: 'error-codes/codes.yaml' }], summary };
    expect(written(report)).toBe(`${JSON.stringify(report, null, 1)}\n`);
  });

  it('has the same bytes with no files and no diagnostics', () => {
    const report = { files: [], diagnostics: [], summary: { ...summary, built: 0, skipped: 0 } };
    expect(written(report)).toBe(`${JSON.stringify(report, null, 1)}\n`);
  });

  it('is written from lines added in any order: the source locale first, then each locale by tag, each by file', () => {
    const lines = new ReportLines(join(tempDir('errata-lines-'), 'report')).clear();
    lines.add([line('zh-tw/b.md'), line('sv-se/b.md', 'skipped', [warning])]);
    lines.add([line('zh-tw/a.md'), line('en-us/b.md'), line('ar-sa/a.md'), line('en-us/a.md')]);
    expect([...lines.all()].map((f) => f.file)).toEqual([
      'en-us/a.md',
      'en-us/b.md',
      'ar-sa/a.md',
      'sv-se/b.md',
      'zh-tw/a.md',
      'zh-tw/b.md',
    ]);
    // A line read back is the line written, field for field and in its order.
    expect(JSON.stringify(lines.read('sv-se'))).toBe(JSON.stringify([line('sv-se/b.md', 'skipped', [warning])]));
    lines.remove();
    expect(existsSync(lines.dir)).toBe(false);
  });

  it('skips what would have been built when errors stop the build, with the same fields as a skipped line', () => {
    const stopped = asPublished(line('sv-se/a.md'), false);
    expect(stopped).toEqual({
      file: 'sv-se/a.md',
      locale: 'sv-se',
      slug: 'a',
      diagnostics: [],
      status: 'skipped',
      url: null,
      reason: expect.stringMatching(/build stopped/),
    });
    expect(Object.keys(stopped)).toEqual(['file', 'locale', 'slug', 'diagnostics', 'status', 'url', 'reason']);
    expect(asPublished(line('sv-se/a.md'), true)).toEqual(line('sv-se/a.md'));
  });
});

describe('the errors and warnings a build prints under its summary', () => {
  const at = (severity: Diagnostic['severity'], n: number): Diagnostic => ({
    ...warning,
    file: `sv-se/${severity}-${n}.md`,
    severity,
    message: `${severity} ${n}`,
  });

  it('are the run’s errors, then the files’ errors, then warnings, ten in all, and the rest are counted', () => {
    const tally = emptyTally();
    for (let n = 0; n < 30; n++)
      addToTally(tally, line(`sv-se/f${n}.md`, 'built', [at('info', n), at('warning', n), at('error', n)]));
    expect(tally.errors).toBe(30);
    const shown = firstProblems(tally, [at('warning', 99), at('error', 99)]);
    expect(shown.map((d) => d.message)).toEqual(['error 99', ...Array.from({ length: 9 }, (_, n) => `error ${n}`)]);
    const printed = formatBuildProblems(shown, { errors: 31, warnings: 31 }, false);
    expect(printed[0]).toBe('  error    sv-se/error-99.md:3:7  error 99  code-unknown');
    expect(printed.at(-1)).toMatch(/^ {2}… and 52 more: "errata check" lists every one/);
    // Few enough to show them all: warnings after errors, and no count of more.
    const few = emptyTally();
    addToTally(few, line('sv-se/a.md', 'built', [at('warning', 1), at('error', 1)]));
    expect(firstProblems(few, []).map((d) => d.severity)).toEqual(['error', 'warning']);
    expect(formatBuildProblems([], { errors: 0, warnings: 0 }, false)).toEqual([]);
  });
});
