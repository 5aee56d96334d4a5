/**
 * The pages a share hands the layout come back as they went: the alternates a step file
 * keeps as bare locales are the same links again, and a page whose links are its own keeps them.
 */
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { readPages, stepFilesDir, writePages } from '../../src/pipeline/step-files.ts';
import type { SitePage } from '../../src/page-data/site-data.ts';
import { tempDir } from '../helpers/content.ts';

function page(locale: string, slug: string, alternates: SitePage['alternates']): SitePage {
  return {
    locale,
    slug,
    url: `/${locale}/${slug}/`,
    title: `Title ${slug}`,
    description: 'Description',
    html: '',
    bodyKey: 'key',
    headings: [],
    translation: 'MT',
    stale: false,
    sideBySide: false,
    robots: { index: true, follow: true },
    codes: ['AADSTS50000'],
    alternates,
  } as unknown as SitePage;
}

const tags: Record<string, string> = { 'en-us': 'en-US', 'zh-tw': 'zh-TW', 'sr-latn-rs': 'sr-Latn-RS' };
const links = (slug: string, locales: string[]) =>
  locales.map((locale) => ({ locale, hreflang: tags[locale]!, url: `/${locale}/${slug}/` }));

describe('step files of pages', () => {
  const out = tempDir();
  afterAll(() => rmSync(stepFilesDir(out), { recursive: true, force: true }));

  it('give the layout every page as the share made it, alternates included', () => {
    const locales = ['en-us', 'sr-latn-rs', 'zh-tw'];
    const pages = [
      page('zh-tw', 'a', links('a', locales)),
      page('sr-latn-rs', 'a', links('a', locales)),
      // A slug with a folder and characters a URL encodes.
      page('zh-tw', 'guides/é x', [
        { locale: 'en-us', hreflang: 'en-US', url: '/en-us/guides/%C3%A9%20x/' },
        { locale: 'zh-tw', hreflang: 'zh-TW', url: '/zh-tw/guides/%C3%A9%20x/' },
      ]),
      // Links that are not the locales' pages of the slug stay as they are.
      page('zh-tw', 'b', [{ locale: 'en-us', hreflang: 'en', url: '/en-us/other/' }]),
      page('zh-tw', 'c', []),
    ];
    const file = writePages(out, { index: 0, count: 1 }, pages);
    expect(readPages([file])).toEqual(pages);
    // The derived links are not written out: the file holds each locale once per page, not its URLs.
    expect(readFileSync(file, 'utf8')).not.toContain('/en-us/a/');
    expect(readFileSync(file, 'utf8')).toContain('/en-us/other/');
  });
});
