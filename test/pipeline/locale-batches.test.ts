/**
 * A build goes through its locales in batches bounded by pages (src/pipeline/locale-batches.ts),
 * so no step holds more than one batch however large the docset. The batches must not show:
 * a build cut into many batches (a tiny ERRATA_BATCH_PAGES) writes the same files with the
 * same bytes, and the same report, as a build in one batch — cold, incremental, and when the
 * content's errors stop the build.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { localeBatches } from '../../src/pipeline/locale-batches.ts';
import { errata } from '../helpers/cli.ts';
import { FRONT_MATTER, tempDir } from '../helpers/content.ts';
import { allFiles, multiLocaleContent } from './helpers/multi-locale.ts';

/** The shared fixture, and a folder that is no locale: its file is accounted for once, by a check that covers every locale. */
function content(): string {
  return multiLocaleContent({ 'api/notes.md': `${FRONT_MATTER('en-US')}# Notes\n` });
}

/** `errata build`, in batches of at most `batchPages` pages when given; `astroLog` prints every file Astro writes. */
function build(
  contentDir: string,
  out: string,
  batchPages?: number,
  keepGoing = true,
  astroLog = false,
): ReturnType<typeof errata> {
  if (batchPages) process.env.ERRATA_BATCH_PAGES = String(batchPages);
  if (astroLog) process.env.ERRATA_ASTRO_LOG = 'info';
  try {
    return errata(['build', '--content', contentDir, '--out', out, ...(keepGoing ? ['--keep-going'] : [])]);
  } finally {
    delete process.env.ERRATA_BATCH_PAGES;
    delete process.env.ERRATA_ASTRO_LOG;
  }
}

function expectSameSite(actual: string, expected: string): void {
  const files = allFiles(expected);
  expect(allFiles(actual)).toEqual(files);
  for (const file of files)
    expect(readFileSync(join(actual, file)).equals(readFileSync(join(expected, file))), file).toBe(true);
}

describe('localeBatches', () => {
  it('cuts the locales, in their order, into batches of at most the budget; a larger locale is a batch of its own', () => {
    const sizes = new Map([
      ['a', 3],
      ['b', 2],
      ['c', 9],
      ['d', 1],
      ['e', 4],
    ]);
    expect(localeBatches(['a', 'b', 'c', 'd', 'e'], sizes, 5)).toEqual([['a', 'b'], ['c'], ['d', 'e']]);
    expect(localeBatches(['a', 'b', 'c', 'd', 'e'], sizes, 100)).toEqual([['a', 'b', 'c', 'd', 'e']]);
    expect(localeBatches([], sizes, 5)).toEqual([]);
  });
});

describe('errata build in batches', () => {
  let source: string;
  let whole: string;
  let batched: string;
  let batchedRun: ReturnType<typeof errata>;

  beforeAll(() => {
    source = content();
    whole = tempDir('errata-whole-');
    const one = build(source, whole);
    expect(one.status, one.stderr).toBe(0);
    expect(one.stdout).not.toMatch(/batch/);
    batched = tempDir('errata-batched-');
    batchedRun = build(source, batched, 5, true, true);
    expect(batchedRun.status, batchedRun.stderr).toBe(0);
  }, 600_000);

  it('writes the same files with the same bytes and the same report as one batch', () => {
    // de-de, en-us and fr-fr (with its include) are 5 or more files each; ja-jp, ko-kr and zh-tw fill the last.
    expect(batchedRun.stdout).toMatch(/4 batches of at most 5 pages/);
    expect(batchedRun.stdout).toMatch(/batch 4\/4 \(ja-jp, ko-kr, zh-tw\): share 1\/1/);
    expect(allFiles(whole)).toContain('ko-kr/index.html');
    expect(allFiles(whole).some((f) => f.startsWith('zh-tw/pagefind/'))).toBe(true);
    expectSameSite(batched, whole);
    const report = JSON.parse(readFileSync(join(batched, 'build-report.json'), 'utf8')) as {
      files: Array<{ file: string; diagnostics: Array<{ rule: string }> }>;
    };
    expect(report.files.filter((f) => f.file === 'api/notes.md').map((f) => f.diagnostics[0]?.rule)).toEqual([
      'slug-reserved',
    ]);
  });

  it('lays out the root pages once, in the first batch, and publishes every one of them', () => {
    // Astro's own log (ERRATA_ASTRO_LOG=info) names each file it writes; the later batches' runs write no root page.
    const written = (text: string) => batchedRun.stdout.split(text).length - 1;
    for (const file of [
      '/index.html',
      '/status/index.html',
      '/status/zh-tw/index.html',
      '/sitemap.xml',
      '/api/codes.json',
    ]) {
      expect(written(`─ ${file}`), file).toBe(1);
    }
    // /404.html is a static route: the later runs name it too, but answer it with no body, and Astro writes no file.
    expect(written('─ /404.html') - written('file not created, response body was empty')).toBe(1);
    expect(written('─ /ko-kr/index.html')).toBe(1);
    for (const file of [
      'index.html',
      '404.html',
      'status/index.html',
      'status/de-de/index.html',
      'status/zh-tw/index.html',
      'sitemap.xml',
      'api/codes.json',
    ]) {
      expect(allFiles(batched), file).toContain(file);
    }
  });

  it('updates only what changed, in batches, to the site a cold build of the changed content writes', () => {
    appendFileSync(join(source, 'fr-fr', 'article-3.md'), '\nA new paragraph.\n');
    const warm = build(source, batched, 5);
    expect(warm.status, warm.stderr).toBe(0);
    expect(warm.stdout).toMatch(/incremental/);
    // Each locale has a page for each of the 6 English slugs (its own, or a fallback).
    expect(warm.stdout).toMatch(/batch 3\/4 \(fr-fr\): share 1\/1: 6 pages, 1 written/);
    // A batch none of whose inputs changed starts no process at all.
    expect(warm.stdout).toMatch(/batch 1\/4 \(de-de\): unchanged since the last build: kept as published/);
    const cold = tempDir('errata-whole-');
    expect(build(source, cold).status).toBe(0);
    expectSameSite(batched, cold);
  }, 600_000);

  it('builds a batch again when the version its fallback pages show changes in another batch', () => {
    // de-de has no article-6: its page shows the English one, which is another batch's.
    appendFileSync(join(source, 'en-us', 'article-6.md'), '\nAn English paragraph the German fallback page shows.\n');
    const warm = build(source, batched, 5);
    expect(warm.status, warm.stderr).toBe(0);
    expect(warm.stdout).toMatch(/batch 1\/4 \(de-de\): share 1\/1: 6 pages, 1 written/);
    expect(readFileSync(join(batched, 'de-de/article-6/index.html'), 'utf8')).toContain(
      'An English paragraph the German fallback page shows.',
    );
    const cold = tempDir('errata-whole-');
    expect(build(source, cold).status).toBe(0);
    expectSameSite(batched, cold);
  }, 600_000);

  it('publishes nothing when one batch has errors, with the report of one batch', () => {
    const stopped = tempDir('errata-stopped-');
    const inBatches = build(source, stopped, 5, false);
    expect(inBatches.status).toBe(1);
    const once = tempDir('errata-stopped-');
    expect(build(source, once, undefined, false).status).toBe(1);
    expect(allFiles(stopped)).toEqual(['build-report.json']);
    const report = readFileSync(join(stopped, 'build-report.json'), 'utf8');
    expect(report).toBe(readFileSync(join(once, 'build-report.json'), 'utf8'));
    expect(report).toMatch(/build stopped: the content has errors/);
  }, 600_000);
});
