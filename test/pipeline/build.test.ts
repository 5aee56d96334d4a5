import {
  appendFileSync,
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errata } from '../helpers/cli.ts';
import { loadSearch, topUrls } from '../search/helpers/node-search.ts';
import { FRONT_MATTER, makeContent, REPO, tempDir } from '../helpers/content.ts';
import { PNG } from '../helpers/media.ts';

interface Report {
  files: Array<{
    file: string;
    locale: string;
    slug: string;
    status: string;
    url: string | null;
    reason?: string;
    diagnostics: Array<{ rule: string }>;
  }>;
  summary: { built: number; skipped: number; errors: number; published: boolean };
}
const readReport = (out: string) => JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8')) as Report;
const htmlFiles = (dir: string) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'))
    .sort();

/** Content with a good article, one with an error that is still publishable, an unreadable one and an include. */
function mixedContent(): string {
  return makeContent({
    'zh-tw/good.md': `${FRONT_MATTER('zh-TW')}# 好\n\n文字。\n`,
    'zh-tw/active-html.md': `${FRONT_MATTER('zh-TW')}# 壞\n\n<script>alert(1)</script>\n`,
    'zh-tw/no-front-matter.md': '# nothing\n',
    'zh-tw/includes/fragment.md': 'A fragment.\n',
    'vi-vn/good.md': `${FRONT_MATTER('vi-VN')}# Tốt\n\nVăn bản.\n`,
  });
}

