/**
 * Where a page exists in other languages: the hreflang head links and the switcher's
 * choices. An article has the locales that share its slug; a home has every locale's home.
 */
import type { SitePage } from '../../page-data/site-data.ts';
import type { HreflangLink, LanguageLink } from './head.ts';
import { homeUrl, localeInfo, siteLocales, sourceLocale } from './locales.ts';
import { oncePerSite } from './memo.ts';

type Page = Omit<SitePage, 'html'>;

export function articleHreflang(page: Page): HreflangLink[] {
  const source = page.alternates.find((a) => a.locale === sourceLocale().locale);
  return [
    ...page.alternates.map((a) => ({ hreflang: a.hreflang, url: a.url })),
    // The source page is the default when there is one; else the root picks the language.
    { hreflang: 'x-default', url: source?.url ?? '/' },
  ];
}

export function articleLanguages(page: Page): LanguageLink[] {
  return page.alternates.map((a) => ({ locale: localeInfo(a.locale), url: a.url }));
}

export const homeLanguages = oncePerSite((): LanguageLink[] =>
  siteLocales().map((locale) => ({ locale, url: homeUrl(locale.locale) })),
);

export const homeHreflang = oncePerSite((): HreflangLink[] => [
  ...homeLanguages().map(({ locale, url }) => ({ hreflang: locale.tag, url })),
  { hreflang: 'x-default', url: '/' },
]);
