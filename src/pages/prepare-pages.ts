/**
 * Pages from checked articles: render the publishable ones (through the render store) and
 * lay them out as SitePages. Needs no other locale's output.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegistry, REGISTRY_DIR } from '../core/codes/registry.ts';
import type { Article } from '../core/model.ts';
import { damageNote } from '../core/render/rehype-repair-damage.ts';
import { readArticleBody } from '../core/read/article-body.ts';
import { formatDate } from '../page-data/i18n.ts';
import { canonicalTag } from '../page-data/locales.ts';
import { pageUrl } from '../page-data/page-url.ts';
import { fallbackPages, foreignStore, readShownArticle, shareFallbacks } from './fallback-pages.ts';
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

/**
 * `articles`: the ones to publish, as the check left them (a body dropped to save memory is
 * read again); `share`: which share of a build they are, naming its render store.
 */
export async function preparePages(options: {
  contentDir: string;
  articles: Article[];
  facts: SiteFacts;
  cacheDir: string;
  workers?: number;
  share?: Share;
  /** The Markdown engine (`errata build --markdown`); default Sätteri. */
  markdown?: MarkdownEngine;
  /** The locales this build emits: with them, the share's fallback pages too (fallback-pages.ts). */
  fallbackLocales?: readonly string[];
}): Promise<PreparedPages> {
  let readMs = 0;
  const body = (article: Article) => () => {
    const reading = performance.now();
    // A body dropped to save memory is read again, only when it is rendered.
    const text = article.body || readArticleBody(options.contentDir, article.file);
    readMs += performance.now() - reading;
    return text;
  };
  // The file's hash, from the check, stands for its body: an unchanged article is not even read.
  // The registry and the damage note decide how damaged side-by-side segments are repaired.
  const { registry } = loadRegistry(options.contentDir);
  const repair = `registry ${registryVersion(options.contentDir)}`;
  const markdown = options.markdown ?? DEFAULT_MARKDOWN_ENGINE;
  const key = (article: Article, base: string) =>
    renderKey(
      article.locale,
      base,
      `${markdown}\0${repair}\0${damageNote(article.locale)}\0${article.sourceHash ? `file ${article.sourceHash}` : body(article)()}`,
    );

  const store = new RenderStore(options.cacheDir, options.contentDir, options.share ?? WHOLE);
  const renderStarted = performance.now();
  const { articles, facts } = options;
  // Fallback pages show a version this share renders anyway, or (another shard's locale) one read here.
  const built = new Set(options.fallbackLocales ?? []);
  const fallbacks = options.fallbackLocales
    ? shareFallbacks(facts, options.fallbackLocales, options.share ?? WHOLE)
    : [];
  const own = new Map(articles.map((a, i) => [`${a.locale}/${a.slug}`, i]));
  const foreign: Article[] = [];
  for (const f of fallbacks) {
    if (built.has(f.shown)) continue;
    const article = readShownArticle(options.contentDir, f.shown, f.slug, facts.sourceLocale);
    if (article) foreign.push(article);
  }
  const foreignAt = new Map(foreign.map((a, i) => [`${a.locale}/${a.slug}`, articles.length + i]));
  const storeOf = (a: Article) =>
    foreignAt.has(`${a.locale}/${a.slug}`) ? foreignStore(a.locale, options.fallbackLocales!) : a.locale;
  const all = [...articles, ...foreign];
  const requests = all.map((a) => {
    const base = folderUrl(a);
    return { locale: a.locale, base, key: key(a, base), body: body(a), store: storeOf(a), markdown, file: a.file };
  });
  const { rendered, fromCache } = await renderArticles(requests, store, options.workers, {
    contentDir: options.contentDir,
    registry,
  });
  for (const article of all) article.body = '';
  store.save();
  const renderMs = performance.now() - renderStarted - readMs;

  const { alternates, sourceLocale } = facts;
  const stored = new Map<string, StoredRender>();
  const asPage = (article: Article, i: number): SitePage => {
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
    stored.set(page.url, r);
    return page;
  };
  const pages = articles.map(asPage);
  for (const f of fallbacks) {
    const i = own.get(`${f.shown}/${f.slug}`) ?? foreignAt.get(`${f.shown}/${f.slug}`);
    // A version that could not be published or read: its locale's build reports why; no fallback shows it.
    if (i === undefined) continue;
    const shown = i < articles.length ? pages[i]! : asPage(all[i]!, i);
    for (const page of fallbackPages(shown, f.readers, requests[i]!.store)) {
      stored.set(page.url, rendered[i]!);
      pages.push(page);
    }
  }
  const bodies: PageBodies = {
    html(page) {
      const entry = stored.get(page.url);
      if (!entry) throw new Error(`errata: ${page.url} was not prepared here`);
      return store.html(page.fallback?.store ?? page.locale, entry);
    },
    close: () => store.close(),
  };
  return { pages, bodies, timings: { readMs, renderMs, rendered: all.length - fromCache, fromCache } };
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

/** A hash of the registry's files: a changed registry renders side-by-side articles again (their repairs may change). */
function registryVersion(contentDir: string): string {
  const hash = createHash('sha1');
  const dir = join(contentDir, REGISTRY_DIR);
  try {
    for (const name of readdirSync(dir).sort())
      hash
        .update(name)
        .update('\0')
        .update(readFileSync(join(dir, name)));
  } catch {
    // No registry.
  }
  return hash.digest('hex');
}
