/**
 * Pages from checked articles: render the publishable ones (through the cache) and lay
 * them out as SitePages. Needs no other locale's output.
 */
import type { Article } from '../core/model.ts';
import type { RenderedArticle } from '../core/render/index.ts';
import { readArticleBody } from '../core/read/article-body.ts';
import { formatDate } from '../site/i18n.ts';
import { canonicalTag } from './locales.ts';
import { pageUrl } from './page-url.ts';
import { renderArticles } from './render-articles.ts';
import { RenderCache, renderKey } from './render-cache.ts';
import { inShare, WHOLE, type Share } from './share.ts';
import type { SiteFacts, SitePage } from './site-data.ts';

export interface PreparedPages {
  pages: SitePage[];
  timings: { readMs: number; renderMs: number; rendered: number; fromCache: number };
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

  const cache = new RenderCache(options.cacheDir, options.contentDir, share);
  const renderStarted = performance.now();
  const requests = mine.map((a) => {
    const base = folderUrl(a);
    return { locale: a.locale, base, key: key(a, base), body: body(a) };
  });
  const { rendered: renderedMine, fromCache } = await renderArticles(requests, cache, options.workers);
  for (const article of mine) article.body = '';
  const byArticle = new Map(mine.map((a, i) => [a, renderedMine[i]!]));
  const built = options.articles;
  const rendered = built.map((a) => byArticle.get(a) ?? NOT_RENDERED);
  cache.save();
  const renderMs = performance.now() - renderStarted - readMs;

  const { alternates, sourceLocale } = options.facts;
  const pages = built.map((article, i): SitePage => {
    const r = rendered[i]!;
    const locales = alternates[article.slug] ?? [article.locale];
    const page: SitePage = {
      locale: article.locale,
      slug: article.slug,
      url: pageUrl(article.locale, article.slug),
      title: article.meta.title || r.title || article.slug,
      description: article.meta.description || summarize(r.text),
      html: r.html,
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
    return page;
  });
  return { pages, timings: { readMs, renderMs, rendered: mine.length - fromCache, fromCache } };
}

/** A page of another share: listed on homes, rendered and written by that share's process. */
const NOT_RENDERED: RenderedArticle = { html: '', headings: [], text: '', hasSideBySide: false };

/** The URL of the folder the article's file sits in: relative links resolve against it, as they did on disk. */
function folderUrl(article: Article): string {
  const folder = article.slug.includes('/') ? `${article.slug.slice(0, article.slug.lastIndexOf('/'))}/` : '';
  return `/${article.locale}/${folder}`;
}

function summarize(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= 160) return flat;
  const cut = flat.slice(0, 157);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 120))}…`;
}
