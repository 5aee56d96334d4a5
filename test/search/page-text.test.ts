/** The text the search indexes for a page: what a reader of its locale sees, nothing hidden. */
import { describe, expect, it } from 'vitest';
import { pageText } from '../../src/search/index/page-text.ts';
import { render, seed } from '../core/render/helpers.ts';

describe('page text', () => {
  it('leaves out the hidden English of side-by-side segments, however deeply nested', () => {
    const html =
      '<p><span class="sxs"><span class="sxs-t">登入<strong>服務</strong></span><span class="sxs-o" lang="en-US" hidden data-pagefind-ignore>Sign in <span><span>deep</span></span> service</span></span> 之後</p>';
    expect(pageText(html)).toBe('登入服務 之後');
  });

  it('keeps the words of neighbouring blocks and cells apart, and decodes references', () => {
    expect(
      pageText('<ul><li>one</li><li>two</li></ul><table><tr><td>a</td><td>b</td></tr></table><p>x &amp; y&#x21;</p>'),
    ).toBe('one\ntwo\na\nb\nx & y!');
  });

  it('reads attribute values with ">" in them without losing text', () => {
    expect(pageText('<p><img alt="a > b" src="x.png"> after</p>')).toBe('after');
  });

  it.each(['uk-UA', 'sv-SE', 'zh-TW', 'ar-SA'])(
    'of the rendered %s seed is the text the core says a reader sees',
    (contentLocale) => {
      const { locale, body } = seed(contentLocale);
      const rendered = render(body, locale);
      const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
      expect(flat(pageText(rendered.html))).toBe(flat(rendered.text));
    },
  );
});
