/** Who each locale is (tag, direction, name in itself), computed once per locale. */
import { canonicalTag, directionOf, nativeName } from '../../page-data/locales.ts';
import type { SiteLocale } from '../../page-data/site-data.ts';
import { oncePerLocale, oncePerSite } from './memo.ts';
import { siteData } from './site-data.ts';

export type LocaleInfo = Pick<SiteLocale, 'locale' | 'tag' | 'dir' | 'nativeName'>;

/** A locale of the site, or one only known from an article's alternates. */
export const localeInfo = oncePerLocale((data, locale): LocaleInfo => {
  const built = data.locales.find((l) => l.locale === locale);
  if (built) return { locale, tag: built.tag, dir: built.dir, nativeName: built.nativeName };
  return { locale, tag: canonicalTag(locale), dir: directionOf(locale), nativeName: nativeName(locale) };
});

/** Every locale of the site (built here or by another shard), ordered by tag so every page lists them the same way. */
export const siteLocales = oncePerSite((data): LocaleInfo[] => data.locales.map((l) => localeInfo(l.locale)));

export function sourceLocale(): LocaleInfo {
  return localeInfo(siteData().sourceLocale);
}

/** Home page of a locale. */
export const homeUrl = (locale: string) => `/${locale}/`;

/** The locales whose pages (articles, home, 404, sitemap) this build emits; other shards emit the rest. */
export const builtLocales = oncePerSite((data): LocaleInfo[] => data.buildLocales.map((locale) => localeInfo(locale)));

/** The locales whose homes, 404 pages and sitemaps this Astro run writes: none when another share writes them. */
export const localePagesToWrite = oncePerSite((data): LocaleInfo[] =>
  data.localePages === false ? [] : builtLocales(),
);

/** `locale`'s language named in `inLocale`'s language (`Engelska` for en-us on a Swedish page). Once per pair. */
const names = new Map<string, string>();
export function languageNameIn(inLocale: string, locale: string): string {
  const key = `${inLocale} ${locale}`;
  let name = names.get(key);
  if (name === undefined) {
    const tag = localeInfo(locale).tag;
    try {
      name = new Intl.DisplayNames([localeInfo(inLocale).tag], { type: 'language' }).of(tag) ?? tag;
    } catch {
      name = tag;
    }
    names.set(key, name);
  }
  return name;
}
