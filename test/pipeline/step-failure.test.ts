/**
 * A build step's process that dies — killed by a signal, or out of memory — is named with what
 * it was working on, the cause and what to try, in a line: exit 1, no stack trace, and the
 * previous site stays as it was.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stepFilesDir } from '../../src/pipeline/step-files.ts';
import { StagedOutput } from '../../src/pipeline/output-folder.ts';
import { describeFailure } from '../../src/cli/failure.ts';
import { FRONT_MATTER, makeContent, REPO, tempDir } from '../helpers/content.ts';

function build(content: string, out: string, failure?: string) {
  const env = { ...process.env, NO_COLOR: '1', ...(failure ? { ERRATA_TEST_STEP_FAILURE: failure } : {}) };
  return spawnSync(
    process.execPath,
    [join(REPO, 'bin/errata.js'), 'build', '--content', content, '--out', out, '--keep-going'],
    { cwd: REPO, encoding: 'utf8', env },
  );
}

describe('a build step whose process dies', () => {
  const content = makeContent({
    'zh-tw/a.md': `${FRONT_MATTER('zh-TW')}# A\n\nText of a.\n`,
    'sv-se/a.md': `${FRONT_MATTER('sv-SE')}# A\n\nTexten.\n`,
  });

  it('is named with its share, locales, cause and what to try; the previous site stays', () => {
    const out = tempDir();
    expect(build(content, out).status).toBe(0);
    const page = readFileSync(join(out, 'zh-tw/a/index.html'), 'utf8');

    // A change, so the rebuild renders (an unchanged batch starts no process at all).
    appendFileSync(join(content, 'zh-tw/a.md'), '\nA new paragraph.\n');
    const killed = build(content, out, 'build-share-process:signal');
    expect(killed.status).toBe(1);
    expect(killed.stderr.trim()).toMatch(
      /^errata build: Rendering share 1\/1 \(2 articles of sv-se, zh-tw\) stopped: it was killed \(SIGKILL: usually the system running out of memory\)\. Try: build with --jobs 1, or fewer locales at once \(--locales a,b, or --shard i\/N of "errata plan"\)\.$/,
    );
    expect(readFileSync(join(out, 'zh-tw/a/index.html'), 'utf8')).toBe(page);
  });

  it('names the file a share was rendering when it died', () => {
    const fresh = makeContent({
      'zh-tw/a.md': `${FRONT_MATTER('zh-TW')}# A\n\nText of a ${Date.now()}.\n`,
      'zh-tw/b.md': `${FRONT_MATTER('zh-TW')}# B\n\nText of b ${Date.now()}.\n`,
    });
    const run = build(fresh, tempDir(), 'build-share-process:signal@zh-tw/b.md');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^errata build: Rendering share 1\/1 \(2 articles of zh-tw\) stopped while working on zh-tw\/b\.md: it was killed/,
    );
  });

  it("says a share ran out of memory, without V8's trace", () => {
    const run = build(content, tempDir(), 'build-share-process:heap');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /Rendering share 1\/1 .* stopped: it ran out of memory \(its JavaScript heap was full\)\. Try: build with --jobs 1/,
    );
    expect(run.stderr).not.toMatch(/Last few GCs|FATAL ERROR|\n\s+at |node::/);
  }, 180_000);

  it('says in one line that the disk is full, naming the path, and leaves no staging folder', () => {
    const out = tempDir();
    const run = build(content, out, 'layout-process:enospc');
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(
      /^errata build: no space left on the device for \/\S+\.errata-staging\/index\.html \(Laying out the site \(Astro, locales sv-se, zh-tw\)\); free some space and build again\.$/,
    );
    expect(readdirSync(dirname(out)).filter((name) => name.startsWith(`.${basename(out)}.errata`))).toEqual([]);
    // Nor the files its steps handed each other (the articles, the report's lines) in errata's cache.
    expect(existsSync(stepFilesDir(new StagedOutput(out).stageDir))).toBe(false);
  });

  it('turns a denied or full file system into one line naming the path', () => {
    const error = (code: string) =>
      Object.assign(new Error(`${code}: failed, open '/srv/site/index.html'`), {
        code,
        syscall: 'open',
        path: '/srv/site/index.html',
      });
    expect(describeFailure(error('EACCES'))).toBe(
      'permission denied for /srv/site/index.html (open); errata needs to read the content folder and write --out, the folder beside it and .errata-cache/.',
    );
    expect(describeFailure(error('ENOSPC'))).toBe(
      'no space left on the device for /srv/site/index.html (open); free some space and build again.',
    );
    expect(describeFailure(error('EROFS'))).toMatch(/^\/srv\/site\/index\.html is on a read-only file system/);
    expect(describeFailure(error('ENOTDIR'))).toBe('a part of /srv/site/index.html is a file, not a folder (open).');
    expect(describeFailure(new Error('a bug'))).toBeUndefined();
    // A file system where no folder can be made (here /proc): one line, not Node's endless mkdir.
    if (existsSync('/proc/self')) {
      const run = build(content, '/proc/errata-test-out');
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toBe(
        'errata build: cannot make the folder /proc/.errata-test-out.errata-staging there (mkdir); give an --out on an ordinary disk.',
      );
    }
  });

  it('names the locale a search index was being written for', () => {
    const run = build(content, tempDir(), 'search-index-process:signal');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /errata build: Indexing (sv-se|zh-tw) for search \(Pagefind\) stopped: it was killed .* Try: build with --jobs 1 \(one index at a time\), or \1 on its own \(--locales \1\)\./,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
