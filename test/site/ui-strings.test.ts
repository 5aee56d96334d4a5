/**
 * The site's UI strings: a complete translation for every locale of the docset, one i18next
 * instance per locale, English where a locale lacks a string (and marked as English), and one
 * clear diagnostic for a locale file that is not JSON.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkUiStrings } from '../../src/core/i18n/check-ui-strings.ts';
import { formatDate, translator } from '../../src/page-data/i18n.ts';
import { directionOf, nativeName } from '../../src/page-data/locales.ts';
import { FRONT_MATTER, makeContent, REPO, tempDir } from '../helpers/content.ts';
import { uiStrings } from './helpers/site-files.ts';

const english = uiStrings('en-us');
const locales = readdirSync(join(REPO, 'locales'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .filter((l) => l !== 'en-us')
  .sort();
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!))].sort();
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** The AlchemyInsights docset's locales, with the name each calls itself by on the site. */
const DOCSET: Record<string, string> = {
  'ar-sa': 'العربية (المملكة العربية السعودية)',
  'bg-bg': 'Български (България)',
  'cs-cz': 'Čeština (Česko)',
  'da-dk': 'Dansk (Danmark)',
  'de-de': 'Deutsch (Deutschland)',
  'el-gr': 'Ελληνικά (Ελλάδα)',
  'es-es': 'Español de España',
  'et-ee': 'Eesti (Eesti)',
  'fi-fi': 'Suomi (Suomi)',
  'fr-fr': 'Français (France)',
  'he-il': 'עברית (ישראל)',
  'hr-hr': 'Hrvatski (Hrvatska)',
  'hu-hu': 'Magyar (Magyarország)',
  'id-id': 'Bahasa Indonesia (Indonesia)',
  'it-it': 'Italiano (Italia)',
  'ja-jp': '日本語 (日本)',
  'ko-kr': '한국어(대한민국)',
  'lt-lt': 'Lietuvių (Lietuva)',
  'lv-lv': 'Latviešu (Latvija)',
  'nb-no': 'Norsk bokmål (Norge)',
  'nl-nl': 'Nederlands (Nederland)',
  'pl-pl': 'Polski (Polska)',
  'pt-br': 'Português (Brasil)',
  'pt-pt': 'Português europeu',
  'ro-ro': 'Română (România)',
  'ru-ru': 'Русский (Россия)',
  'sk-sk': 'Slovenčina (Slovensko)',
  'sl-si': 'Slovenščina (Slovenija)',
  'sr-latn-rs': 'Srpski (latinica, Srbija)',
  'sv-se': 'Svenska (Sverige)',
  'th-th': 'ไทย (ไทย)',
  'tr-tr': 'Türkçe (Türkiye)',
  'uk-ua': 'Українська (Україна)',
  'vi-vn': 'Tiếng Việt (Việt Nam)',
  'zh-cn': '中文（中国）',
  'zh-tw': '中文（台灣）',
};

describe('locales/*.json', () => {
  it('ships UI strings for every locale of the docset', () => {
    expect(locales).toEqual(expect.arrayContaining(Object.keys(DOCSET)));
  });

  it('are complete as errata check sees them: no ui-string-* and no ui-locale-* diagnostic for any locale', () => {
    process.env.ERRATA_LOCALES_DIR = join(REPO, 'locales');
    expect(checkUiStrings(join(REPO, 'content'), ['en-us', ...locales])).toEqual([]);
  });

  it.each(locales)(
    '%s has every English key in its plural forms, translated, with the same {{placeholders}}',
    (locale) => {
      const strings = uiStrings(locale);
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const [key, value] of Object.entries(english)) {
        const base = key.replace(PLURAL, '');
        // A plural key is needed in the plural forms of the locale's language, not English's.
        const wanted = base === key ? [key] : key.endsWith('_other') ? categories.map((c) => `${base}_${c}`) : [];
        for (const needed of wanted) {
          expect(strings[needed]?.trim(), `${locale}: ${needed}`).toBeTruthy();
          const drop = (names: string[]) => (base === key ? names : names.filter((n) => n !== 'count'));
          expect(drop(placeholders(strings[needed]!)), `${locale}: ${needed}`).toEqual(drop(placeholders(value)));
          // A string may rightly match English when it is one word ("Code", "Filters"); a copied sentence would not pass.
          if (strings[needed] === value) expect(value, `${locale}: ${needed} is English`).not.toMatch(/\s/);
        }
      }
      for (const key of Object.keys(strings))
        expect(
          english[key.replace(PLURAL, '_other')] ?? english[key],
          `${locale}: ${key} is not an English key`,
        ).toBeDefined();
    },
  );

  it.each(Object.entries(DOCSET))('%s is named by its own name, in its own direction', (locale, name) => {
    expect(nativeName(locale)).toBe(name);
    expect(directionOf(locale)).toBe(locale === 'ar-sa' || locale === 'he-il' ? 'rtl' : 'ltr');
  });
});

