import { describe, expect, it } from 'vitest';
import { scanBody } from '../../../src/core/parse/body-scan.ts';
import { readSegments } from '../../../src/core/sxs/segments.ts';
import {
  byTag,
  findAll,
  fixture,
  hasClass,
  isHidden,
  parseLikeBrowser,
  plainMarkdown,
  seed,
  textOf,
  visibleText,
} from './helpers.ts';
import { ENGINES, renderWith } from './engines.ts';

describe.each(ENGINES)('rendered with %s', (engine) => {
  const { render } = renderWith(engine);

  describe.each(['uk-UA', 'sv-SE'])('the %s seed (machine translation, side by side)', (contentLocale) => {
    const { locale, title, body } = seed(contentLocale);
    const rendered = render(body, locale);
    const page = parseLikeBrowser(rendered.html);
    const firstLineEnd = body.indexOf('\n');
    const segments = readSegments(scanBody(body, 1), 'seed.md')
      .segments.filter((segment) => segment.source && segment.start > firstLineEnd)
      .map((segment) => ({
        id: segment.id,
        translated: plainMarkdown(body.slice(...segment.translated)),
        english: plainMarkdown(body.slice(...segment.source!)),
      }));

    it('has segments to check', () => {
      expect(segments.length).toBeGreaterThan(3);
      expect(rendered.hasSideBySide).toBe(true);
    });

    it('titles the page with the translated first heading and leaves that heading to the layout', () => {
      expect(rendered.title).toBe(title);
      expect(byTag(page, 'h1')).toHaveLength(0);
      // Links to the old anchor still land on the article.
      expect(findAll(page, (element) => element.properties.id === 'troubleshoot-aadsts50000-error-code')).toHaveLength(
        1,
      );
    });

    it('shows each translated segment and keeps its English in the page, hidden, marked English and unsearchable', () => {
      for (const segment of segments) {
        const [group] = findAll(page, (element) => element.properties.dataSxsId === segment.id);
        expect(group, segment.id).toBeDefined();
        const [translated, english] = group!.children.filter((child) => child.type === 'element');
        expect(textOf(translated!).replace(/\s+/g, ' ').trim()).toBe(segment.translated);
        expect(isHidden(page, translated!)).toBe(false);
        expect(textOf(english!).replace(/\s+/g, ' ').trim()).toBe(segment.english);
        expect(english!.properties.hidden).toBe(true);
        expect(english!.properties.lang).toBe('en-US');
        expect(english!.properties.dataPagefindIgnore).toBeDefined();
      }
    });

    it('gives title, text and what the reader sees the translation only', () => {
      const seen = visibleText(rendered.html);
      for (const segment of segments) {
        expect(rendered.text).toContain(segment.translated);
        expect(seen).toContain(segment.translated);
        if (segment.english === segment.translated) continue;
        expect(rendered.text).not.toContain(segment.english);
        expect(seen).not.toContain(segment.english);
      }
      expect(rendered.title).not.toMatch(/Troubleshoot/);
    });

    it('renders the Markdown inside both halves of a segment', () => {
      const strong = byTag(page, 'strong').map((element) => textOf(element));
      expect(strong).toContain('AADSTS50000');
      expect(rendered.html).not.toContain('**');
      const links = byTag(page, 'a').filter((element) => element.properties.href);
      expect(links.length).toBeGreaterThanOrEqual(2);
      // The same link, once in the translation and once in the hidden English.
      expect(new Set(links.map((link) => link.properties.href)).size).toBe(1);
      expect(links.filter((link) => !isHidden(page, link))).toHaveLength(1);
    });

    it('leaves no localization markup behind', () => {
      expect(rendered.html).not.toMatch(/data-ttu-id|data-stu-id|sxs-lookup/);
    });
  });

  describe('broken side-by-side markup', () => {
    const markdown = fixture('side-by-side-malformed');
    const rendered = render(markdown, 'uk-ua');
    const page = parseLikeBrowser(rendered.html);
    const seen = visibleText(rendered.html);
    const translations = [
      'Сегмент без оригіналу.',
      'Сегмент, чий оригінал втратив внутрішній span.',
      'Незакритий сегмент жирний',
      'Інший номер.',
      'Пробіл між частинами.',
      'Стовпець',
      'Клітинка',
    ];
    const originals = [
      'An English original with no segment.',
      'An original without its inner span.',
      'Mismatched original.',
      'A bare English span.',
      'Whitespace between the parts.',
      'Stray closers, then an unclosed original.',
      'Second section',
      'Column',
      'Cell',
    ];

    it('still shows every translation', () => {
      for (const text of translations) {
        expect(seen).toContain(text);
        expect(rendered.text).toContain(text);
      }
    });

    it('never shows English, wherever it was left', () => {
      for (const text of originals) {
        expect(seen).not.toContain(text);
        expect(rendered.text).not.toContain(text);
        const holder = findAll(page, (element) => textOf(element).trim() === text);
        expect(
          holder.some((element) => isHidden(page, element)),
          text,
        ).toBe(true);
      }
    });

    it('never leaks a tag as text', () => {
      expect(seen).not.toMatch(/<\/?span|sxs-lookup|data-[st]tu-id/);
      expect(rendered.html).not.toMatch(/data-ttu-id|data-stu-id|sxs-lookup/);
    });

    it('keeps translated headings and table cells in their places', () => {
      expect(rendered.title).toBe('Зламані пари');
      expect(rendered.headings.map((heading) => heading.text)).toEqual(['Другий розділ']);
      expect(byTag(page, 'th').map((cell) => visibleText(cell))).toEqual(['Стовпець']);
      expect(findAll(page, (element) => hasClass(element, 'table-wrap'))).toHaveLength(1);
    });
  });
});
