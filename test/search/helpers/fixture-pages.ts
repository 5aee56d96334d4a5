/**
 * Search test data in languages the shared corpus holds out (Thai, Hebrew): a few dozen
 * machine-written articles each, made from the English of real corpus articles, with
 * error codes in them (test/search/fixtures/, see the note in each file). bench:search
 * adds them to the corpus locales; tests index them as the build does.
 */
import { readFileSync } from 'node:fs';
import type { Registry } from '../../../src/core/codes/registry.ts';
import type { SitePage } from '../../../src/page-data/site-data.ts';
import { samplePages, type Sample } from './sample-pages.ts';

export const FIXTURE_LOCALES = ['th-th', 'he-il'] as const;

export function fixtureArticles(locale: string): Sample[] {
  const file = new URL(`../fixtures/${locale}.json`, import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { articles: Sample[] }).articles;
}

export function fixturePages(locale: string, registry: Registry): SitePage[] {
  return samplePages(locale, fixtureArticles(locale), registry);
}

const ARTICLE_WORD: Record<string, string> = { 'th-th': 'บทความ', 'he-il': 'מאמר' };

/**
 * Pages that compete with the test articles as a real locale's ~2,900 pages do: each made
 * of four paragraphs drawn from all the articles, under a plain numbered title, so a query
 * finds its words in many bodies and the article must win on its title.
 */
export function distractorPages(locale: string, registry: Registry, count: number): SitePage[] {
  const paragraphs = fixtureArticles(locale).flatMap((a) => a.paragraphs);
  let state = 7;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) % paragraphs.length;
  const samples: Sample[] = Array.from({ length: count }, (_, i) => ({
    slug: `other-${i + 1}`,
    title: `${ARTICLE_WORD[locale] ?? 'Article'} ${i + 1}`,
    paragraphs: Array.from({ length: 4 }, () => paragraphs[next()]!),
  }));
  return samplePages(locale, samples, registry);
}
