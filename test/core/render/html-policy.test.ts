import { describe, expect, it } from 'vitest';
import {
  activeContent,
  byTag,
  findAll,
  fixture,
  fixtureSet,
  parseLikeBrowser,
  textOf,
  visibleText,
} from './helpers.ts';
import { ENGINES, renderWith } from './engines.ts';

describe.each(ENGINES)('rendered with %s', (engine) => {
  const { render } = renderWith(engine);

  /** The tags of an HTML string with their quoted attribute values emptied: what is left is names only. */
  const tagsOf = (html: string) => (html.match(/<[^>]*>/g) ?? []).map((tag) => tag.replace(/"[^"]*"/g, '""'));

  describe('hostile HTML', () => {
    const fixtures = fixtureSet('hostile');

    it('has a fixture set', () => {
      expect(fixtures.length).toBeGreaterThanOrEqual(15);
    });

    it.each(fixtures)('$name: nothing active reaches the page', ({ markdown }) => {
      const { html } = render(markdown);
      expect(activeContent(html)).toEqual([]);
      expect(html).not.toMatch(/<script/i);
      for (const tag of tagsOf(html)) expect(tag).not.toMatch(/\son[a-z]+\s*=|\sstyle\s*=/i);
      for (const url of html.matchAll(/\s(?:href|src)="([^"]*)"/g))
        expect(url[1]).not.toMatch(/^(?:javascript|vbscript|data:text)/i);
    });

    it.each(fixtures)('$name: cannot close the layout around the article', ({ markdown }) => {
      const { html } = render(markdown);
      const page = parseLikeBrowser(`<main><article>${html}</article><footer id="after">site footer</footer></main>`);
      const [article] = byTag(page, 'article');
      const [main] = byTag(page, 'main');
      expect(findAll(article!, (element) => element.properties.id === 'after')).toEqual([]);
      expect(main!.children.filter((child) => child.type === 'element').map((child) => child.tagName)).toEqual([
        'article',
        'footer',
      ]);
    });

    it('never shows the source of removed script, style or active content', () => {
      for (const name of 'script-block.md script-inline.md script-in-div.md svg-script.md template-textarea.md style.md noscript-mxss.md math.md form.md'.split(
        ' ',
      )) {
        const { markdown } = fixtures.find((entry) => entry.name === name)!;
        const seen = visibleText(render(markdown).html);
        expect(seen, name).not.toMatch(/alert|display: none|password/);
      }
    });

    it('keeps the harmless text around what it removes', () => {
      const seen = (name: string) => visibleText(render(fixtures.find((entry) => entry.name === name)!.markdown).html);
      expect(seen('script-block.md')).toContain('Text after the script.');
      expect(seen('script-inline.md')).toBe('Before after.');
      expect(seen('script-in-div.md')).toBe('kept still kept');
      expect(seen('event-handlers.md')).toContain('div text');
      expect(seen('style.md')).toBe('styled text');
      expect(seen('layout-breakout.md')).toContain('After the unclosed tags.');
    });

    it('keeps links with unsafe URLs as plain text and safe ones as links', () => {
      const jsPage = parseLikeBrowser(
        render(fixtures.find((entry) => entry.name === 'javascript-urls.md')!.markdown).html,
      );
      const links = byTag(jsPage, 'a');
      expect(links.map((link) => textOf(link))).toEqual(
        expect.arrayContaining(['one', 'two', 'three', 'four', 'five', 'six', 'eight']),
      );
      expect(links.filter((link) => link.properties.href !== undefined)).toEqual([]);
      expect(byTag(jsPage, 'img')).toEqual([]);
      const safe = parseLikeBrowser(
        render(fixtures.find((entry) => entry.name === 'event-handlers.md')!.markdown).html,
      );
      expect(byTag(safe, 'a').map((link) => link.properties.href)).toEqual(['https://example.com']);
    });

    it('shows the alt text of an image whose source is not allowed', () => {
      const { html } = render(fixtures.find((entry) => entry.name === 'vbscript-and-data-urls.md')!.markdown);
      expect(byTag(parseLikeBrowser(html), 'img')).toEqual([]);
      expect(visibleText(html)).toContain('svg image');
    });
  });

  describe('placeholders that look like tags', () => {
    const { html, text } = render(fixture('placeholders'));
    const seen = visibleText(html);

    it('shows them to the reader, escaped, in prose and in code', () => {
      for (const placeholder of [
        '<MailboxName>',
        '<UserPrincipalName>',
        '<your domain>',
        '<CustomDomain>',
        '</GroupName>',
        '<ExchangeWebServiceURL />',
        '<TenantName>',
        '<Identity>',
      ]) {
        expect(seen).toContain(placeholder);
        expect(text).toContain(placeholder);
      }
      expect(html).not.toMatch(/<(mailboxname|userprincipalname|your|tenantname)\b/i);
    });

    it('gives a placeholder alone on its line a paragraph, like the text around it', () => {
      const paragraphs = byTag(parseLikeBrowser(html), 'p').map((p) => textOf(p).trim());
      expect(paragraphs).toContain('<TenantName>');
    });
  });

  describe('formatting HTML the corpus uses', () => {
    const { html } = render(fixture('formatting'));
    const page = parseLikeBrowser(html);
    const count = (tag: string) => byTag(page, tag).length;

    it('keeps line breaks, however they are written', () => {
      const [first] = byTag(page, 'p');
      expect(byTag(first!, 'br')).toHaveLength(3);
    });

    it('keeps inline formatting', () => {
      expect(count('kbd')).toBe(2);
      for (const tag of ['sub', 'sup', 'b', 'i', 'strong', 'em', 'code']) expect(count(tag), tag).toBe(1);
    });

    it('keeps links, their titles and in-page anchors', () => {
      const links = byTag(page, 'a').filter((link) => link.properties.href);
      expect(links.map((link) => link.properties.href)).toEqual(['#details', 'https://learn.microsoft.com/']);
      expect(links[1]!.properties.title).toBe('Microsoft Learn');
      expect(findAll(page, (element) => element.properties.id === 'details')).toHaveLength(1);
    });

    it('keeps inline raster icons written as data URLs', () => {
      const [icon] = byTag(page, 'img');
      expect(String(icon!.properties.src)).toMatch(/^data:image\/png;base64,/);
      expect(icon!.properties.alt).toBe('');
    });

    it('keeps HTML tables but not their styling', () => {
      const [cell] = byTag(page, 'td');
      expect(cell!.properties.colSpan).toBe(2);
      expect(cell!.properties.style).toBeUndefined();
      expect(cell!.properties.className).toBeUndefined();
      expect(count('th')).toBe(2);
    });

    it('unwraps obsolete presentational tags but keeps their text', () => {
      expect(count('font') + count('center')).toBe(0);
      expect(visibleText(html)).toContain('Unwrapped font text and centred text.');
    });
  });
});
