/**
 * Reproductions 3, 5, 6 and 8 of issue 10 end to end: `errata check` reports every hostile
 * input, and `errata build --keep-going` builds the rest — nothing from outside the content
 * folder, no unsafe media, no page over the site's own paths, no crash.
 */
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { errata } from '../helpers/cli.ts';
import { FRONT_MATTER, makeContent, tempDir } from '../helpers/content.ts';
import { PNG } from '../helpers/media.ts';

const article = (locale: string, body = '# Title\n\nText.\n') => `${FRONT_MATTER(locale)}${body}`;
const SECRET = 'SECRET-OUTSIDE-THE-CONTENT-FOLDER';

interface Report {
  files: Array<{ file: string; status: string; url: string | null; diagnostics: Array<{ rule: string }> }>;
}

describe('hostile inputs, checked and built', () => {
  let content: string;
  let outside: string;

  beforeAll(() => {
    outside = tempDir('errata-outside-');
    writeFileSync(join(outside, 'x.md'), `${SECRET}\n`);
    writeFileSync(join(outside, 'x.png'), SECRET);
    writeFileSync(join(outside, 'page.html'), SECRET);
    content = makeContent({
      'en-us/good.md': article('en-US', '# Good\n\n![ok](media/ok.png) ![leak](media/LEAK.PNG)\n'),
      'en-us/media/ok.png': PNG,
      'en-us/media/page.png': '<!DOCTYPE html>\n<script>alert(document.cookie)</script>\n',
      'en-us/media/evil.html': '<script>alert(document.cookie)</script>',
      'en-us/media/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      'en-us/nested-list.md': article('en-US', `# Deep\n\n${'- '.repeat(1000)}x\n`),
      'en-us/quotes.md': article('en-US', `# Deep\n\n${'>'.repeat(2000)} x\n`),
      'en-us/lines.md': article('en-US', `# Long\n\n${'line\n'.repeat(200_000)}`),
      'en-us/table.md': article('en-US', `# Table\n\n| a | b |\n| --- | --- |\n${'| 1 | 2 |\n'.repeat(25_000)}`),
      'en-us/divs.md': article('en-US', `# Divs\n\n${'<div>\n'.repeat(2000)}x\n${'</div>\n'.repeat(2000)}`),
      'en-us/....md': article('en-US', '# Dots\n\nOVERWRITES-THE-HOME\n'),
      'en-us/404.md': article('en-US', '# 404\n\nOVERWRITES-THE-404\n'),
      'en-us/pagefind.md': article('en-US'),
      'en-us/search.js.md': article('en-US'),
      'en-us/sitemap.xml.md': article('en-US'),
      'api/x.md': article('en-US'),
    });
    symlinkSync(join(outside, 'x.md'), join(content, 'en-us/outside.md'));
    symlinkSync(join(outside, 'x.png'), join(content, 'en-us/media/leak.png'));
    symlinkSync(outside, join(content, 'en-us/media/linked'));
  });

  it('errata check reports every one of them, quoting no line from outside', () => {
    const { status, stdout } = errata(['check', '--content', content, '--format', 'json']);
    expect(status).toBe(1);
    const byFile = new Map<string, string[]>();
    for (const d of (JSON.parse(stdout) as { diagnostics: Array<{ file: string; rule: string }> }).diagnostics)
      byFile.set(d.file, [...(byFile.get(d.file) ?? []), d.rule]);
    for (const file of ['en-us/nested-list.md', 'en-us/quotes.md', 'en-us/lines.md', 'en-us/table.md', 'en-us/divs.md'])
      expect(byFile.get(file), file).toEqual(['file-too-complex']);
    for (const file of [
      'en-us/....md',
      'en-us/404.md',
      'en-us/pagefind.md',
      'en-us/search.js.md',
      'en-us/sitemap.xml.md',
      'api/x.md',
    ])
      expect(byFile.get(file), file).toContain('slug-reserved');
    for (const file of ['en-us/outside.md', 'en-us/media/leak.png', 'en-us/media/linked'])
      expect(byFile.get(file), file).toEqual(['file-symlink-outside']);
    for (const file of ['en-us/media/evil.html', 'en-us/media/logo.svg', 'en-us/media/page.png'])
      expect(byFile.get(file), file).toEqual(['media-unsafe-type']);
    const pretty = errata(['check', '--content', content]);
    expect(pretty.stdout).toMatch(/file-symlink-outside/);
    expect(pretty.stdout + pretty.stderr).not.toContain(SECRET);
  });

  it('errata build --keep-going builds the rest, publishes nothing of them, and accounts for each', () => {
    const out = tempDir();
    const { status, stderr } = errata(['build', '--content', content, '--out', out, '--keep-going']);
    expect(stderr).not.toMatch(/RangeError|ENOTDIR|EISDIR|heap/);
    expect(status).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8')) as Report;
    const byFile = Object.fromEntries(report.files.map((f) => [f.file, f]));
    expect(byFile['en-us/good.md']).toMatchObject({ status: 'built', url: '/en-us/good/' });
    for (const file of [
      'en-us/nested-list.md',
      'en-us/quotes.md',
      'en-us/lines.md',
      'en-us/table.md',
      'en-us/divs.md',
      'en-us/....md',
      'en-us/404.md',
      'en-us/pagefind.md',
      'en-us/search.js.md',
      'en-us/sitemap.xml.md',
      'api/x.md',
      'en-us/outside.md',
    ]) {
      expect(byFile[file], file).toMatchObject({ status: 'skipped', url: null });
    }
    const written = readdirSync(out, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(out.length + 1));
    for (const file of written) expect(readFileSync(join(out, file), 'utf8'), file).not.toContain(SECRET);
    expect(written.filter((f) => /^en-us\/media\//.test(f)).sort()).toEqual(['en-us/media/ok.png']);
    expect(readFileSync(join(out, 'en-us/index.html'), 'utf8')).not.toContain('OVERWRITES-THE-HOME');
    expect(readFileSync(join(out, 'en-us/404/index.html'), 'utf8')).not.toContain('OVERWRITES-THE-404');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('OVERWRITES-THE-HOME');
    expect(existsSync(join(out, 'en-us/search.js/index.html'))).toBe(false);
    expect(existsSync(join(out, 'api/x'))).toBe(false);
  });
});
