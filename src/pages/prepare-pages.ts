/**
 * Pages from checked articles: render the publishable ones (through the render store) and
 * lay them out as SitePages. Needs no other locale's output.
 */
import { loadRegistry } from '../core/codes/registry.ts';
import { registryVersion } from '../core/read/folder-hash.ts';
import type { Article } from '../core/model.ts';
import { damageNote } from '../core/render/rehype-repair-damage.ts';
import { readArticleBody } from '../core/read/article-body.ts';
import { formatDate } from '../page-data/i18n.ts';
import { canonicalTag } from '../page-data/locales.ts';
import { pageUrl } from '../page-data/page-url.ts';
import { fallbackPages, foreignStore, shareFallbacks, type Fallback } from './fallback-pages.ts';
import { readShownArticle } from './shown-article.ts';
import { renderArticles } from './render-articles.ts';
import { RenderStore, renderKey, type StoredRender } from './render-store.ts';
import { DEFAULT_MARKDOWN_ENGINE, type MarkdownEngine } from '../core/render/index.ts';
import { WHOLE, type Share } from './share.ts';
import type { SiteFacts, SitePage } from '../page-data/site-data.ts';

export interface PreparedPages {
  /** The pages, without their body HTML (`html` is empty): `bodies` reads it from disk. Fallback pages last. */
  pages: SitePage[];
  bodies: PageBodies;
  timings: { readMs: number; renderMs: number; rendered: number; fromCache: number };
}

/** The body HTML of prepared pages, one page at a time. */
export interface PageBodies {
  html(page: SitePage): string;
  close(): void;
}

export interface PrepareOptions {
  contentDir: string;
  /** The ones to publish, as the check left them (a body dropped to save memory is read again). */
  articles: Article[];
  facts: SiteFacts;
  cacheDir: string;
  workers?: number;
  /** Which share of a build they are, naming its render store. */
  share?: Share;
  /** The Markdown engine (`errata build --markdown`); default Sätteri. */
  markdown?: MarkdownEngine;
  /** The locales this build emits: with them, the share's fallback pages too (fallback-pages.ts). */
  fallbackLocales?: readonly string[];
}

/**
 * The articles (and the versions the share's fallback pages show) rendered through the render
 * store, each as a SitePage; then the fallback pages, from the versions they show.
 */
export async function preparePages(options: PrepareOptions): Promise<PreparedPages> {
  const { articles, facts } = options;
  const bodies = new BodyReader(options.contentDir);
  const markdown = options.markdown ?? DEFAULT_MARKDOWN_ENGINE;
  const keyOf = renderKeyOf(options.contentDir, markdown, bodies);
  const store = new RenderStore(options.cacheDir, options.contentDir, options.share ?? WHOLE);
  const renderStarted = performance.now();

  const versions = withFallbackVersions(options);
  const requests = versions.all.map((a) => {
    const base = folderUrl(a);
    const body = () => bodies.read(a);
    return { locale: a.locale, base, key: keyOf(a, base), body, store: versions.storeOf(a), markdown, file: a.file };
  });
  const { rendered, fromCache } = await renderArticles(requests, store, options.workers, {
    contentDir: options.contentDir,
    registry: loadRegistry(options.contentDir).registry,
  });
  for (const article of versions.all) article.body = '';
  store.save();
  const renderMs = performance.now() - renderStarted - bodies.readMs;

  const stored = new Map<string, StoredRender>();
  const pageOf = (i: number): SitePage => {
    const page = sitePage(versions.all[i]!, rendered[i]!, requests[i]!.key, facts);
    stored.set(page.url, rendered[i]!);
    return page;
  };
  const pages = articles.map((_, i) => pageOf(i));
  for (const f of versions.fallbacks) {
    const i = versions.indexOf(f.shown, f.slug);
    // A version that could not be published or read: its locale's build reports why; no fallback shows it.
    if (i === undefined) continue;
    const shown = i < articles.length ? pages[i]! : pageOf(i);
    for (const page of fallbackPages(shown, f.readers, requests[i]!.store)) {
      stored.set(page.url, rendered[i]!);
      pages.push(page);
    }
  }
  return {
    pages,
    bodies: {
      html(page) {
        const entry = stored.get(page.url);
        if (!entry) throw new Error(`errata: ${page.url} was not prepared here`);
        return store.html(page.fallback?.store ?? page.locale, entry);
      },
      close: () => store.close(),
    },
    timings: { readMs: bodies.readMs, renderMs, rendered: versions.all.length - fromCache, fromCache },
  };
}

