/**
 * Queries an admin would type, built from a locale's own pages, each with the pages that
 * count as finding it. Code forms are written out from each code's shape here, not taken
 * from the search's own form list, so the benchmark can catch a form the search misses.
 *
 * - code forms: as written, lower, upper and mixed case (the symbolic name too), the number
 *   without its prefix, hex without `0x`, `550 5.7.501`, an Office code's first number, the
 *   symbolic name → the article about the code (registered for it or naming it in the
 *   title), else pages mentioning it;
 * - whole titles, title words, CJK substrings of 2–4 characters, Thai substrings of 2–4
 *   characters inside a word, Arabic words as written and bare (without و ف ب ك ل ال),
 *   Hebrew words bare (without ו ש כש ה ב ל מ כ) → the page whose title has them, sampled where at most three
 *   titles do, so "the article" is well defined; two CJK characters from anywhere in a
 *   page's text → the pages whose text has them, where at most three do;
 * - nonsense: codes of each family's shape that exist nowhere, and code-shaped strings no
 *   family accepts (SMTP-like `5.9.937`, Office-like `94742-957`) that no page holds → no
 *   results.
 */
import { findCodes } from '../../../src/core/codes/find.ts';
import type { Registry } from '../../../src/core/codes/registry.ts';
import type { SitePage } from '../../../src/page-data/site-data.ts';
import { pageText } from '../../../src/search/index/page-text.ts';

export interface Query {
  category: string;
  query: string;
  /** URLs that count as a hit; empty: the query should find nothing. */
  expected: string[];
}

const MAX_TITLES = 3;

export function querySet(
  pages: readonly SitePage[],
  registry: Registry,
  options: { perCategory: number; seed: number; knownCodes: ReadonlySet<string> },
): Query[] {
  const random = seeded(options.seed);
  const sample = <T>(items: T[]): T[] => shuffle(items, random).slice(0, options.perCategory);
  return [
    ...codeQueries(pages, registry),
    ...sample(substringQueries(pages, 'whole title', (title) => [title])),
    ...sample(substringQueries(pages, 'title word', titleWords)),
    ...[2, 3, 4].flatMap((n) => sample(substringQueries(pages, `CJK ${n} chars`, (title) => cjkSubstrings(title, n)))),
    ...sample(
      substringQueries(pages, 'CJK 2 chars in text', (_, page) =>
        cjkSubstrings(`${page.title}\n${pageText(page.html)}`, 2),
      ),
    ),
    ...sample(substringQueries(pages, 'Arabic as written', (title) => arabicWords(title).map((w) => w.written))),
    ...sample(arabicBareQueries(pages)),
    ...[2, 3, 4].flatMap((n) =>
      sample(substringQueries(pages, `Thai ${n} chars in a word`, (title) => thaiPartsOfWords(title, n))),
    ),
    ...sample(hebrewBareQueries(pages)),
    ...nonsenseCodes(registry, options.knownCodes, random).slice(0, options.perCategory),
    ...codeShapedStrings(pages, registry, random).slice(0, options.perCategory),
  ];
}

function codeQueries(pages: readonly SitePage[], registry: Registry): Query[] {
  const about = new Map<string, Set<string>>();
  const mentions = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, code: string, url: string) =>
    map.set(code, (map.get(code) ?? new Set()).add(url));
  for (const page of pages) {
    for (const code of page.codes) add(mentions, code, page.url);
    for (const m of findCodes(page.title, registry)) add(about, m.code, page.url);
    for (const code of registry.codes.values()) if (code.articles.includes(page.slug)) add(about, code.code, page.url);
  }
  const targets = (code: string) => [...(about.get(code) ?? mentions.get(code)!)];
  const codes = [...new Set([...about.keys(), ...mentions.keys()])];
  const queries: Query[] = [];
  for (const code of codes) {
    for (const [form, query] of writtenForms(code, registry)) {
      // An Office code's first number names every code that starts with it (30015-4, 30015-25).
      const expected =
        form === 'Office first number'
          ? codes.filter((c) => c.startsWith(`${query}-`)).flatMap(targets)
          : form === 'Office second number'
            ? codes.filter((c) => c.endsWith(`-${query}`)).flatMap(targets)
            : targets(code);
      queries.push({ category: `code: ${form}`, query, expected });
    }
  }
  return queries;
}

