/**
 * Reproductions 3, 5, 6, 7 (recover-source), 8 and 9 of issue 10, against the core: inputs stay
 * inside the content folder, media are safe to serve, no article can crash a build, reserved
 * routes, and the lesser encoding and active-HTML cases. The build itself: test/pipeline/inputs-build.test.ts.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPretty } from '../../src/cli/format/pretty.ts';
import { allDiagnostics, checkContent } from '../../src/core/check/check-content.ts';
import { blocksPublishing } from '../../src/core/check/publishable.ts';
import { mediaFiles } from '../../src/core/media/media-files.ts';
import { measureComplexity } from '../../src/core/parse/complexity.ts';
import { RecoverError, recoverSources } from '../../src/core/recover/recover-sources.ts';
import { reservedLocale, reservedSlug } from '../../src/core/read/reserved-routes.ts';
import { FRONT_MATTER, makeContent, tempDir } from '../helpers/content.ts';
import { GIF, JPEG, PDF, PNG, WEBP } from '../helpers/media.ts';

const article = (locale: string, body = '# Title\n\nText.\n') => `${FRONT_MATTER(locale)}${body}`;
const SECRET = 'root:x:0:0:SECRET-FIRST-LINE';

/** A folder outside the content folder, with a secret file, a secret Markdown file and an HTML page. */
function outsideFolder(): string {
  const dir = tempDir('errata-outside-');
  writeFileSync(join(dir, 'passwd'), `${SECRET}\n`);
  writeFileSync(join(dir, 'x.md'), `${SECRET}\n# not front matter\n`);
  writeFileSync(join(dir, 'page.png'), 'PNG-FROM-OUTSIDE');
  return dir;
}

const rulesOf = (set: Awaited<ReturnType<typeof checkContent>>, file: string) =>
  set.files.find((f) => f.file === file)?.diagnostics.map((d) => d.rule);

