/**
 * Pages from checked articles: render the publishable ones (through the cache) and lay
 * them out as SitePages. Needs no other locale's output.
 */
import type { Article } from '../core/model.ts';
import { readArticleBody } from '../core/read/article-body.ts';
import { formatDate } from '../site/i18n.ts';
import { canonicalTag } from './locales.ts';
import { pageUrl } from './page-url.ts';
import { renderArticles } from './render-articles.ts';
import { RenderStore, renderKey, type StoredRender } from './render-store.ts';
import { inShare, WHOLE, type Share } from './share.ts';
import type { SiteFacts, SitePage } from './site-data.ts';

export interface PreparedPages {
  /** The pages, without their body HTML (`html` is empty): `bodies` reads it from disk. */
  pages: SitePage[];
  bodies: PageBodies;
  timings: { readMs: number; renderMs: number; rendered: number; fromCache: number };
}

/** The body HTML of prepared pages, one page at a time. */
export interface PageBodies {
  html(page: SitePage): string;
  close(): void;
}

/**
 * `articles`: the ones to publish, as the check left them; a body dropped to save memory is
 * read again. Only the pages of `share` are rendered: the others get their data without
 * HTML, enough for the locale homes' lists.
 */
export async function preparePages(options: { contentDir: string; articles: Article[]; facts: SiteFacts; cacheDir: string; workers?: number; share?: Share }): Promise<PreparedPages> {
  const started = performance.now();
  const share = options.share ?? WHOLE;
  const mine = options.articles.filter((a) => inShare(pageUrl(a.locale, a.slug), share));
  let readMs = 0;
  const body = (article: Article) => () => {
    const reading = performance.now();
    // A body dropped to save memory is read again, only when it is rendered.
    const text = article.body || readArticleBody(options.contentDir, article.file);
    readMs += performance.now() - reading;
    return text;
  };
  // The file's hash, from the check, stands for its body: an unchanged article is not even read.
  const key = (article: Article, base: string) => renderKey(article.locale, base, article.sourceHash ? `file ${article.sourceHash}` : body(article)());

  const store = new RenderStore(options.cacheDir, options.contentDir, share);
  const renderStarted = performance.now();
  const requests = mine.map((a) => {
    const base = folderUrl(a);
    return { locale: a.locale, base, key: key(a, base), body: body(a) };
  });
  const { rendered: renderedMine, fromCache } = await renderArticles(requests, store, options.workers);
  for (const article of mine) article.body = '';
  const byArticle = new Map(mine.map((a, i) => [a, { stored: renderedMine[i]!, key: requests[i]!.key }]));
  store.save();
  const renderMs = performance.now() - renderStarted - readMs;

  const { alternates, sourceLocale } = options.facts;
  const stored = new Map<string, StoredRender>();
  const pages = options.articles.map((article): SitePage => {
    const own = byArticle.get(article);
    const r = own?.stored ?? NOT_RENDERED;
    const locales = alternates[article.slug] ?? [article.locale];
    const page: SitePage = {
      locale: article.locale,
      slug: article.slug,
      url: pageUrl(article.locale, article.slug),
      title: article.meta.title || r.title || article.slug,
      description: article.meta.description || r.summary,
      html: '',
      bodyKey: own?.key ?? '',
      headings: r.headings,
      translation: article.meta.translation,
      stale: article.stale,
      sideBySide: r.hasSideBySide,
      robots: article.meta.robots,
      codes: article.codes,
      alternates: locales.map((locale) => ({ locale, hreflang: canonicalTag(locale), url: pageUrl(locale, article.slug) })),
    };
    if (article.meta.date) {
      page.date = article.meta.date;
      page.dateText = formatDate(canonicalTag(article.locale), article.meta.date);
    }
    if (article.locale !== sourceLocale && locales.includes(sourceLocale)) page.sourceUrl = pageUrl(sourceLocale, article.slug);
    if (own) stored.set(page.url, own.stored);
    return page;
  });
  const bodies: PageBodies = {
    html(page) {
      const entry = stored.get(page.url);
      if (!entry) throw new Error(`errata: ${page.url} was not rendered in this share`);
      return store.html(page.locale, entry);
    },
    close: () => store.close(),
  };
  return { pages, bodies, timings: { readMs, renderMs, rendered: mine.length - fromCache, fromCache } };
}

/** Pages with their body HTML in memory, for callers that lay out a few pages at once (Astro on its own, tests). */
export async function preparePagesWithHtml(options: Parameters<typeof preparePages>[0]): Promise<SitePage[]> {
  const { pages, bodies } = await preparePages(options);
  try {
    return pages.map((page) => (page.bodyKey ? { ...page, html: bodies.html(page) } : page));
  } finally {
    bodies.close();
  }
}

/** A page of another share: listed on homes, rendered and written by that share's process. */
const NOT_RENDERED: StoredRender = { offset: 0, length: 0, headings: [], hasSideBySide: false, summary: '' };

/** The URL of the folder the article's file sits in: relative links resolve against it, as they did on disk. */
function folderUrl(article: Article): string {
  const folder = article.slug.includes('/') ? `${article.slug.slice(0, article.slug.lastIndexOf('/'))}/` : '';
  return `/${article.locale}/${folder}`;
}
