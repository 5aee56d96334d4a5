import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkMediaLinks,
  ImportError,
  importDocset,
  type ImportResult,
} from '../../../src/core/import/import-docset.ts';
import { MediaIndex } from '../../../src/core/media/media-index.ts';
import { CORPUS, makeContent, tempDir } from '../../helpers/content.ts';
import { describeWithCorpus } from '../../helpers/corpus.ts';

const filesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();

describeWithCorpus('importing a real docset (vi-VN archive)', () => {
  let docset: string;
  let content: string;
  let result: ImportResult;

  beforeAll(async () => {
    const unpacked = tempDir('errata-archive-');
    execFileSync('tar', ['-xzf', join(CORPUS, 'alchemyinsights-vi-VN-live.tar.gz'), '-C', unpacked]);
    docset = join(unpacked, 'AlchemyInsights');
    content = tempDir('errata-import-');
    // Its speed is measured by `npm run bench:import`, not here: a timed test fails on a busy machine.
    result = await importDocset({ from: docset, locale: 'vi-VN', contentDir: content });
  });

  it('copies every Markdown file, subfolders included, byte for byte', () => {
    const articles = filesUnder(docset).filter((f) => f.endsWith('.md'));
    expect(articles.some((f) => f.startsWith('commercial-dialogues/'))).toBe(true);
    expect(articles.some((f) => f.startsWith('includes/'))).toBe(true);
    expect(result.articles).toBe(articles.length);
    const copied = filesUnder(join(content, 'vi-vn'));
    expect(copied.filter((f) => f.endsWith('.md'))).toEqual(articles);
    for (const file of articles)
      expect(readFileSync(join(content, 'vi-vn', file)).equals(readFileSync(join(docset, file))), file).toBe(true);
  });

  it('copies the media and leaves the docfx files behind, saying why', () => {
    const media = filesUnder(join(docset, 'media'));
    expect(result.media).toBe(media.length);
    expect(filesUnder(join(content, 'vi-vn', 'media'))).toEqual(media);
    const skipped = Object.fromEntries(result.skipped.map((s) => [s.file, s.reason]));
    expect(Object.keys(skipped).sort()).toEqual(['TOC.yml', 'breadcrumb/toc.yml', 'chromeless.yml', 'docfx.json']);
    expect(skipped['TOC.yml']).toMatch(/table of contents/);
    for (const file of Object.keys(skipped)) expect(existsSync(join(content, 'vi-vn', file))).toBe(false);
  });

  it('reports the link written in lower case to a mixed-case GIF, at its line, and keeps the article as is', () => {
    const article = 'cannot-see-the-scroll-bar.md';
    const text = readFileSync(join(docset, article), 'utf8');
    const link = 'media/16353_mouse_over_inbox_scrollbar-225x292.gif';
    const offset = text.indexOf(link);
    const line = text.slice(0, offset).split('\n').length;
    const column = offset - text.lastIndexOf('\n', offset - 1);
    const found = result.diagnostics.filter((d) => d.rule === 'media-link-case');
    expect(found).toEqual([expect.objectContaining({ file: `vi-vn/${article}`, line, column, severity: 'warning' })]);
    expect(found[0]!.message).toContain('vi-vn/media/16353_Mouse_over_inbox_scrollbar-225x292.gif');
    expect(existsSync(join(content, 'vi-vn/media/16353_Mouse_over_inbox_scrollbar-225x292.gif'))).toBe(true);
    expect(readFileSync(join(content, 'vi-vn', article), 'utf8')).toContain(link);
  });

  it('flags the file name with zero-width spaces as unusual, and nothing breaks', () => {
    const unusual = result.diagnostics.filter((d) => d.rule === 'file-name-unusual');
    expect(unusual.map((d) => d.file)).toEqual([`vi-vn/restore-an-office-365-group-using-eac${'\u200b'.repeat(7)}.md`]);
    // The invisible characters are spelled out, or the message would show a name that looks ordinary.
    expect(unusual[0]!.message).toContain('"restore-an-office-365-group-using-eac[7×U+200B].md"');
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('gives check the same media findings on the imported content', () => {
    const index = MediaIndex.build(join(content, 'vi-vn'));
    const fromCheck = filesUnder(join(content, 'vi-vn'))
      .filter((f) => f.endsWith('.md'))
      .flatMap((f) => checkMediaLinks(`vi-vn/${f}`, readFileSync(join(content, 'vi-vn', f), 'utf8'), 1, index));
    expect(fromCheck).toEqual(result.diagnostics.filter((d) => d.rule.startsWith('media-link-')));
  });
});

describe('importing small docsets', () => {
  const article = (body: string) => `---\ntitle: T\nms.contentlocale: zh-TW\n---\n${body}\n`;

  it('resolves every kind of media link and copies linked files outside media/', async () => {
    const docset = makeContent({
      'a.md': article(
        '![ok](media/ok.png) ![case](MEDIA/OK.PNG) ![gone](media/gone.png) ![web](https://x/y.png) [pdf](files/guide.pdf)',
      ),
      'sub/b.md': article('![up](../media/ok.png) ![wrong](media/ok.png)'),
      'media/ok.png': 'png',
      'files/guide.pdf': 'pdf',
      'files/unlinked.txt': 'txt',
    });
    const content = tempDir();
    const result = await importDocset({ from: docset, locale: 'zh-TW', contentDir: content });
    expect(result).toMatchObject({ articles: 2, media: 2 });
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([
      'zh-tw/a.md:5:29 media-link-case',
      'zh-tw/a.md:5:51 media-link-missing',
      'zh-tw/sub/b.md:5:33 media-link-missing',
    ]);
    expect(result.diagnostics[2]!.hint).toContain('"../media/ok.png"');
    expect(readFileSync(join(content, 'zh-tw/files/guide.pdf'), 'utf8')).toBe('pdf');
    expect(result.skipped).toEqual([
      { file: 'files/unlinked.txt', reason: expect.stringContaining('no article links to it') },
    ]);
  });

  it('keeps odd file names byte for byte and survives files it cannot read', async () => {
    const docset = makeContent({
      'line\nbreak.md': article('x'),
      'bad-utf8.md': new Uint8Array([0x23, 0x20, 0xff, 0xfe, 0x0a]),
      'media/Tab\there.png': 'png',
    });
    symlinkSync(join(docset, 'nowhere.md'), join(docset, 'dangling.md'));
    const content = tempDir();
    const result = await importDocset({ from: docset, locale: 'zh-TW', contentDir: content });
    expect(readFileSync(join(content, 'zh-tw/line\nbreak.md'), 'utf8')).toBe(article('x'));
    expect([...readFileSync(join(content, 'zh-tw/bad-utf8.md'))]).toEqual([0x23, 0x20, 0xff, 0xfe, 0x0a]);
    expect(existsSync(join(content, 'zh-tw/media/Tab\there.png'))).toBe(true);
    expect(result.diagnostics.filter((d) => d.rule === 'file-name-unusual').map((d) => [d.file, d.severity])).toEqual([
      ['zh-tw/line\nbreak.md', 'info'],
      ['zh-tw/media/Tab\there.png', 'info'],
    ]);
    expect(result.skipped).toEqual([{ file: 'dangling.md', reason: expect.stringContaining('symbolic link') }]);
  });

  it('warns when two files differ only in case', async () => {
    const result = await importDocset({
      from: makeContent({ 'a.md': 'x', 'media/X.png': '1', 'media/x.png': '2' }),
      locale: 'sv-SE',
      contentDir: tempDir(),
    });
    expect(result.diagnostics.map((d) => [d.file, d.rule])).toEqual([
      ['sv-se/media/x.png', 'file-name-case-collision'],
    ]);
  });
});

describe('unusable imports', () => {
  const docset = makeContent({ 'a.md': '# A' });
  const run = (from: string, locale: string, contentDir = tempDir()) => importDocset({ from, locale, contentDir });

  it('rejects a tag that is not BCP 47, suggesting the dashed form', async () => {
    await expect(run(docset, 'zh_TW')).rejects.toThrow(
      new ImportError('"zh_TW" is not a BCP 47 language tag such as zh-TW or sr-Latn-RS. Did you mean --locale zh-TW?'),
    );
    for (const tag of ['', 'chinese', 'zh-', '../en-us', 'error-codes', 'en-US-x-private'])
      await expect(run(docset, tag), tag).rejects.toThrow(ImportError);
  });

  it('accepts tags with a script, and writes the lower-case folder', async () => {
    const content = tempDir();
    await run(docset, 'sr-Latn-RS', content);
    expect(existsSync(join(content, 'sr-latn-rs/a.md'))).toBe(true);
  });

  it('rejects a --from that is not a folder, or holds no docset', async () => {
    const file = join(tempDir(), 'file.md');
    writeFileSync(file, '# A');
    await expect(run(file, 'zh-TW')).rejects.toThrow(/is not a folder/);
    await expect(run(join(docset, 'missing'), 'zh-TW')).rejects.toThrow(/cannot be read \(ENOENT\)/);
    await expect(run(makeContent({ 'media/x.png': 'png' }), 'zh-TW')).rejects.toThrow(/holds no Markdown files/);
    // --content naming a file: nothing can be written.
    await expect(run(docset, 'zh-TW', file)).rejects.toThrow(/Cannot create .*check --content/);
  });

  it('points at the docset inside an unpacked archive rather than nesting every slug', async () => {
    const archive = makeContent({ 'AlchemyInsights/docfx.json': '{}', 'AlchemyInsights/a.md': '# A' });
    await expect(run(archive, 'zh-TW')).rejects.toThrow(`use --from ${join(archive, 'AlchemyInsights')}`);
  });

  it('refuses to import a folder into itself', async () => {
    const content = makeContent({ 'zh-tw/a.md': '# A' });
    await expect(run(join(content, 'zh-tw'), 'zh-TW', content)).rejects.toThrow(/overlap/);
    await expect(run(content, 'zh-TW', join(content, 'out'))).rejects.toThrow(/overlap/);
    expect(readFileSync(join(content, 'zh-tw/a.md'), 'utf8')).toBe('# A');
  });
});