describe('symbolic links (reproduction 3)', () => {
  it('reports links that lead outside, reads nothing of them, and follows the ones that stay inside', async () => {
    const outside = outsideFolder();
    const content = makeContent({
      'en-us/good.md': article('en-US'),
      'shared/inside.md': article('en-US', '# Shared\n\nInside.\n'),
    });
    symlinkSync(join(outside, 'x.md'), join(content, 'en-us/outside.md'));
    symlinkSync(join(outside, 'passwd'), join(content, 'en-us/passwd.md'));
    symlinkSync(outside, join(content, 'en-us/linked-folder'));
    symlinkSync(join(content, 'shared'), join(content, 'en-us/guides'));
    symlinkSync(join(content, 'shared/inside.md'), join(content, 'en-us/alias.md'));
    // A folder linked into itself is listed once, not forever.
    symlinkSync(join(content, 'en-us'), join(content, 'en-us/guides-loop'));
    const set = await checkContent({ contentDir: content, workers: 0 });
    expect(rulesOf(set, 'en-us/outside.md')).toEqual(['file-symlink-outside']);
    expect(rulesOf(set, 'en-us/passwd.md')).toEqual(['file-symlink-outside']);
    expect(rulesOf(set, 'en-us/linked-folder')).toEqual(['file-symlink-outside']);
    for (const file of ['en-us/outside.md', 'en-us/passwd.md', 'en-us/linked-folder']) {
      const record = set.files.find((f) => f.file === file)!;
      expect(record.article).toBeUndefined();
      expect(record.diagnostics.every(blocksPublishing)).toBe(true);
    }
    expect(set.articles.map((a) => a.file).sort()).toEqual([
      'en-us/alias.md',
      'en-us/good.md',
      'en-us/guides/inside.md',
    ]);
    expect(JSON.stringify(set)).not.toContain('SECRET');
    // The pretty formatter quotes the line a problem is on: never a line of a file outside.
    const pretty = formatPretty(allDiagnostics(set), set.files.length, { contentDir: content, color: false });
    expect(pretty).toMatch(/en-us\/outside\.md/);
    expect(pretty).not.toContain('SECRET');
  });

  it('reports a locale folder and a registry file that lead outside', async () => {
    const outside = outsideFolder();
    const content = makeContent({ 'en-us/good.md': article('en-US') });
    mkdirSync(join(outside, 'de-de'));
    writeFileSync(join(outside, 'de-de/a.md'), article('de-DE'));
    symlinkSync(join(outside, 'de-de'), join(content, 'de-de'));
    mkdirSync(join(content, 'error-codes'));
    symlinkSync(join(outside, 'passwd'), join(content, 'error-codes/leak.yml'));
    const set = await checkContent({ contentDir: content, workers: 0 });
    expect(set.locales).toEqual(['en-us']);
    expect(set.diagnostics.map((d) => [d.file, d.rule])).toEqual([
      ['de-de', 'file-symlink-outside'],
      ['error-codes/leak.yml', 'file-symlink-outside'],
    ]);
    expect(JSON.stringify(set)).not.toContain('SECRET');
  });

  it('publishes no media through a link that leads outside, in any letter case', async () => {
    const outside = outsideFolder();
    const content = makeContent({
      'en-us/a.md': article('en-US', '# A\n\n![x](media/PAGE.png) ![y](Media/Leak.PNG)\n'),
      'en-us/media/ok.png': PNG,
      'de-de/a.md': article('de-DE'),
    });
    symlinkSync(join(outside, 'page.png'), join(content, 'en-us/media/page.png'));
    symlinkSync(join(content, 'en-us/media/ok.png'), join(content, 'en-us/media/also-ok.png'));
    symlinkSync(outside, join(content, 'de-de/media'));
    expect(mediaFiles(content, 'en-us').files).toEqual(['en-us/media/also-ok.png', 'en-us/media/ok.png']);
    expect(mediaFiles(content, 'en-us').diagnostics.map((d) => [d.file, d.rule])).toEqual([
      ['en-us/media/page.png', 'file-symlink-outside'],
    ]);
    expect(mediaFiles(content, 'de-de')).toEqual({
      files: [],
      diagnostics: [expect.objectContaining({ file: 'de-de/media', rule: 'file-symlink-outside' })],
    });
    const set = await checkContent({ contentDir: content, workers: 0 });
    expect(set.diagnostics.map((d) => d.file)).toEqual(['de-de/media', 'en-us/media/page.png']);
    // The article's link to it points at nothing on the site, and says so (in either case).
    expect(set.files.find((f) => f.file === 'en-us/a.md')!.diagnostics.map((d) => d.rule)).toEqual([
      'media-link-missing',
      'media-link-missing',
    ]);
  });
});

describe('recover-source stays inside (reproduction 7)', () => {
  it('refuses a --source or --from that is not a locale folder name, before writing anything', () => {
    const content = makeContent({ 'zh-tw/a.md': article('zh-TW') });
    for (const [sourceLocale, from] of [
      ['../x', undefined],
      ['/tmp/x', undefined],
      ['en-us', ['../zh-tw']],
      ['api', undefined],
    ] as const) {
      expect(
        () => recoverSources({ contentDir: content, sourceLocale, from: from ? [...from] : undefined }),
        sourceLocale,
      ).toThrow(RecoverError);
    }
  });

  it('refuses a source folder that is a link to outside', () => {
    const content = makeContent({ 'zh-tw/a.md': article('zh-TW') });
    symlinkSync(tempDir('errata-outside-'), join(content, 'en-us'));
    expect(() => recoverSources({ contentDir: content, sourceLocale: 'en-us' })).toThrow(/outside the content folder/);
  });
});

