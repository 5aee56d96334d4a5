/** The site's UI strings: complete real translations, one i18next instance per locale, English where a locale lacks a string. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate, translator } from '../../src/page-data/i18n.ts';
import { REPO } from '../helpers/content.ts';
import { uiStrings } from './helpers/site-files.ts';

const english = uiStrings('en-us');
const locales = readdirSync(join(REPO, 'locales')).map((f) => f.replace(/\.json$/, '')).filter((l) => l !== 'en-us');
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('locales/*.json', () => {
  it('ships UI strings for every bundled content locale', () => {
    expect(locales.sort()).toEqual(expect.arrayContaining(['ar-sa', 'sv-se', 'uk-ua', 'vi-vn', 'zh-tw']));
  });

  it.each(locales)('%s has every English key, translated, with the same {{placeholders}}', (locale) => {
    const strings = uiStrings(locale);
    expect(Object.keys(strings).sort()).toEqual(Object.keys(english).sort());
    let same = 0;
    for (const [key, value] of Object.entries(english)) {
      expect(strings[key]!.trim(), key).not.toBe('');
      expect(placeholders(strings[key]!), key).toEqual(placeholders(value));
      if (strings[key] === value) same++;
    }
    // A few strings may rightly match English (a code, "CC BY 4.0"); a copied file would not pass.
    expect(same).toBeLessThanOrEqual(2);
  });
});

describe('translator', () => {
  it('answers in the page\'s language with interpolation, unescaped (Astro escapes when printing)', () => {
    expect(translator('sv-se')('notice.mt')).toBe(uiStrings('sv-se')['notice.mt']);
    expect(translator('ar-sa')('nav.language', { name: 'A & <B>' })).toBe(uiStrings('ar-sa')['nav.language']!.replace('{{name}}', 'A & <B>'));
  });

  it('falls back to English for a locale without strings, key by key', () => {
    expect(translator('fi-fi')('notice.stale')).toBe(english['notice.stale']);
  });

  it('formats dates in the page\'s locale with Intl', () => {
    expect(formatDate('sv-SE', '2021-03-19')).toBe('19 mars 2021');
    expect(formatDate('en-US', '2021-03-19')).toBe('March 19, 2021');
    expect(formatDate('zh-TW', 'not a date')).toBe('not a date');
  });
});