/** The ways an admin writes a code, from its shape. */
function writtenForms(code: string, registry: Registry): Array<[string, string]> {
  const forms: Array<[string, string]> = [['as written', code]];
  for (const [which, form] of otherCases(code)) forms.push([`any case (${which})`, form]);
  const prefixed = /^(AADSTS|AADDS|AS)(\d+)$/i.exec(code);
  if (prefixed && prefixed[2]!.length >= 4) forms.push(['number alone', prefixed[2]!]);
  const hex = /^0x([0-9a-f]{8})$/i.exec(code);
  if (hex) forms.push(['hex without 0x', hex[1]!], ['hex without 0x', hex[1]!.toUpperCase()]);
  if (/^[245]\.\d\.\d+$/.test(code)) {
    forms.push(['SMTP status alone', code]);
    for (const basic of registry.codes.get(code)?.basic ?? []) forms.push(['SMTP with reply code', `${basic} ${code}`]);
  }
  const office = /^(\d{3,})-(\d+)$/.exec(code);
  if (office) forms.push(['Office first number', office[1]!], ['Office two numbers', `${office[1]} ${office[2]}`]);
  const second = /^\d+-(\d{3,})$/.exec(code);
  if (second) forms.push(['Office second number', second[1]!]);
  const name = registry.codes.get(code)?.name;
  if (name) {
    forms.push(['symbolic name', name]);
    for (const [which, form] of otherCases(name)) forms.push([`any case (name, ${which})`, form]);
  }
  return forms;
}

/** The text in lower, upper and mixed case (first letter up, the rest down), where that differs from it. */
function otherCases(text: string): Array<[string, string]> {
  const seen = new Set([text]);
  const out: Array<[string, string]> = [];
  const letter = text.search(/\p{L}/u);
  const mixed =
    letter < 0
      ? text
      : `${text.slice(0, letter).toLowerCase()}${text.charAt(letter).toUpperCase()}${text.slice(letter + 1).toLowerCase()}`;
  for (const [which, form] of [
    ['lower', text.toLowerCase()],
    ['upper', text.toUpperCase()],
    ['mixed', mixed],
  ] as const) {
    if (!seen.has(form)) out.push([which, form]);
    seen.add(form);
  }
  return out;
}

/** Queries for strings found in few pages: each page the string comes from is a hit. */
function substringQueries(
  pages: readonly SitePage[],
  category: string,
  strings: (title: string, page: SitePage) => string[],
): Query[] {
  const titlesWith = new Map<string, Set<string>>();
  for (const page of pages) {
    for (const s of new Set(strings(page.title, page)))
      titlesWith.set(s, (titlesWith.get(s) ?? new Set()).add(page.url));
  }
  return [...titlesWith]
    .filter(([, urls]) => urls.size <= MAX_TITLES)
    .map(([query, urls]) => ({ category, query, expected: [...urls] }));
}

const CJK = /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]+$/u;

function cjkSubstrings(title: string, n: number): string[] {
  const out: string[] = [];
  for (const run of title.match(/[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]+/gu) ?? []) {
    const chars = [...run].filter((c) => /\p{L}/u.test(c));
    for (let i = 0; i + n <= chars.length; i++) out.push(chars.slice(i, i + n).join(''));
  }
  return out.filter((s) => CJK.test(s));
}

function titleWords(title: string): string[] {
  if (/[\p{scx=Han}\p{scx=Arabic}]/u.test(title)) return [];
  return (title.match(/[\p{L}\p{M}]{5,}/gu) ?? []).map((w) => w.toLowerCase());
}

/** And (و ف), then to/for (لل = ل + ال), with/like + the (بال كال), the (ال), or with/like/to (ب ك ل). */
const PROCLITIC = /^[وف]?(?:لل|[بك]?ال|[بكل])?(?=\p{L}{3,}$)/u;

/** Arabic title words that carry proclitics, with their bare form (without و ف ب ك ل ال). */
function arabicWords(title: string): Array<{ written: string; bare: string }> {
  const words: Array<{ written: string; bare: string }> = [];
  for (const written of title.match(/\p{L}{4,}/gu) ?? []) {
    if (!/^\p{sc=Arabic}+$/u.test(written)) continue;
    const prefix = PROCLITIC.exec(written)?.[0] ?? '';
    if (prefix) words.push({ written, bare: written.slice(prefix.length) });
  }
  return words;
}

/** Bare forms of prefixed title words; the pages are every title with the word, prefixed or not. */
function arabicBareQueries(pages: readonly SitePage[]): Query[] {
  const prefixed = new Set<string>();
  const titlesWith = new Map<string, Set<string>>();
  for (const page of pages) {
    for (const word of page.title.match(/\p{L}{3,}/gu) ?? []) {
      const found = arabicWords(word)[0];
      if (found) prefixed.add(found.bare);
      const bare = found?.bare ?? word;
      titlesWith.set(bare, (titlesWith.get(bare) ?? new Set()).add(page.url));
    }
  }
  return [...prefixed]
    .filter((bare) => titlesWith.get(bare)!.size <= MAX_TITLES)
    .map((bare) => ({ category: 'Arabic bare', query: bare, expected: [...titlesWith.get(bare)!] }));
}

const thaiWords = new Intl.Segmenter('th', { granularity: 'word' });
const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });

/**
 * Strings of n characters (code points, as typed) inside one Thai word of the title, from
 * one character cluster boundary to another, the whole word excepted: what a reader types
 * who remembers part of a word.
 */