/** Article bodies, read again from disk when the check dropped them to save memory, only when rendered; the time it takes. */
class BodyReader {
  readMs = 0;
  readonly #contentDir: string;

  constructor(contentDir: string) {
    this.#contentDir = contentDir;
  }

  read(article: Article): string {
    const reading = performance.now();
    const text = article.body || readArticleBody(this.#contentDir, article.file);
    this.readMs += performance.now() - reading;
    return text;
  }
}

/**
 * The render store's key of an article: its file's hash, from the check, stands for its body
 * (an unchanged article is not even read); the registry and the damage note decide how damaged
 * side-by-side segments are repaired, and the engine how it is rendered.
 */
function renderKeyOf(
  contentDir: string,
  markdown: MarkdownEngine,
  bodies: BodyReader,
): (article: Article, base: string) => string {
  const repair = `registry ${registryVersion(contentDir)}`;
  return (article, base) =>
    renderKey(
      article.locale,
      base,
      `${markdown}\0${repair}\0${damageNote(article.locale)}\0${article.sourceHash ? `file ${article.sourceHash}` : bodies.read(article)}`,
    );
}

/**
 * The share's articles and, after them, the versions its fallback pages show that no locale of
 * this build renders (another shard's locale): those are read here, into a store of their own.
 */
function withFallbackVersions(options: PrepareOptions): {
  all: Article[];
  fallbacks: Fallback[];
  /** Where the version `locale/slug` is in `all`. */
  indexOf(locale: string, slug: string): number | undefined;
  /** The render store the article's HTML goes to. */
  storeOf(article: Article): string;
} {
  const { articles, facts, fallbackLocales } = options;
  const built = new Set(fallbackLocales ?? []);
  const fallbacks = fallbackLocales ? shareFallbacks(facts, fallbackLocales, options.share ?? WHOLE) : [];
  const foreign: Article[] = [];
  for (const f of fallbacks) {
    if (built.has(f.shown)) continue;
    const article = readShownArticle(options.contentDir, f.shown, f.slug, facts.sourceLocale);
    if (article) foreign.push(article);
  }
  const all = [...articles, ...foreign];
  // The first of each version: the share's own article before one read for a fallback.
  const at = new Map<string, number>();
  all.forEach((a, i) => {
    if (!at.has(`${a.locale}/${a.slug}`)) at.set(`${a.locale}/${a.slug}`, i);
  });
  return {
    all,
    fallbacks,
    indexOf: (locale, slug) => at.get(`${locale}/${slug}`),
    storeOf: (a) =>
      (at.get(`${a.locale}/${a.slug}`) ?? 0) >= articles.length ? foreignStore(a.locale, fallbackLocales!) : a.locale,
  };
}

/** The article's page data: everything the layout needs but the body HTML (`bodyKey` finds it in the render store). */
function sitePage(article: Article, r: StoredRender, bodyKey: string, facts: SiteFacts): SitePage {
  const { alternates, sourceLocale } = facts;
  const locales = alternates[article.slug] ?? [article.locale];
  const page: SitePage = {
    locale: article.locale,
    slug: article.slug,
    url: pageUrl(article.locale, article.slug),
    title: article.meta.title || r.title || article.slug,
    description: article.meta.description || r.summary,
    html: '',
    bodyKey,
    headings: r.headings,
    translation: article.meta.translation,
    stale: article.stale,
    sideBySide: r.hasSideBySide,
    robots: article.meta.robots,
    codes: article.codes,
    alternates: locales.map((locale) => ({
      locale,
      hreflang: canonicalTag(locale),
      url: pageUrl(locale, article.slug),
    })),
  };
  if (article.meta.date) {
    page.date = article.meta.date;
    page.dateText = formatDate(canonicalTag(article.locale), article.meta.date);
  }
  if (article.locale !== sourceLocale && locales.includes(sourceLocale))
    page.sourceUrl = pageUrl(sourceLocale, article.slug);
  if (facts.repository) page.editPath = article.file.split('/').map(encodeURIComponent).join('/');
  return page;
}

/** The URL of the folder the article's file sits in: relative links resolve against it, as they did on disk. */
function folderUrl(article: Article): string {
  const folder = article.slug.includes('/') ? `${article.slug.slice(0, article.slug.lastIndexOf('/'))}/` : '';
  return `/${article.locale}/${folder}`;
}
