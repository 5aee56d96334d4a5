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