describe('translator', () => {
  it("answers in the page's language with interpolation, unescaped (Astro escapes when printing)", () => {
    expect(translator('sv-se')('notice.mt')).toBe(uiStrings('sv-se')['notice.mt']);
    expect(translator('ar-sa')('nav.language', { name: 'A & <B>' })).toBe(
      uiStrings('ar-sa')['nav.language']!.replace('{{name}}', 'A & <B>'),
    );
  });

  it('falls back to English for a locale without strings, key by key, and says the string is English', () => {
    const t = translator('fy-nl');
    expect(t('notice.stale')).toBe(english['notice.stale']);
    expect(t.fallback('notice.stale')).toEqual({ lang: 'en-US', dir: 'ltr' });
  });

  it.each(['he-il', 'th-th', 'ja-jp'])('%s: no string falls back', (locale) => {
    const t = translator(locale);
    for (const key of Object.keys(english).filter((k) => !PLURAL.test(k))) expect(t.fallback(key), key).toBeUndefined();
  });

  it("formats dates in the page's locale with Intl", () => {
    expect(formatDate('sv-SE', '2021-03-19')).toBe('19 mars 2021');
    expect(formatDate('en-US', '2021-03-19')).toBe('March 19, 2021');
    expect(formatDate('zh-TW', 'not a date')).toBe('not a date');
  });
});

describe('checking locale files', () => {
  const saved = process.env.ERRATA_LOCALES_DIR;
  afterEach(() => {
    process.env.ERRATA_LOCALES_DIR = saved;
  });

  /** A locales folder with these files (name → text). */
  function localesDir(files: Record<string, string>): string {
    const dir = tempDir('errata-locales-');
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    process.env.ERRATA_LOCALES_DIR = dir;
    return dir;
  }
  const json = (values: Record<string, string>) => `${JSON.stringify(values, null, 2)}\n`;

  it('reports a trailing comma as one error at the comma, not every string as missing', () => {
    const broken = json(uiStrings('sv-se')).replace(/"\n}\n$/, '",\n}\n');
    localesDir({ 'en-us.json': json(english), 'sv-se.json': broken });
    const lines = broken.split('\n');
    const diagnostics = checkUiStrings(tempDir(), ['sv-se']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      severity: 'error',
      rule: 'ui-locale-file-invalid',
      line: lines.length - 2,
      column: lines.at(-3)!.length,
      message: expect.stringContaining('a trailing comma before "}"'),
    });
  });

  it('reports other broken JSON, and JSON that is not an object, at the place it breaks', () => {
    localesDir({
      'en-us.json': json(english),
      'sv-se.json': '{\n  "site.name": "Bibliotek"\n  "site.skip": "Hoppa"\n}\n',
      'fi-fi.json': '["a"]\n',
    });
    const diagnostics = checkUiStrings(tempDir(), ['sv-se', 'fi-fi']);
    expect(
      diagnostics.map(({ file, line, column, rule }) => ({ file: file.replace(/.*\//, ''), line, column, rule })),
    ).toEqual([
      { file: 'sv-se.json', line: 3, column: 3, rule: 'ui-locale-file-invalid' },
      { file: 'fi-fi.json', line: 1, column: 1, rule: 'ui-locale-file-invalid' },
    ]);
  });

  it('reports a missing string at its locale, and a changed placeholder at its line', () => {
    localesDir({
      'en-us.json': json({ 'a.one': 'One', 'a.name': 'Hello {{name}}' }),
      'sv-se.json': json({ 'a.name': 'Hej {{namn}}' }),
    });
    const diagnostics = checkUiStrings(tempDir(), ['sv-se']);
    expect(diagnostics.map((d) => [d.rule, d.line, d.severity])).toEqual([
      ['ui-string-missing', 1, 'warning'],
      ['ui-string-placeholder-mismatch', 2, 'warning'],
    ]);
    expect(diagnostics[1]!.message).toContain('{{namn}} where English has {{name}}');
  });

  it('asks for the plural forms of each language: Russian four, Japanese one', () => {
    localesDir({
      'en-us.json': json({ 'x.articles_one': '{{count}} article', 'x.articles_other': '{{count}} articles' }),
      'ru-ru.json': json({ 'x.articles_one': '{{count}} статья', 'x.articles_other': '{{count}} статьи' }),
      'ja-jp.json': json({ 'x.articles_other': '{{count}} 件の記事' }),
    });
    const diagnostics = checkUiStrings(tempDir(), ['ru-ru', 'ja-jp']);
    expect(diagnostics.map((d) => d.message.match(/"([^"]+)"/)![1])).toEqual(['x.articles_few', 'x.articles_many']);
  });

  it('errata check exits 1 on a malformed locale file and prints the one diagnostic', () => {
    const dir = localesDir({
      'en-us.json': json(english),
      'sv-se.json': json(uiStrings('sv-se')).replace(/"\n}\n$/, '",\n}\n'),
    });
    const content = makeContent({ 'sv-se/a.md': `${FRONT_MATTER('sv-SE')}# Rubrik\n\nText.\n` });
    const run = spawnSync(
      process.execPath,
      [join(REPO, 'bin/errata.js'), 'check', '--content', content, '--format', 'json'],
      {
        cwd: REPO,
        encoding: 'utf8',
        env: { ...process.env, ERRATA_LOCALES_DIR: dir, NO_COLOR: '1' },
      },
    );
    expect(run.status, run.stderr).toBe(1);
    const ui = (JSON.parse(run.stdout) as { diagnostics: { rule: string; file: string }[] }).diagnostics.filter((d) =>
      d.rule.startsWith('ui-'),
    );
    expect(ui).toEqual([
      expect.objectContaining({ rule: 'ui-locale-file-invalid', file: expect.stringMatching(/sv-se\.json$/) }),
    ]);
  });
});
