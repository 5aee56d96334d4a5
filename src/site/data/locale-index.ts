/** What a locale's home lists: its articles in its own collation order and its error codes. Built once per locale. */
import { collatorFor } from '../../page-data/locales.ts';
import { articleFrames, type SitePage } from '../../page-data/site-data.ts';
import { oncePerLocale, oncePerSite } from './memo.ts';

export interface ListedArticle {
  title: string;
  url: string;
}

export interface IndexedCode {
  code: string;
  name?: string;
  /** The locale's own article about the code. */
  article?: ListedArticle;
  /** Without one, the source-locale article (perhaps built by another shard, so known by URL only). */
  sourceUrl?: string;
}

const pagesByUrl = oncePerSite((data) => new Map<string, SitePage>(data.pages.map((page) => [page.url, page])));

export const localeArticles = oncePerLocale((data, locale): ListedArticle[] => {
  const collator = collatorFor(locale);
  return data.pages
    .filter((page) => page.locale === locale && !page.fallback)
    .map((page) => ({ title: page.title, url: page.url }))
    .sort((a, b) => collator.compare(a.title, b.title) || (a.url < b.url ? -1 : 1));
});

export const localeCodes = oncePerLocale((data, locale): IndexedCode[] => {
  const pages = pagesByUrl();
  const codes: IndexedCode[] = [];
  for (const code of data.codes) {
    const own = code.urls[locale] ? pages.get(code.urls[locale]) : undefined;
    const sourceUrl = locale === data.sourceLocale ? undefined : code.urls[data.sourceLocale];
    if (!own && !sourceUrl) continue;
    const entry: IndexedCode = { code: code.code };
    if (code.name) entry.name = code.name;
    if (own) entry.article = { title: own.title, url: own.url };
    else entry.sourceUrl = sourceUrl;
    codes.push(entry);
  }
  return codes;
});

const framesByUrl = oncePerSite((data) => new Map<string, SitePage>(articleFrames(data).map((frame) => [frame.url, frame.page])));

/** The article page Astro lays out at `url` (a page frame, or the page itself), with its body HTML. */
export function sitePage(url: string): SitePage {
  const page = framesByUrl().get(url);
  if (!page) throw new Error(`errata: no prepared page for ${url}`);
  return page;
}