function thaiPartsOfWords(title: string, n: number): string[] {
  const out: string[] = [];
  for (const run of title.match(/\p{sc=Thai}+/gu) ?? []) {
    for (const { segment: word, isWordLike } of thaiWords.segment(run)) {
      if (!isWordLike) continue;
      const starts = new Set<number>();
      let at = 0;
      for (const { segment } of graphemes.segment(word)) {
        starts.add(at);
        at += [...segment].length;
      }
      starts.add(at);
      const chars = [...word];
      for (const start of starts) {
        const end = start + n;
        if (starts.has(end) && !(start === 0 && end === chars.length)) out.push(chars.slice(start, end).join(''));
      }
    }
  }
  return out;
}

/** And (ו), that/when (ש כש), then the/in/to/from/as (ה ב ל מ מה כ): a Hebrew word's attached prefixes. */
const HEBREW_PREFIXES = /^ו?(?:כש|ש)?(?:מה|[הבלמכ])?/u;

/**
 * Bare forms of Hebrew title words that carry prefixes; the pages are every title with the
 * word, prefixed or not. A letter that may be a prefix is often the word's own (מ of משתמש),
 * so a bare form counts only when the locale's text attests it: alone, or after two
 * different prefixes.
 */
function hebrewBareQueries(pages: readonly SitePage[]): Query[] {
  const split = (word: string) => {
    const prefix = HEBREW_PREFIXES.exec(word)?.[0] ?? '';
    return prefix && word.length - prefix.length >= 3 ? { prefix, bare: word.slice(prefix.length) } : undefined;
  };
  const alone = new Set<string>();
  const prefixesOf = new Map<string, Set<string>>();
  for (const page of pages) {
    for (const word of `${page.title}\n${pageText(page.html)}`.match(/\p{sc=Hebrew}{3,}/gu) ?? []) {
      alone.add(word);
      const found = split(word);
      if (found) prefixesOf.set(found.bare, (prefixesOf.get(found.bare) ?? new Set()).add(found.prefix));
    }
  }
  const attested = (bare: string) => alone.has(bare) || (prefixesOf.get(bare)?.size ?? 0) >= 2;
  const queries = new Set<string>();
  const titlesWith = new Map<string, Set<string>>();
  for (const page of pages) {
    for (const word of page.title.match(/\p{sc=Hebrew}{3,}/gu) ?? []) {
      const found = split(word);
      const bare = found && attested(found.bare) ? found.bare : word;
      if (bare !== word) queries.add(bare);
      titlesWith.set(bare, (titlesWith.get(bare) ?? new Set()).add(page.url));
    }
  }
  return [...queries]
    .filter((bare) => titlesWith.get(bare)!.size <= MAX_TITLES)
    .map((bare) => ({ category: 'Hebrew bare', query: bare, expected: [...titlesWith.get(bare)!] }));
}

/**
 * Strings shaped like codes that no family accepts and no page holds: SMTP-like with a
 * subject above 7 (`5.9.937`), Office-like with any first number (`94742-957`).
 */
function codeShapedStrings(pages: readonly SitePage[], registry: Registry, random: () => number): Query[] {
  const text = pages
    .map((page) => `${page.title}\n${pageText(page.html)}`)
    .join('\n')
    .toLowerCase();
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  const makers = [
    () => `${'245'[Math.floor(random() * 3)]}.${8 + Math.floor(random() * 2)}.${digits(3)}`,
    () => `${1 + Math.floor(random() * 9)}${digits(4)}-${digits(3)}`,
  ];
  const queries: Query[] = [];
  for (let i = 0; queries.length < 600 && i < 5000; i++) {
    const query = makers[i % makers.length]!();
    if (findCodes(query, registry).length === 0 && !text.includes(query))
      queries.push({ category: 'nonsense: code-shaped', query, expected: [] });
  }
  return queries;
}

/** Codes of each family's shape that no page and no registry entry has. */
function nonsenseCodes(registry: Registry, known: ReadonlySet<string>, random: () => number): Query[] {
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(random() * 16)]).join('');
  const makers = [
    () => `AADSTS${digits(5 + Math.floor(random() * 3))}`,
    () => `0x${'89abcdef'[Math.floor(random() * 8)]}${hex(7)}`,
    () => `5.${Math.floor(random() * 8)}.${digits(3)}`,
    () => `AS${digits(6)}`,
    () => `AADDS${digits(3)}`,
    () => `30${digits(3)}-${digits(2)}`,
  ];
  const queries: Query[] = [];
  for (let i = 0; queries.length < 600 && i < 5000; i++) {
    const query = makers[i % makers.length]!();
    const code = findCodes(query, registry)[0]?.code;
    if (code && !known.has(code) && !registry.codes.has(code))
      queries.push({ category: 'nonsense: family code', query, expected: [] });
  }
  return queries;
}

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
