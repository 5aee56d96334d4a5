/** What a locale's home lists: its articles in its own collation order and its error codes. Built once per locale. */
import { canonicalTag, collatorFor } from '../../page-data/locales.ts';
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

/**
 * A locale's articles in pages of at most this many titles. A locale of the real docset has
 * ~2,700 articles: one list of them was a ~370 KB home that a reader could only scroll or
 * search with the browser. In pages of 250 (~30 KB each) the home lists eleven ranges named by
 * their first and last titles, as a dictionary's guide words do, which works in every script
 * (a jump list by first letter does not: Chinese or Japanese titles have thousands of first
 * characters). Below this many, the home lists the articles itself, as before.
 */
export const ARTICLES_PER_PAGE = 250;

export interface ArticleListPage {
  /** 1-based. */
  number: number;
  url: string;
  /** Guide words: the first and last titles, cut after the first character that tells them from the neighbouring pages'. */
  from: string;
  to: string;
  articles: ListedArticle[];
}

export const articleListUrl = (locale: string, number: number) => `/${locale}/articles/${number}/`;

/** The list pages of a locale's articles; none when the home lists them all. */
export const articleListPages = oncePerLocale((_data, locale): ArticleListPage[] => {
  const articles = localeArticles(locale);
  if (articles.length <= ARTICLES_PER_PAGE) return [];
  const chunks: ListedArticle[][] = [];
  for (let i = 0; i < articles.length; i += ARTICLES_PER_PAGE) chunks.push(articles.slice(i, i + ARTICLES_PER_PAGE));
  const guide = guideWords(locale);
  return chunks.map((chunk, i) => ({
    number: i + 1,
    url: articleListUrl(locale, i + 1),
    from: guide(chunk[0]!.title, chunks[i - 1]?.at(-1)!.title),
    to: guide(chunk.at(-1)!.title, chunks[i + 1]?.[0]!.title),
    articles: chunk,
  }));
});

/** At least this many characters of a guide word, so it reads as the start of a title. */
const GUIDE_MIN = 3;
/** How far a guide word goes on to finish its word. */
const GUIDE_WORD_END = 12;

/** The start of `title` up to the first character (grapheme) where it differs from `neighbour`. */
function guideWords(locale: string): (title: string, neighbour: string | undefined) => string {
  const collator = collatorFor(locale);
  const segmenter = new Intl.Segmenter(canonicalTag(locale), { granularity: 'grapheme' });
  const graphemes = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);
  return (title, neighbour) => {
    const own = graphemes(title.trim());
    const other = neighbour === undefined ? [] : graphemes(neighbour.trim());
    let differs = 0;
    while (differs < own.length && differs < other.length && collator.compare(own[differs]!, other[differs]!) === 0)
      differs++;
    let length = Math.max(GUIDE_MIN, differs + 1);
    // On to the end of the word, when a space ends it soon: "Activ…" reads worse than "Activation…".
    const space = own.findIndex((g, i) => i >= length && /\s/.test(g));
    if (space >= 0 && space - length <= GUIDE_WORD_END) length = space;
    return length >= own.length ? title.trim() : `${own.slice(0, length).join('').trimEnd()}…`;
  };
}

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

const framesByUrl = oncePerSite(
  (data) => new Map<string, SitePage>(articleFrames(data).map((frame) => [frame.url, frame.page])),
);

/** The article page Astro lays out at `url` (a page frame, or the page itself), with its body HTML. */
export function sitePage(url: string): SitePage {
  const page = framesByUrl().get(url);
  if (!page) throw new Error(`errata: no prepared page for ${url}`);
  return page;
}
