/**
 * Pages from checked articles: render the publishable ones (through the render store) and
 * lay them out as SitePages. Needs no other locale's output.
 */
import type { Article } from '../core/model.ts';
import { readArticleBody } from '../core/read/article-body.ts';
import { formatDate } from '../page-data/i18n.ts';
import { canonicalTag } from '../page-data/locales.ts';
import { pageUrl } from '../page-data/page-url.ts';
import { renderArticles } from './render-articles.ts';
import { RenderStore, renderKey, type StoredRender } from './render-store.ts';
import { WHOLE, type Share } from './share.ts';
import type { SiteFacts, SitePage } from '../page-data/site-data.ts';

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
 * `articles`: the ones to publish, as the check left them (a body dropped to save memory is
 * read again); `share`: which share of a build they are, naming its render store.
 */
export async function preparePages(options: { contentDir: string; articles: Article[]; facts: SiteFacts; cacheDir: string; workers?: number; share?: Share }): Promise<PreparedPages> {
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

  const store = new RenderStore(options.cacheDir, options.contentDir, options.share ?? WHOLE);
  const renderStarted = performance.now();
  const { articles } = options;
  const requests = articles.map((a) => {
    const base = folderUrl(a);
    return { locale: a.locale, base, key: key(a, base), body: body(a) };
  });
  const { rendered, fromCache } = await renderArticles(requests, store, options.workers);
  for (const article of articles) article.body = '';
  store.save();
  const renderMs = performance.now() - renderStarted - readMs;

  const { alternates, sourceLocale } = options.facts;
  const stored = new Map<string, StoredRender>();
  const pages = articles.map((article, i): SitePage => {
    const r = rendered[i]!;
    const locales = alternates[article.slug] ?? [article.locale];
    const page: SitePage = {
      locale: article.locale,
      slug: article.slug,
      url: pageUrl(article.locale, article.slug),
      title: article.meta.title || r.title || article.slug,
      description: article.meta.description || r.summary,
      html: '',
      bodyKey: requests[i]!.key,
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
    stored.set(page.url, r);
    return page;
  });
  const bodies: PageBodies = {
    html(page) {
      const entry = stored.get(page.url);
      if (!entry) throw new Error(`errata: ${page.url} was not prepared here`);
      return store.html(page.locale, entry);
    },
    close: () => store.close(),
  };
  return { pages, bodies, timings: { readMs, renderMs, rendered: articles.length - fromCache, fromCache } };
}

/** Pages with their body HTML in memory, for callers that lay out a few pages at once (Astro on its own, tests). */
export async function preparePagesWithHtml(options: Parameters<typeof preparePages>[0]): Promise<SitePage[]> {
  const { pages, bodies } = await preparePages(options);
  try {
    return pages.map((page) => ({ ...page, html: bodies.html(page) }));
  } finally {
    bodies.close();
  }
}

/** The URL of the folder the article's file sits in: relative links resolve against it, as they did on disk. */
function folderUrl(article: Article): string {
  const folder = article.slug.includes('/') ? `${article.slug.slice(0, article.slug.lastIndexOf('/'))}/` : '';
  return `/${article.locale}/${folder}`;
}