describe('media that is safe to serve (reproduction 8)', () => {
  it('publishes raster images and PDF, and reports HTML, scripts, SVG and unknown types', () => {
    const content = makeContent({
      'en-us/media/a.png': PNG,
      'en-us/media/b.JPG': JPEG,
      'en-us/media/sub/c.gif': GIF,
      'en-us/media/d.webp': WEBP,
      'en-us/media/e.pdf': PDF,
      'en-us/media/evil.html': '<script>alert(document.cookie)</script>',
      'en-us/media/logo.svg': '<svg onload="alert(1)"/>',
      'en-us/media/x.js': 'alert(1)',
      'en-us/media/notes.txt': 'x',
      'en-us/media/README': 'x',
    });
    const { files, diagnostics } = mediaFiles(content, 'en-us');
    expect(files).toEqual([
      'en-us/media/a.png',
      'en-us/media/b.JPG',
      'en-us/media/d.webp',
      'en-us/media/e.pdf',
      'en-us/media/sub/c.gif',
    ]);
    expect(diagnostics.map((d) => [d.file, d.rule, d.severity]).sort()).toEqual([
      ['en-us/media/README', 'media-unsafe-type', 'warning'],
      ['en-us/media/evil.html', 'media-unsafe-type', 'warning'],
      ['en-us/media/logo.svg', 'media-unsafe-type', 'warning'],
      ['en-us/media/notes.txt', 'media-unsafe-type', 'warning'],
      ['en-us/media/x.js', 'media-unsafe-type', 'warning'],
    ]);
    expect(diagnostics.find((d) => d.file.endsWith('.svg'))!.message).toMatch(/SVG/);
  });
});

