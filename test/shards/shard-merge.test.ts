/**
 * Sharded builds as CI runs them: `errata plan` splits the locales, `errata build --shard i/N`
 * builds each share, `errata merge` joins the outputs — and the result is the site a whole
 * build writes: the same files, the same bytes, the same report.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { errata } from '../helpers/cli.ts';
import { REPO, tempDir } from '../helpers/content.ts';
import { allFiles, multiLocaleContent } from '../pipeline/helpers/multi-locale.ts';

let content: string;
let shards: Array<{ shard: string; locales: string }>;
const shardDirs: string[] = [];
let whole: string;
let merged: string;

beforeAll(() => {
  content = multiLocaleContent();
  const plan = errata(['plan', '--shards', '3', '--format', 'json', '--content', content]);
  expect(plan.status, plan.stderr).toBe(0);
  shards = (JSON.parse(plan.stdout) as { include: typeof shards }).include;
  for (const { shard } of shards) {
    const out = tempDir('errata-shard-');
    const built = errata(['build', '--content', content, '--out', out, '--keep-going', '--shard', shard]);
    expect(built.status, built.stderr).toBe(0);
    shardDirs.push(out);
  }
  whole = tempDir('errata-whole-');
  const built = errata(['build', '--content', content, '--out', whole, '--keep-going']);
  expect(built.status, built.stderr).toBe(0);
  merged = join(tempDir('errata-merged-'), 'site');
  const merge = errata(['merge', '--out', merged, ...shardDirs]);
  expect(merge.status, merge.stderr).toBe(0);
  expect(merge.stdout).toMatch(/Merged 3 shards/);
}, 600_000);

describe('errata plan', () => {
  it('balances the locales by article count into a CI matrix, the same plan every time', () => {
    expect(shards).toEqual([
      { shard: '1/3', locales: 'en-us,ko-kr' },
      { shard: '2/3', locales: 'de-de,ja-jp' },
      { shard: '3/3', locales: 'fr-fr,zh-tw' },
    ]);
    expect(errata(['plan', '--shards', '3', '--format', 'json', '--content', content]).stdout).toBe(
      `${JSON.stringify({ include: shards })}\n`,
    );
    expect(errata(['plan', '--shards', '2', '--content', content]).stdout).toBe(
      'shard 1/2: 11 files — en-us,ja-jp,zh-tw\nshard 2/2: 10 files — de-de,fr-fr,ko-kr\n',
    );
  });

  it('leaves shards without locales out of the matrix, and refuses to build one', () => {
    const plan = JSON.parse(errata(['plan', '--shards', '7', '--format', 'json', '--content', content]).stdout) as {
      include: unknown[];
    };
    expect(plan.include).toHaveLength(6);
    const empty = errata(['build', '--content', content, '--out', tempDir(), '--shard', '7/7']);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/shard 7\/7 has no locales/);
  });

  it('refuses shard counts and specs that mean nothing, with exit code 2', () => {
    for (const args of [
      ['plan', '--shards', '0'],
      ['plan', '--shards', 'two'],
      ['plan'],
      ['plan', '--shards', '2', '--format', 'yaml'],
    ]) {
      expect(errata([...args, '--content', content]).status, args.join(' ')).toBe(2);
    }
    for (const spec of ['0/3', '4/3', '1/0', '1', 'a/b', '-1/3']) {
      const run = errata(['build', '--content', content, '--out', tempDir(), `--shard=${spec}`]);
      expect(run.status, spec).toBe(2);
      expect(run.stderr, spec).toMatch(/--shard takes i\/N/);
    }
    const both = errata(['build', '--content', content, '--out', tempDir(), '--shard', '1/3', '--locales', 'en-us']);
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/--shard, --locales/);
  });
});

describe('errata merge', () => {
  it('joins three shards into exactly the site a whole build writes: the same files with the same bytes', () => {
    const files = allFiles(whole);
    expect(files).toContain('ja-jp/media/pixel.png');
    expect(files).toContain('ko-kr/index.html');
    expect(files).toContain('status/index.html');
    expect(files.some((f) => f.startsWith('zh-tw/pagefind/'))).toBe(true);
    expect(allFiles(merged)).toEqual(files);
    for (const file of files)
      expect(readFileSync(join(merged, file)).equals(readFileSync(join(whole, file))), file).toBe(true);
  });

  it("writes one build report, the whole build's, accounting for every input file once", () => {
    const report = JSON.parse(readFileSync(join(merged, 'build-report.json'), 'utf8')) as {
      files: Array<{ file: string; status: string }>;
      summary: { built: number; published: boolean };
    };
    expect(report.files.map((f) => f.file)).toHaveLength(21);
    expect(report.files.find((f) => f.file === 'fr-fr/includes/note.md')?.status).toBe('skipped');
    expect(report.summary).toMatchObject({ built: 20, published: true });
    expect(readFileSync(join(merged, 'build-report.json'), 'utf8')).toBe(
      readFileSync(join(whole, 'build-report.json'), 'utf8'),
    );
  });

  it('refuses shards whose root pages differ, naming the page, and leaves the previous site in place', () => {
    const stale = tempDir('errata-shard-');
    cpSync(shardDirs[2]!, stale, { recursive: true });
    writeFileSync(
      join(stale, 'status/index.html'),
      readFileSync(join(stale, 'status/index.html'), 'utf8').replace('</main>', '<p>other content</p></main>'),
    );
    const out = join(tempDir('errata-merged-'), 'site');
    mkdirSync(out);
    writeFileSync(join(out, 'build-report.json'), '{"files":[]}');
    const merge = errata(['merge', '--out', out, shardDirs[0]!, shardDirs[1]!, stale]);
    expect(merge.status).toBe(1);
    expect(merge.stderr).toMatch(/root pages of .* differ[^]*status\/index\.html/);
    expect(readdirSync(out)).toEqual(['build-report.json']);
    expect(readdirSync(join(out, '..'))).toEqual(['site']);
  });

  it('refuses a locale claimed by two shards', () => {
    const merge = errata([
      'merge',
      '--out',
      join(tempDir(), 'site'),
      shardDirs[0]!,
      shardDirs[1]!,
      shardDirs[1]!,
      shardDirs[2]!,
    ]);
    expect(merge.status).toBe(1);
    expect(merge.stderr).toMatch(/locale de-de is built by two shards/);
  });

  it('refuses a shard that was not published, as a whole build of that content is not', () => {
    const stopped = tempDir('errata-shard-');
    cpSync(shardDirs[1]!, stopped, { recursive: true });
    const report = JSON.parse(readFileSync(join(stopped, 'build-report.json'), 'utf8')) as {
      summary: { published: boolean };
    };
    report.summary.published = false;
    writeFileSync(join(stopped, 'build-report.json'), JSON.stringify(report));
    const merge = errata(['merge', '--out', join(tempDir(), 'site'), shardDirs[0]!, stopped, shardDirs[2]!]);
    expect(merge.status).toBe(1);
    expect(merge.stderr).toMatch(/not published \(the content has errors\)/);
  });

  it('refuses a page written into a locale another shard builds', () => {
    const intruder = tempDir('errata-shard-');
    cpSync(shardDirs[0]!, intruder, { recursive: true });
    mkdirSync(join(intruder, 'zh-tw/article-1'), { recursive: true });
    writeFileSync(join(intruder, 'zh-tw/article-1/index.html'), '<!doctype html>');
    const merge = errata(['merge', '--out', join(tempDir(), 'site'), intruder, shardDirs[1]!, shardDirs[2]!]);
    expect(merge.status).toBe(1);
    expect(merge.stderr).toMatch(/has pages under \/zh-tw\/.*claimed twice/);
  });

  it('refuses an --out it must not replace, and folders that are not shard outputs, with exit code 2', () => {
    const notSite = tempDir('errata-notes-');
    writeFileSync(join(notSite, 'notes.txt'), 'mine');
    for (const [out, inputs, message] of [
      [notSite, shardDirs, /not an earlier errata output/],
      [shardDirs[0]!, shardDirs, /overlaps the shard folder/],
      [REPO, shardDirs, /the working directory/],
      [join(tempDir(), 'site'), [...shardDirs, notSite], /no readable build-report\.json/],
      [join(tempDir(), 'site'), [], /shard output folders/],
    ] as const) {
      const merge = errata(['merge', '--out', out, ...inputs]);
      expect(merge.status, merge.stderr).toBe(2);
      expect(merge.stderr).toMatch(message);
    }
    expect(readFileSync(join(notSite, 'notes.txt'), 'utf8')).toBe('mine');
    expect(existsSync(join(shardDirs[0]!, 'build-report.json'))).toBe(true);
  });
});