describe('errata build', () => {
  it('accounts for every input file exactly once, and stops on errors without --keep-going', () => {
    const content = mixedContent();
    const out = tempDir();
    const { status, stderr } = errata(['build', '--content', content, '--out', out]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/--keep-going/);
    const report = readReport(out);
    expect(report.summary.published).toBe(false);
    expect(report.files.map((f) => f.file).sort()).toEqual([
      'vi-vn/good.md',
      'zh-tw/active-html.md',
      'zh-tw/good.md',
      'zh-tw/includes/fragment.md',
      'zh-tw/no-front-matter.md',
    ]);
    expect(report.files.every((f) => f.status === 'skipped' && f.reason)).toBe(true);
    expect(htmlFiles(out)).toEqual([]);
  });

  it('publishes everything publishable with --keep-going and says why the rest is not', () => {
    const content = mixedContent();
    const out = tempDir();
    expect(errata(['build', '--content', content, '--out', out, '--keep-going']).status).toBe(0);
    const byFile = Object.fromEntries(readReport(out).files.map((f) => [f.file, f]));
    expect(byFile['zh-tw/good.md']).toMatchObject({ status: 'built', url: '/zh-tw/good/' });
    expect(byFile['zh-tw/active-html.md']).toMatchObject({ status: 'built', url: '/zh-tw/active-html/' });
    expect(byFile['zh-tw/active-html.md']!.diagnostics.map((d) => d.rule)).toContain('html-active');
    expect(byFile['zh-tw/no-front-matter.md']).toMatchObject({
      status: 'skipped',
      url: null,
      reason: 'not an article: see its errors',
    });
    expect(byFile['zh-tw/includes/fragment.md']).toMatchObject({
      status: 'skipped',
      reason: expect.stringMatching(/include fragment/),
    });
    for (const f of Object.values(byFile))
      if (f.url) expect(existsSync(join(out, f.url, 'index.html')), f.url).toBe(true);
    expect(readFileSync(join(out, 'zh-tw/active-html/index.html'), 'utf8')).not.toMatch(/<script>alert/);
  });

  it('builds locales separately into folders that merge by copying into the whole site', () => {
    const content = join(REPO, 'content');
    const whole = tempDir();
    expect(errata(['build', '--content', content, '--out', whole, '--keep-going']).status).toBe(0);
    const merged = tempDir();
    for (const locales of ['ar-sa,en-us,fr-fr,sv-se', 'uk-ua,vi-vn,zh-cn,zh-tw']) {
      const shard = tempDir();
      expect(errata(['build', '--content', content, '--out', shard, '--keep-going', '--locales', locales]).status).toBe(
        0,
      );
      for (const locale of locales.split(',')) cpSync(join(shard, locale), join(merged, locale), { recursive: true });
      cpSync(shard, merged, {
        recursive: true,
        filter: (src) =>
          !locales.split(',').some((l) => src.startsWith(join(shard, l))) && !src.endsWith('build-report.json'),
      });
    }
    expect(htmlFiles(merged)).toEqual(htmlFiles(whole));
    for (const file of htmlFiles(whole)) {
      expect(readFileSync(join(merged, file), 'utf8'), file).toBe(readFileSync(join(whole, file), 'utf8'));
    }
  });

  it('does not render an unchanged article again', () => {
    const content = makeContent({
      'zh-tw/a.md': `${FRONT_MATTER('zh-TW')}# A\n\nunchanged ${Date.now()}\n`,
      'zh-tw/b.md': `${FRONT_MATTER('zh-TW')}# B\n\nB ${Date.now()}\n`,
    });
    const first = errata(['build', '--content', content, '--out', tempDir(), '--keep-going']);
    expect(first.stdout).toMatch(/render .*\(2 rendered, 0 cached\)/);
    cpSync(join(content, 'zh-tw/b.md'), join(content, 'zh-tw/c.md'));
    const second = errata(['build', '--content', content, '--out', tempDir(), '--keep-going']);
    expect(second.stdout).toMatch(/render .*\(0 rendered, 3 cached\)/);
  });

  it('writes only the pages that changed into the same folder, and removes deleted ones', () => {
    const content = makeContent({
      'zh-tw/a.md': `${FRONT_MATTER('zh-TW')}# A\n\nA ${Date.now()}\n`,
      'zh-tw/b.md': `${FRONT_MATTER('zh-TW')}# B\n\nB ${Date.now()}\n`,
      'zh-tw/c.md': `${FRONT_MATTER('zh-TW')}# C\n\nC ${Date.now()}\n`,
    });
    const out = tempDir();
    expect(errata(['build', '--content', content, '--out', out, '--keep-going']).stdout).toMatch(/3 pages, 3 written/);
    const untouched = readFileSync(join(out, 'zh-tw/b/index.html'), 'utf8');
    cpSync(join(content, 'zh-tw/c.md'), join(content, 'zh-tw/a.md'));
    rmSync(join(content, 'zh-tw/c.md'));
    const second = errata(['build', '--content', content, '--out', out, '--keep-going']);
    expect(second.stdout).toMatch(/2 pages, 1 written/);
    expect(second.stdout).toMatch(/incremental/);
    expect(second.stdout).toMatch(/, the root pages\)/);
    expect(readFileSync(join(out, 'zh-tw/a/index.html'), 'utf8')).toContain('C ');
    expect(readFileSync(join(out, 'zh-tw/b/index.html'), 'utf8')).toBe(untouched);
    expect(existsSync(join(out, 'zh-tw/c'))).toBe(false);
    expect(readFileSync(join(out, 'zh-tw/index.html'), 'utf8')).not.toContain('/zh-tw/c/');

    // The root pages follow the facts (one article fewer) as a cold build of the same content writes them.
    const cold = tempDir();
    errata(['build', '--content', content, '--out', cold, '--keep-going']);
    for (const page of ['status/index.html', 'status/zh-tw/index.html', 'index.html'])
      expect(readFileSync(join(out, page), 'utf8'), page).toBe(readFileSync(join(cold, page), 'utf8'));
    // A root page gone from the site is laid out again by the next build, though nothing else changed.
    rmSync(join(out, 'status'), { recursive: true });
    const third = errata(['build', '--content', content, '--out', out, '--keep-going']);
    expect(third.stdout).toMatch(/incremental/);
    expect(third.stdout).toMatch(/page frames?, the root pages\)/);
    expect(readFileSync(join(out, 'status/zh-tw/index.html'), 'utf8')).toBe(
      readFileSync(join(cold, 'status/zh-tw/index.html'), 'utf8'),
    );
  });

  it('after a body edit writes that page and re-indexes its locale for search; with no edit writes nothing', async () => {
    const content = makeContent({
      'zh-tw/a.md': `${FRONT_MATTER('zh-TW')}# A\n\nFirst text.\n`,
      'zh-tw/b.md': `${FRONT_MATTER('zh-TW')}# B\n\nWombatword stays.\n`,
      'sv-se/a.md': `${FRONT_MATTER('sv-SE')}# A\n\nFörsta texten.\n`,
    });
    const out = tempDir();
    errata(['build', '--content', content, '--out', out, '--keep-going']);
    const home = statSync(join(out, 'zh-tw/index.html')).mtimeMs;
    appendFileSync(join(content, 'zh-tw/a.md'), '\nQuokkaword appears.\n');
    const edited = errata(['build', '--content', content, '--out', out, '--keep-going']).stdout;
    expect(edited).toMatch(/1 written/);
    expect(edited).toMatch(/1 of 2 locales indexed/);
    // The unchanged page's search document is the last build's.
    expect(edited).toMatch(/search documents .*\(1 made\)/);
    // Nothing the root pages show changed: they are not laid out again.
    expect(edited).not.toMatch(/the root pages/);
    // Only the body changed: the home's list of articles is the same, so the home is not written again.
    expect(statSync(join(out, 'zh-tw/index.html')).mtimeMs).toBe(home);
    const search = await loadSearch(out, 'zh-tw');
    expect(await topUrls(search, 'Quokkaword')).toEqual(['/zh-tw/a/']);
    expect(await topUrls(search, 'Wombatword')).toEqual(['/zh-tw/b/']);
    await search.destroy();

    // Nothing changed: no step's process starts, and no file of the site is written again.
    const page = statSync(join(out, 'zh-tw/a/index.html')).mtimeMs;
    const unchanged = errata(['build', '--content', content, '--out', out, '--keep-going']).stdout;
    expect(unchanged).toMatch(/unchanged since the last build: kept as published/);
    expect(unchanged).not.toMatch(/share \d|astro|indexed/);
    expect(statSync(join(out, 'zh-tw/a/index.html')).mtimeMs).toBe(page);
  });

  it("serves an article's image, and the new one after the file is replaced", () => {
    const content = makeContent({
      'zh-tw/a.md': `${FRONT_MATTER('zh-TW')}# A\n\n![Screen](media/screen.png)\n`,
      'zh-tw/media/screen.png': PNG,
    });
    const out = tempDir();
    errata(['build', '--content', content, '--out', out, '--keep-going']);
    expect(readFileSync(join(out, 'zh-tw/a/index.html'), 'utf8')).toContain('src="/zh-tw/media/screen.png"');
    expect(readFileSync(join(out, 'zh-tw/media/screen.png'))).toEqual(PNG);
    // Still a PNG by its bytes (media are sniffed), and longer.
    const second = Buffer.concat([PNG, Buffer.from('the second, longer image')]);
    writeFileSync(join(content, 'zh-tw/media/screen.png'), second);
    errata(['build', '--content', content, '--out', out, '--keep-going']);
    expect(readFileSync(join(out, 'zh-tw/media/screen.png'))).toEqual(second);
  });

  it('refuses an unknown locale or a job count that is not a whole number, with exit 2', () => {
    expect(errata(['build', '--locales', 'xx-yy', '--out', tempDir()]).status).toBe(2);
    for (const jobs of ['0', 'two', '1.5']) {
      const run = errata(['build', '--jobs', jobs, '--out', tempDir()]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/--jobs takes a whole number/);
    }
  });
});
