import { describe, expect, it } from 'vitest';
import { checkMediaLinks } from '../../../src/core/media/check-media-links.ts';
import { MediaIndex } from '../../../src/core/media/media-index.ts';
import { findMediaLinks } from '../../../src/core/media/media-links.ts';

const hrefs = (markdown: string) => findMediaLinks(markdown).map((link) => link.href);

describe('finding local links', () => {
  it('finds images, links, reference definitions and HTML sources, at the destination', () => {
    const text = [
      '![Brightness](media/brightness.png "Slider")',
      'See [the other article](other.md) and <img alt="x" src="media/a.png"> or <IMG SRC=media/b.png>.',
      "<a href='files/guide.pdf'>guide</a>",
      '[ref]: <media/with space.png> "title"',
      '![spaced](\n  media/c.png\n)',
    ].join('\n');
    const links = findMediaLinks(text);
    expect(links.map((l) => l.href)).toEqual([
      'media/brightness.png',
      'other.md',
      'media/a.png',
      'media/b.png',
      'files/guide.pdf',
      'media/with space.png',
      'media/c.png',
    ]);
    for (const link of links) expect(text.startsWith(link.href, link.index)).toBe(true);
  });

  it('leaves out URLs, data: URIs, site paths and anchors', () => {
    const text =
      "![a](https://x/a.png) ![b](data:image/png;base64,AAAA) [c](/office/x) [d](#top) <img src='data:image/png;base64,iVBO' />\n[e]: https://x";
    expect(hrefs(text)).toEqual([]);
  });

  it('keeps to what CommonMark makes a link', () => {
    // A destination with a space is not a link: it is shown as text.
    expect(hrefs('[設定](透過取代現有的 OneDrive 應用程式)')).toEqual([]);
    expect(hrefs('[a](media/x.png "title")  [b](media/(1).png)  [c](media/y.png')).toEqual([
      'media/x.png',
      'media/(1).png',
    ]);
    expect(hrefs('[a](media/x.png\n\n)')).toEqual([]);
  });

  it('skips links shown as code', () => {
    const text =
      'Write `![alt](media/not-a-link.png)` or ``[x](a.md)``:\n\n```md\n![alt](media/in-fence.png)\n```\n\n![real](media/real.png)';
    expect(hrefs(text)).toEqual(['media/real.png']);
  });
});

describe('checking local links', () => {
  const index = MediaIndex.fromFiles(['a.md', 'sub/b.md', 'media/Shot.png', 'media/logo.png']);

  it('warns about a case mismatch at the link, naming the file on disk and the fix', () => {
    const body = 'Intro\n\nClick ![shot](media/shot.PNG).\n';
    const [diagnostic, ...rest] = checkMediaLinks('zh-tw/a.md', body, 8, index);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      file: 'zh-tw/a.md',
      line: 10,
      column: 15,
      severity: 'warning',
      rule: 'media-link-case',
    });
    expect(diagnostic!.message).toContain('zh-tw/media/Shot.png');
    expect(diagnostic!.hint).toBe('Change the link to "media/Shot.png".');
    // From a subfolder the suggested link climbs back up.
    expect(checkMediaLinks('zh-tw/sub/b.md', '![](../media/SHOT.png)', 1, index)[0]!.hint).toBe(
      'Change the link to "../media/Shot.png".',
    );
  });

  it('warns about links to nothing, suggesting a same-name file elsewhere', () => {
    const diagnostics = checkMediaLinks(
      'zh-tw/sub/b.md',
      '![](media/logo.png)\n![](media/gone.png)\n![](../../x.png)',
      1,
      index,
    );
    expect(diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([
      ['media-link-missing', 1, 5],
      ['media-link-missing', 2, 5],
      ['media-link-missing', 3, 5],
    ]);
    expect(diagnostics[0]!.hint).toBe('A file of that name exists: link it as "../media/logo.png".');
    expect(diagnostics[1]!.hint).toContain('zh-tw/media/');
    expect(diagnostics[2]!.message).toContain('outside the zh-tw/ folder');
    // A machine-translated link target is no file: the hint is about links, not images.
    expect(checkMediaLinks('zh-tw/a.md', '**[...](設定及其他)**', 1, index)[0]!.hint).toMatch(
      /^Correct the link: another article is linked by its \.md file/,
    );
  });

  it('says nothing about links that resolve or are not local files', () => {
    expect(checkMediaLinks('zh-tw/a.md', '![](media/Shot.png) [x](sub/b.md) ![](https://x/y.png)', 1, index)).toEqual(
      [],
    );
  });
});