describe('articles that would crash a renderer (reproduction 5)', () => {
  const cases: Record<string, [string, number]> = {
    'en-us/nested-list.md': [article('en-US', `# Deep\n\n${'- '.repeat(1000)}x\n`), 11],
    'en-us/indented-list.md': [
      article('en-US', `# Deep\n\n${Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')}\n`),
      11 + 64,
    ],
    'en-us/quotes.md': [article('en-US', `# Deep\n\n${'>'.repeat(2000)} x\n`), 11],
    'en-us/lines.md': [article('en-US', `# Long\n\n${'line\n'.repeat(200_000)}`), 20_001],
    'en-us/table.md': [article('en-US', `# Table\n\n| a | b |\n| --- | --- |\n${'| 1 | 2 |\n'.repeat(25_000)}`), 11],
    'en-us/table-without-pipes.md': [
      article('en-US', `# Table\n\n| a | b |\n| --- | --- |\n${'row\n'.repeat(25_000)}`),
      11,
    ],
    'en-us/html-one-line.md': [
      article('en-US', `# HTML\n\n${'<span>'.repeat(20_000)}x${'</span>'.repeat(20_000)}\n`),
      11,
    ],
    'en-us/html-divs.md': [
      article('en-US', `# HTML\n\n${'<div>\n'.repeat(2000)}x\n${'</div>\n'.repeat(2000)}`),
      11 + 256,
    ],
    // An indented ``` is code to CommonMark, not a fence: it must not hide what follows from the count.
    'en-us/behind-a-fake-fence.md': [article('en-US', `# Fence\n\n    \`\`\`\n${'- '.repeat(1000)}x\n`), 12],
    'en-us/table-behind-a-fake-fence.md': [
      article('en-US', `# Fence\n\n    \`\`\`\n| a |\n| - |\n${'| 1 |\n'.repeat(25_000)}`),
      12,
    ],
  };

  it('reports each at its line, before any renderer runs, and checks the others as usual', async () => {
    const files: Record<string, string> = { 'en-us/good.md': article('en-US') };
    for (const [file, [text]] of Object.entries(cases)) files[file] = text;
    const set = await checkContent({ contentDir: makeContent(files), workers: 0 });
    for (const [file, [, line]] of Object.entries(cases)) {
      const record = set.files.find((f) => f.file === file)!;
      expect(
        record.diagnostics.map((d) => [d.rule, d.line, d.severity]),
        file,
      ).toEqual([['file-too-complex', line, 'error']]);
      expect(record.article, file).toBeUndefined();
    }
    expect(set.articles.map((a) => a.file)).toEqual(['en-us/good.md']);
  });

  it('stays linear on long files whose only pipe or angle bracket is at the end', () => {
    const text = `${'x\n'.repeat(19_000)}${'y'.repeat(1_900_000)}|<`;
    const started = performance.now();
    measureComplexity(text);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('measures what real articles do without complaint: a few levels of lists, code in lists, ordinary tables', () => {
    const real = `# Steps\n\n1. First\n   - sub\n     > quote\n     > - in quote\n\n   \`\`\`json\n${'      {\n'.repeat(60)}   \`\`\`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nAfter the table.\n`;
    const c = measureComplexity(
      `${real}\n<div><p>Placeholders are text: <MailboxName> <UserPrincipalName> <br><img src="x.png"/></p></div>\n<span>a</span>`,
    );
    expect(c.nesting).toBeLessThan(10);
    expect(c.htmlNesting).toBe(1);
    expect(c.tableRows).toBe(3);
  });
});

describe('reserved routes (reproduction 6)', () => {
  it('names the site paths an article or locale folder may not take', () => {
    for (const slug of [
      '...',
      '.',
      '',
      '404',
      '404.html',
      'index.html',
      'pagefind',
      'search.js',
      'SEARCH.JS',
      'sitemap.xml',
      'sitemap-0.xml',
      '_astro',
      'api',
      'status',
      'media',
      'a/../b',
      'a//b',
      'pagefind/x',
    ]) {
      expect(reservedSlug(slug), slug).toBeDefined();
    }
    for (const slug of [
      'index',
      'guide',
      'commercial-dialogues/unblock-email',
      'api-permissions',
      'search-hybrid',
      'a/404',
      'status-service-request-surface',
    ])
      expect(reservedSlug(slug), slug).toBeUndefined();
    for (const locale of ['api', '_astro', 'status', 'pagefind', 'sitemap.xml', '..'])
      expect(reservedLocale(locale), locale).toBeDefined();
    for (const locale of ['en-us', 'zh-tw', 'sr-latn-rs']) expect(reservedLocale(locale), locale).toBeUndefined();
  });

  it('reports slug-reserved on each such file, including every file of a locale folder api/', async () => {
    const files: Record<string, string> = { 'en-us/good.md': article('en-US'), 'api/x.md': article('en-US') };
    for (const name of ['....md', '.md', '404.md', 'pagefind.md', 'sitemap.xml.md', 'search.js.md'])
      files[`en-us/${name}`] = article('en-US');
    const set = await checkContent({ contentDir: makeContent(files), workers: 0 });
    expect(set.locales).toEqual(['en-us']);
    for (const file of Object.keys(files).filter((f) => f !== 'en-us/good.md')) {
      const reserved = set.files.find((f) => f.file === file)?.diagnostics.filter((d) => d.rule === 'slug-reserved');
      expect(reserved, file).toHaveLength(1);
      expect(reserved!.every(blocksPublishing), file).toBe(true);
    }
    expect(set.files.find((f) => f.file === 'en-us/good.md')!.diagnostics).toEqual([]);
  });
});

describe('lesser cases (reproduction 9)', () => {
  it('reports UTF-16 as an encoding problem, not a binary file', async () => {
    const text = article('en-US');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    const set = await checkContent({
      contentDir: makeContent({ 'en-us/le.md': le, 'en-us/be.md': Buffer.concat([Buffer.from([0xfe, 0xff]), be]) }),
      workers: 0,
    });
    for (const file of ['en-us/le.md', 'en-us/be.md']) {
      const [d] = set.files.find((f) => f.file === file)!.diagnostics;
      expect(d).toMatchObject({ rule: 'file-encoding', severity: 'error' });
      expect(d!.message).toMatch(/UTF-16/);
    }
  });

  it('reports style attributes and entity-encoded javascript: links', async () => {
    const body =
      '# T\n\n<p style="position:fixed;top:0">x</p>\n\n<a href="&#106;avascript:alert(1)">a</a>\n\n[b](&#x6A;avascript:alert(1))\n\n<img src="java\tscript:alert(1)">\n\n<a href="https://example.com" title="style=x">fine</a>\n';
    const set = await checkContent({ contentDir: makeContent({ 'en-us/a.md': article('en-US', body) }), workers: 0 });
    const active = set.files[0]!.diagnostics.filter((d) => d.rule === 'html-active');
    expect(active.map((d) => d.line)).toEqual([11, 13, 15, 17]);
    expect(active[0]!.message).toMatch(/style attribute/);
  });
});
