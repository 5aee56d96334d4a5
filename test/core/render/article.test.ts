import { describe, expect, it } from 'vitest';
import { byTag, findAll, fixture, hasClass, parseLikeBrowser, seed, textOf, visibleText } from './helpers.ts';
import { ENGINES, renderWith } from './engines.ts';

describe.each(ENGINES)('rendered with %s', (engine) => {
  const { render, renderArticle } = renderWith(engine);

  describe('headings', () => {
    const rendered = render(fixture('headings'));
    const page = parseLikeBrowser(rendered.html);

    it('takes the title out of the body but keeps its anchor as a link target', () => {
      expect(rendered.title).toBe('Fix sign-in problems');
      expect(byTag(page, 'h1')).toEqual([]);
      expect(findAll(page, (element) => element.properties.id === 'fix-sign-in')).toHaveLength(1);
    });

    it('keeps the ids authors gave with <a name> and makes every id on the page unique', () => {
      const ids = findAll(page, (element) => element.properties.id !== undefined).map((element) =>
        String(element.properties.id),
      );
      expect(new Set(ids).size).toBe(ids.length);
      expect(byTag(page, 'h2')[0]!.properties.id).toBe('before-you-begin');
      expect(rendered.html).not.toMatch(/<h2[^>]*><a/);
    });

    it('lists second- and third-level headings for the table of contents, pointing at real ids', () => {
      expect(rendered.headings.map((heading) => heading.depth)).toEqual([2, 2, 3, 2, 2]);
      for (const heading of rendered.headings) {
        const [target] = findAll(page, (element) => element.properties.id === heading.id);
        expect(target?.tagName).toBe(`h${heading.depth}`);
        expect(textOf(target!)).toBe(heading.text);
      }
    });

    it('starts every article afresh: the same body gets the same ids twice', () => {
      expect(render(fixture('headings')).headings).toEqual(rendered.headings);
    });

    it('keeps a first-level heading that does not open the body', () => {
      const later = render('Intro first.\n\n# A heading later\n');
      expect(later.title).toBeUndefined();
      expect(byTag(parseLikeBrowser(later.html), 'h1').map((h) => textOf(h))).toEqual(['A heading later']);
    });
  });

  describe('links and images', () => {
    const page = parseLikeBrowser(renderArticle(fixture('media'), { locale: 'zh-tw', base: '/zh-tw/' }).html);
    const images = byTag(page, 'img');
    const links = byTag(page, 'a');

    it('resolves relative links against the article folder, as on disk, and sends .md links to the article pages', () => {
      expect(images.map((image) => image.properties.src)).toEqual([
        '/zh-tw/media/sign-in.png',
        '/zh-tw/media/parent.png',
        'https://example.com/pic.png',
        'data:image/png;base64,iVBORw0KGgo=',
      ]);
      expect(links.map((link) => link.properties.href)).toEqual([
        '/zh-tw/media/guide.pdf',
        '/zh-tw/other-article/',
        'https://www.microsoft.com/',
        '/zh-tw/mediation/x.png',
        'https://learn.microsoft.com/zh-tw/windows/security/threat-protection/#top',
        'https://learn.microsoft.com/en-us/azure/',
        '#media',
        '/zh-tw/guides/setup/#step-2',
      ]);
    });

    it('resolves the links of an article in a subfolder from that folder', () => {
      const { html } = renderArticle('![x](../media/x.png) [y](sibling.md) [z](../top.md)', {
        locale: 'zh-tw',
        base: '/zh-tw/guides/',
      });
      const page = parseLikeBrowser(html);
      expect(byTag(page, 'img')[0]!.properties.src).toBe('/zh-tw/media/x.png');
      expect(byTag(page, 'a').map((link) => link.properties.href)).toEqual(['/zh-tw/guides/sibling/', '/zh-tw/top/']);
    });

    it('loads images lazily and keeps their alt text', () => {
      for (const image of images) expect(image.properties.loading).toBe('lazy');
      expect(images.map((image) => image.properties.alt)).toEqual([
        'The sign-in screen',
        'Parent folder',
        'Already absolute',
        'A data icon',
      ]);
    });

    it('leaves media links alone when no media base is given', () => {
      const { html } = renderArticle('![x](media/x.png)', { locale: 'zh-tw' });
      expect(byTag(parseLikeBrowser(html), 'img')[0]!.properties.src).toBe('media/x.png');
    });
  });

  describe('right-to-left articles', () => {
    const { html } = render(fixture('code'), 'ar-sa');
    const page = parseLikeBrowser(html);

    it('keeps inline code and code blocks left to right', () => {
      const [block] = byTag(page, 'pre');
      expect(block!.properties.dir).toBe('ltr');
      const inline = byTag(page, 'code').filter((code) => !byTag(block!, 'code').includes(code));
      expect(inline).toHaveLength(1);
      expect(inline[0]!.properties.dir).toBe('ltr');
      expect(textOf(inline[0]!)).toBe('Get-Mailbox -Identity <MailboxName>');
    });
  });

  describe('tables', () => {
    it('wraps each table in a box that scrolls on narrow screens and takes keyboard focus', () => {
      const page = parseLikeBrowser(render(fixture('tables')).html);
      const [table] = byTag(page, 'table');
      const wraps = findAll(page, (element) => hasClass(element, 'table-wrap'));
      expect(wraps).toHaveLength(2);
      expect(byTag(wraps[0]!, 'table')).toEqual([table]);
      expect(wraps[0]!.properties.tabIndex).toBe(0);
      expect(byTag(table!, 'td')).toHaveLength(4);
    });

    it("aligns columns with align attributes, never a style the site's CSP would block", () => {
      const { html } = render(fixture('tables'));
      const [, aligned] = byTag(parseLikeBrowser(html), 'table');
      expect(byTag(aligned!, 'th').map((cell) => cell.properties.align)).toEqual(['left', 'center', 'right']);
      expect(byTag(aligned!, 'td').map((cell) => cell.properties.align)).toEqual(['left', 'center', 'right']);
      expect(html).not.toMatch(/\sstyle=/);
    });
  });

  describe('Docs alerts', () => {
    const english = render(fixture('alerts'));
    const page = parseLikeBrowser(english.html);
    const alerts = findAll(page, (element) => hasClass(element, 'alert'));

    it('turns [!NOTE]-style block quotes into labelled notes without showing the marker', () => {
      expect(alerts.map((alert) => alert.properties.className)).toEqual([
        ['alert', 'alert-note'],
        ['alert', 'alert-important'],
        ['alert', 'alert-tip'],
        ['alert', 'alert-tip'],
      ]);
      expect(alerts.map((alert) => textOf(byTag(alert, 'p')[0]!))).toEqual(['Note', 'Important', 'Tip', 'Tip']);
      for (const alert of alerts) expect(alert.properties.role).toBe('note');
      for (const alert of alerts) expect(visibleText(alert)).not.toMatch(/\[!|ПОРАДИ/i);
    });

    it('labels them in the article language', () => {
      const ukrainian = parseLikeBrowser(render(fixture('alerts'), 'uk-ua').html);
      const labels = findAll(ukrainian, (element) => hasClass(element, 'alert-title')).map((label) => textOf(label));
      expect(labels).toHaveLength(4);
      expect(labels).not.toContain('Note');
    });

    it('leaves an ordinary quotation alone', () => {
      expect(byTag(page, 'blockquote').map((quote) => textOf(quote).trim())).toEqual([
        'An ordinary quotation [!NOTE] stays a quotation.',
      ]);
    });
  });

  describe('the zh-TW seed (plain translation)', () => {
    const { locale, title, body } = seed('zh-TW');
    const rendered = render(body, locale);

    it('renders without side-by-side markup', () => {
      expect(rendered.hasSideBySide).toBe(false);
      expect(rendered.html).not.toMatch(/class="sxs|hidden/);
    });

    it('takes the title from the heading and the text from the body', () => {
      expect(rendered.title).toBe(title);
      expect(rendered.text).not.toContain(title);
      const firstParagraph = body
        .split('\n')
        .slice(1)
        .find((line) => line.trim())!
        .trim();
      expect(rendered.text.split('\n')[0]).toBe(firstParagraph);
      expect(rendered.text).toContain('invalid_request:');
      expect(byTag(parseLikeBrowser(rendered.html), 'code').every((code) => code.properties.dir === 'ltr')).toBe(true);
    });
  });
});
