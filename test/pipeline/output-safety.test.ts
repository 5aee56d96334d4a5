/**
 * The output folder: errata deletes only its own earlier output, refuses anything else before
 * touching it, and replaces the previous site only with a build that succeeded.
 */
import { spawn } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StagedOutput } from '../../src/pipeline/output-folder.ts';
import { errata } from '../helpers/cli.ts';
import { FRONT_MATTER, makeContent, REPO, snapshot, tempDir } from '../helpers/content.ts';

const twoLocales = () =>
  makeContent({
    'zh-tw/a.md': `${FRONT_MATTER('zh-TW')}# A\n\nFirst text of a.\n`,
    'zh-tw/b.md': `${FRONT_MATTER('zh-TW')}# B\n\nFirst text of b.\n`,
    'sv-se/a.md': `${FRONT_MATTER('sv-SE')}# A\n\nFörsta texten.\n`,
  });

describe('errata build: the output folder', () => {
  it('refuses an --out it must not replace with exit 2 and one line, before touching anything', () => {
    const content = twoLocales();
    const cwd = tempDir();
    writeFileSync(join(cwd, 'keep.txt'), 'mine');
    const user = tempDir();
    writeFileSync(join(user, 'notes.txt'), 'mine');
    const before = snapshot(content);
    const cases: Array<[string[], RegExp]> = [
      [['--out='], /--out needs a folder/],
      [['--out', '.'], /is the working directory/],
      [['--out', dirname(cwd)], /holds the working directory/],
      [['--out', content], /is the content folder/],
      [['--out', join(content, 'zh-tw', 'site')], /inside the content folder/],
      [['--out', REPO], /errata's own folder/],
      [['--out', user], /not empty and has no build-report\.json.*--force/],
      [['--out', join(user, 'notes.txt')], /is a file/],
      [['--out', join(user, 'site'), '--site', 'not a url'], /--site takes the absolute http\(s\) URL/],
      [['--out', join(user, 'site'), '--site', 'ftp://example.com'], /--site takes/],
      [['--out', join(user, 'site'), '--jobs=0'], /--jobs takes a whole number/],
    ];
    for (const [args, message] of cases) {
      const run = errata(['build', '--content', content, ...args], { cwd });
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr.split('\n')[0], args.join(' ')).toMatch(message);
      expect(run.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
    }
    expect(readdirSync(cwd)).toEqual(['keep.txt']);
    expect(snapshot(user)).toEqual({ 'notes.txt': 'mine' });
    expect(snapshot(content)).toEqual(before);
  });

  it('keeps the previous site whole when a build fails or is killed, and replaces it when one succeeds', async () => {
    const content = twoLocales();
    const out = tempDir();
    writeFileSync(join(out, 'notes.txt'), 'not errata output');
    expect(errata(['build', '--content', content, '--out', out]).status).toBe(2);
    // --force replaces a folder errata did not make.
    expect(errata(['build', '--content', content, '--out', out, '--force']).status).toBe(0);
    expect(existsSync(join(out, 'notes.txt'))).toBe(false);
    const site = snapshot(out);
    expect(site['zh-tw/a/index.html']).toContain('First text of a.');

    // An error stops the build: the pages stay; the report says what this build found.
    writeFileSync(join(content, 'zh-tw/broken.md'), '# no front matter\n');
    const failed = errata(['build', '--content', content, '--out', out]);
    expect(failed.status).toBe(1);
    const { 'build-report.json': report, ...pages } = snapshot(out);
    const { 'build-report.json': _, ...previousPages } = site;
    expect(pages).toEqual(previousPages);
    expect(JSON.parse(report!).summary.published).toBe(false);

    // A build killed halfway (here: once its staging folder has files) changes nothing.
    appendFileSync(join(content, 'zh-tw/a.md'), '\nSecond text of a.\n');
    const staging = join(dirname(out), `.${basename(out)}.errata-staging`);
    const before = snapshot(out);
    const child = spawn(
      process.execPath,
      [join(REPO, 'bin/errata.js'), 'build', '--content', content, '--out', out, '--keep-going'],
      { cwd: REPO, detached: true, stdio: 'ignore' },
    );
    const exited = new Promise((resolve) => child.on('exit', resolve));
    for (let i = 0; i < 3000 && !(existsSync(staging) && readdirSync(staging).length > 0); i++)
      await new Promise((resolve) => setTimeout(resolve, 10));
    process.kill(-child.pid!, 'SIGKILL');
    await exited;
    expect(snapshot(out)).toEqual(before);

    // The next build clears what the killed one left and publishes.
    const next = errata(['build', '--content', content, '--out', out, '--keep-going']);
    expect(next.status, next.stderr).toBe(0);
    expect(readFileSync(join(out, 'zh-tw/a/index.html'), 'utf8')).toContain('Second text of a.');
    expect(readFileSync(join(out, 'zh-tw/b/index.html'), 'utf8')).toBe(site['zh-tw/b/index.html']);
    expect(existsSync(staging)).toBe(false);
  });

  it('builds into an --out on another file system, fully and incrementally', (context) => {
    const other = '/dev/shm';
    if (!existsSync(other) || statSync(other).dev === statSync(REPO).dev) {
      console.log(`skipped: no ${other} on a file system of its own here`);
      context.skip();
    }
    const content = twoLocales();
    const out = join(other, `errata-test-${process.pid}-${Date.now()}`);
    try {
      const first = errata(['build', '--content', content, '--out', out, '--keep-going']);
      expect(first.status, first.stderr).toBe(0);
      expect(readFileSync(join(out, 'zh-tw/a/index.html'), 'utf8')).toContain('First text of a.');
      appendFileSync(join(content, 'zh-tw/a.md'), '\nSecond text of a.\n');
      const second = errata(['build', '--content', content, '--out', out, '--keep-going']);
      expect(second.status, second.stderr).toBe(0);
      expect(second.stdout).toMatch(/incremental/);
      expect(readFileSync(join(out, 'zh-tw/a/index.html'), 'utf8')).toContain('Second text of a.');
    } finally {
      // Memory, not disk: leave nothing behind.
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('finishes a commit that a killed build left halfway before the next build starts', () => {
    const parent = tempDir();
    const out = join(parent, 'site');
    const staging = join(parent, '.site.errata-staging');
    const journal = join(parent, '.site.errata-commit.json');
    const write = (path: string, text: string) => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    };
    // An incremental commit: page b removed, page a changed, page c new; killed before any of it.
    write(join(out, 'a/index.html'), 'old a');
    write(join(out, 'b/index.html'), 'old b');
    write(join(out, 'build-report.json'), '{}');
    write(join(staging, 'a/index.html'), 'new a');
    write(join(staging, 'c/index.html'), 'new c');
    writeFileSync(journal, JSON.stringify({ mode: 'changes', deletes: ['b'] }));
    new StagedOutput(out).begin();
    expect(snapshot(out)).toEqual({ 'a/index.html': 'new a', 'build-report.json': '{}', 'c/index.html': 'new c' });
    expect(existsSync(journal)).toBe(false);
    expect(readdirSync(staging)).toEqual([]);

    // A whole swap killed after the previous site was moved aside: the new one takes its place.
    write(join(staging, 'index.html'), 'whole new site');
    writeFileSync(journal, JSON.stringify({ mode: 'whole', deletes: [] }));
    const previous = join(parent, '.site.errata-previous');
    renameSync(out, previous);
    new StagedOutput(out).begin();
    expect(snapshot(out)).toEqual({ 'index.html': 'whole new site' });
    expect(existsSync(previous)).toBe(false);
  });
});
