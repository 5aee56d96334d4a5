/** Reproduction 3 of issue 10, for `errata import`: a docset's links are never copied, and nothing is written through one. */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError, importDocset } from '../../../src/core/import/import-docset.ts';
import { makeContent, tempDir } from '../../helpers/content.ts';
import { errata } from '../../helpers/cli.ts';

const ARTICLE = '---\ntitle: A\n---\n# A\n\n![x](media/leak.png)\n';

function secretFolder(): string {
  const dir = tempDir('errata-outside-');
  writeFileSync(join(dir, 'passwd'), 'root:x:0:0:SECRET\n');
  mkdirSync(join(dir, 'folder'));
  writeFileSync(join(dir, 'folder/y.png'), 'SECRET-PNG');
  return dir;
}

const everyFile = (dir: string) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => !lstatSync(join(dir, f)).isDirectory());

describe('errata import and symbolic links', () => {
  it('copies no link — to a file, to a folder, as media — and says why for each', async () => {
    const outside = secretFolder();
    const docset = makeContent({ 'a.md': ARTICLE, 'media/ok.png': 'png' });
    symlinkSync(join(outside, 'passwd'), join(docset, 'media/leak.png'));
    symlinkSync(join(outside, 'passwd'), join(docset, 'leak.md'));
    symlinkSync(join(outside, 'folder'), join(docset, 'media/more'));
    const content = tempDir();
    const result = await importDocset({ from: docset, locale: 'de-DE', contentDir: content });
    expect(result.articles).toBe(1);
    expect(result.media).toBe(1);
    expect(everyFile(join(content, 'de-de')).sort()).toEqual(['a.md', 'media/ok.png']);
    const skipped = Object.fromEntries(result.skipped.map((s) => [s.file, s.reason]));
    for (const file of ['media/leak.png', 'leak.md', 'media/more'])
      expect(skipped[file], file).toMatch(/symbolic link/);
    // Each link is a warning where the file would have gone, and the article's link to it points at nothing now.
    expect(
      result.diagnostics.filter((d) => d.rule === 'file-symlink-outside').map((d) => [d.file, d.severity]),
    ).toEqual([
      ['de-de/leak.md', 'warning'],
      ['de-de/media/leak.png', 'warning'],
      ['de-de/media/more', 'warning'],
    ]);
    expect(result.diagnostics.map((d) => d.rule)).toContain('media-link-missing');
  });

  it('writes nothing through a link already in the content folder', async () => {
    const outside = tempDir('errata-outside-');
    const docset = makeContent({ 'a.md': ARTICLE, 'media/ok.png': 'png' });
    const content = makeContent({ 'de-de/b.md': 'x' });
    symlinkSync(outside, join(content, 'de-de/media'));
    const result = await importDocset({ from: docset, locale: 'de-DE', contentDir: content });
    expect(readdirSync(outside)).toEqual([]);
    expect(result.skipped.find((s) => s.file === 'media/ok.png')?.reason).toMatch(/outside the content folder/);

    const linkedLocale = tempDir();
    symlinkSync(outside, join(linkedLocale, 'fr-fr'));
    await expect(importDocset({ from: docset, locale: 'fr-FR', contentDir: linkedLocale })).rejects.toThrow(
      /outside the content folder/,
    );
    expect(readdirSync(outside)).toEqual([]);
  });

  it("refuses --locale values that are paths or the site's own folders, before writing", async () => {
    const docset = makeContent({ 'a.md': ARTICLE });
    const content = tempDir();
    for (const locale of ['../x', '/tmp/x', 'de-DE/../../x', 'api']) {
      await expect(importDocset({ from: docset, locale, contentDir: content }), locale).rejects.toThrow(ImportError);
    }
    expect(readdirSync(content)).toEqual([]);
    const cli = errata(['import', '--from', docset, '--locale', '../x', '--content', content]);
    expect(cli.status).toBe(2);
    expect(existsSync(join(content, '..', 'x'))).toBe(false);
  });

  it('recover-source --source ../x exits 2 and writes nothing outside', () => {
    const content = makeContent({
      'zh-tw/a.md': readFileSync(
        new URL('../../../content/zh-tw/troubleshoot-aadsts50000-error-code.md', import.meta.url),
        'utf8',
      ),
    });
    const cli = errata(['recover-source', '--content', content, '--source', '../escaped']);
    expect(cli.status).toBe(2);
    expect(cli.stderr).toMatch(/not a locale folder name/);
    expect(existsSync(join(content, '..', 'escaped'))).toBe(false);
  });
});
