/** What a locale's home lists, computed once per locale from the prepared site data. */
import { describe, expect, it } from 'vitest';
import type { SiteData, SitePage } from '../../src/page-data/site-data.ts';
import { setSiteData } from '../../src/page-data/site-store.ts';
import { localeArticles, localeCodes } from '../../src/site/data/locale-index.ts';

function page(locale: string, slug: string, title: string): SitePage {
  const url = `/${locale}/${slug}/`;
  return {
    locale,
    slug,
    url,
    title,
    description: '',
    html: '',
    bodyKey: '',
    headings: [],
    translation: locale === 'en-us' ? 'source' : 'MT',
    stale: false,
    sideBySide: false,
    robots: { index: true, follow: true },
    codes: [],
    alternates: [{ locale, hreflang: locale, url }],
  };
}

function site(pages: SitePage[], codes: SiteData['codes'] = []): SiteData {
  const data: SiteData = {
    locales: [],
    sourceLocale: 'en-us',
    pages,
    codes,
    status: { locales: [], rows: [], totals: {} },
    site: 'https://x.example',
    alternates: {},
    shown: {},
    buildLocales: [],
  };
  setSiteData(data);
  return data;
}

describe('localeArticles', () => {
  it("sorts a locale's articles by that language's collation: Swedish puts Å, Ä, Ö after Z", () => {
    site(['Ärenden', 'Zon', 'Apelsin', 'Åtgärd', 'Öppna'].map((title, i) => page('sv-se', `a${i}`, title)));
    expect(localeArticles('sv-se').map((a) => a.title)).toEqual(['Apelsin', 'Zon', 'Åtgärd', 'Ärenden', 'Öppna']);
  });

  it("sorts numbers in titles by value, and keeps other locales' pages out", () => {
    site([page('vi-vn', 'b', 'Lỗi 10'), page('vi-vn', 'a', 'Lỗi 9'), page('sv-se', 'c', 'Lỗi 1')]);
    expect(localeArticles('vi-vn').map((a) => a.title)).toEqual(['Lỗi 9', 'Lỗi 10']);
  });
});

describe('localeCodes', () => {
  it("links a code to the locale's own built article, else to the English one, and leaves out codes without any", () => {
    site(
      [page('sv-se', 'x', 'Svensk artikel'), page('en-us', 'y', 'English article')],
      [
        {
          code: 'AADSTS1',
          family: 'a',
          familyTitle: 'A',
          name: 'One',
          urls: { 'sv-se': '/sv-se/x/', 'en-us': '/en-us/x/' },
        },
        { code: 'AADSTS2', family: 'a', familyTitle: 'A', urls: { 'en-us': '/en-us/y/' } },
        { code: 'AADSTS3', family: 'a', familyTitle: 'A', urls: {} },
      ],
    );
    expect(localeCodes('sv-se')).toEqual([
      { code: 'AADSTS1', name: 'One', article: { title: 'Svensk artikel', url: '/sv-se/x/' } },
      { code: 'AADSTS2', sourceUrl: '/en-us/y/' },
    ]);
    // A code whose page was not built (here /en-us/x/) is left out rather than linked to nothing.
    expect(localeCodes('en-us')).toEqual([
      { code: 'AADSTS2', article: { title: 'English article', url: '/en-us/y/' } },
    ]);
  });
});
