/**
 * Character references in raw HTML (core/parse/html-entities.ts) decode as HTML5 says, through
 * the `entities` package: every WHATWG name, the legacy forms without a semicolon in text but
 * not before `=` in an attribute, numeric references with hostile values turned into U+FFFD.
 * Markdown text is the Markdown engines' business (CommonMark: a semicolon is required); both
 * engines must give the same page either way.
 */
import { describe, expect, it } from 'vitest';
import { decodeAttribute, decodeEntities } from '../../../src/core/parse/html-entities.ts';
import { tokenizeHtml } from '../../../src/core/render/html/tokenize.ts';
import { ENGINES, renderWith } from './engines.ts';
import { byTag, fixture, parseLikeBrowser, textOf } from './helpers.ts';

describe('decoding character references', () => {
  it('knows every HTML5 name, not only the common ones', () => {
    expect(decodeEntities('&hearts; &spades; &CounterClockwiseContourIntegral; &fjlig;')).toBe('♥ ♠ ∳ fj');
    expect(decodeAttribute('&hearts;')).toBe('♥');
  });

  it('leaves a name HTML does not know as typed', () => {
    expect(decodeEntities('&NotANamedEntity;')).toBe('&NotANamedEntity;');
    expect(decodeAttribute('&NotANamedEntity;')).toBe('&NotANamedEntity;');
    expect(decodeEntities('a & b &; &#; &#x;')).toBe('a & b &; &#; &#x;');
  });

  it('decodes a legacy name without its semicolon in text, but not before = or a letter in an attribute', () => {
    expect(decodeEntities('&copy 2024')).toBe('© 2024');
    expect(decodeEntities('&notit;')).toBe('¬it;');
    expect(decodeAttribute('?a=1&copy=2&not=3')).toBe('?a=1&copy=2&not=3');
    expect(decodeAttribute('&copyx')).toBe('&copyx');
    expect(decodeAttribute('&copy 2024')).toBe('© 2024');
  });

  it('decodes numeric references, with or without the semicolon', () => {
    expect(decodeEntities('&#x1F600; &#128512; &#169')).toBe('😀 😀 ©');
    // 0x80–0x9F are read as Windows-1252, as browsers do.
    expect(decodeEntities('&#128;&#x99;')).toBe('€™');
  });

  it('turns hostile numeric references into U+FFFD instead of failing', () => {
    for (const reference of [
      '&#0;',
      '&#x0;',
      '&#xD800;',
      '&#xDFFF;',
      '&#x110000;',
      '&#99999999999;',
      '&#xFFFFFFFFFFFFFFFFFFFF;',
      `&#${'9'.repeat(400)};`,
    ]) {
      expect(decodeEntities(reference), reference).toBe('\ufffd');
      expect(decodeAttribute(reference), reference).toBe('\ufffd');
    }
  });

  it('decodes once: &amp;lt; is the text &lt;', () => {
    expect(decodeEntities('&amp;lt;b&amp;gt; &amp;amp;')).toBe('&lt;b&gt; &amp;');
  });

  it('reads text and attributes of raw HTML as a browser does', () => {
    const html =
      '<a title="&copy=&copy;&copyx &hearts" href="?q=1&lang=en&amp;x=&#x31;">&hearts; &copy &notit; &#0;</a>';
    const [open, text] = tokenizeHtml(html);
    expect(open).toMatchObject({ kind: 'open', name: 'a' });
    const browser = byTag(parseLikeBrowser(html), 'a')[0]!;
    if (open?.kind !== 'open') throw new Error('not a tag');
    expect(open.attributes.get('title')).toBe(browser.properties.title);
    expect(open.attributes.get('href')).toBe(browser.properties.href);
    expect(text).toEqual({ kind: 'text', value: textOf(browser) });
    expect(text).toEqual({ kind: 'text', value: '♥ © ¬it; \ufffd' });
  });
});

describe('character references on the page', () => {
  const markdown = fixture('entities');
  const pages = ENGINES.map((engine) => renderWith(engine).render(markdown).html);

  it('is the same page with every Markdown engine', () => {
    for (const page of pages) expect(page).toBe(pages[0]);
  });

  it.each(ENGINES.map((engine, i) => [engine, pages[i]!] as const))(
    '%s: decodes what HTML decodes and escapes the rest',
    (_engine, html) => {
      // Markdown text: CommonMark decodes only known names with their semicolon.
      expect(html).toContain(
        'In Markdown text: ♥ © 😀 © &amp;NotANamedEntity; &amp;hearts; and &amp;copy without a semicolon.',
      );
      // An HTML block: HTML5's rules, hostile numbers as U+FFFD, `&amp;` written back as it came.
      expect(html).toContain(
        'In an HTML block: ♥ © ¬it; &amp;NotANamedEntity; &amp;lt;b&amp;gt; 😀 \ufffd \ufffd € \ufffd \ufffd',
      );
      expect(html).toContain(
        '<a href="https://example.com/?a=1&amp;copy=2&amp;b=3&amp;lang=en" title="&amp;copy=©&amp;copyx">a link</a>',
      );
      expect(html).toContain(
        '<a title="a ♥ b &amp;copy=c © d \ufffd \ufffd" href="https://example.com/?x=1&amp;not=2">',
      );
      expect(html).toContain('<img alt="♥©😀"');
      // What a browser then reads from the page is what the article's HTML said.
      const links = byTag(parseLikeBrowser(html), 'a');
      expect(links.map((link) => link.properties.href)).toEqual([
        'https://example.com/?x=1&not=2',
        'https://example.com/?a=1&copy=2&b=3&lang=en',
      ]);
    },
  );
});
