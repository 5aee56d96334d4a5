/**
 * Everything the Astro site needs, prepared by the core before Astro starts:
 * pages with finished HTML, per-locale facts built once per locale, the code index
 * and the status matrix. Astro only lays these out.
 */
import type { RenderedHeading } from '../core/render/index.ts';
import type { StatusMatrix } from '../core/status/translation-status.ts';
import type { TranslationKind } from '../core/model.ts';

export interface SiteAlternate {
  /** Lower-case folder tag, e.g. `zh-tw`. */
  locale: string;
  /** BCP 47 in its usual case, for hreflang and lang: `zh-TW`. */
  hreflang: string;
  url: string;
}

export interface SitePage {
  locale: string;
  slug: string;
  /** From the site root, with trailing slash: `/zh-tw/troubleshoot-aadsts50000-error-code/`. */
  url: string;
  title: string;
  /** Plain text for <meta name="description">, translated text only. */
  description: string;
  /**
   * Body HTML from the core renderer, first heading removed, sanitized. Empty while a build
   * prepares pages: the HTML stays on disk (pages/render-store.ts) until the page is written.
   */
  html: string;
  /** Identifies the body HTML: the article's render key. */
  bodyKey: string;
  headings: RenderedHeading[];
  translation: TranslationKind;
  stale: boolean;
  sideBySide: boolean;
  /** ISO date (ms.date). */
  date?: string;
  /** The date as the page's language writes it (Intl, in the core, like every value of a page). */
  dateText?: string;
  robots: { index: boolean; follow: boolean };
  /** Canonical error codes the article mentions. */
  codes: string[];
  /** The source-locale page of the same slug, when there is one and this is a translation. */
  sourceUrl?: string;
  /** Every locale that has this slug, this page included, sorted by locale. */
  alternates: SiteAlternate[];
  /**
   * A fallback page: the locale has no version of the article, so the page shows another
   * locale's (pages/fallback-pages.ts) inside this locale's UI. `alternates` are then the
   * versions that exist; the page is noindex and not listed, in sitemaps or search.
   */
  fallback?: SiteFallback;
  /** The source file's path below the content folder, URL-encoded (`sv-se/x.md`), when the site links to the repository. */
  editPath?: string;
}

/** The repository the content lives in (pages/repository-links.ts): where pages are edited and problems reported. */
export interface SiteRepository {
  /** `https://github.com/o/r/edit/main/content/`: a page's `editPath` follows. */
  edit: string;
  /** `https://github.com/o/r/issues/new` */
  issues: string;
  /** The content folder's path in the repository. */
  contentPath: string;
}

export interface SiteFallback {
  /** The locale whose version is shown (its text, `lang` and `dir`): `en-us`. */
  locale: string;
  /** That version's page: the fallback page's canonical. */
  url: string;
  /** The render-store name the shown body is stored under (its locale, or a name of this build's own). */
  store: string;
}

export interface SiteLocale {
  locale: string;
  /** `zh-TW` */
  tag: string;
  dir: 'ltr' | 'rtl';
  /** The language's name in itself: `中文（台灣）`. */
  nativeName: string;
  pageCount: number;
}

export interface SiteCode {
  code: string;
  family: string;
  familyTitle: string;
  name?: string;
  summary?: string;
  /** locale → URL of the code's registered article in that locale. */
  urls: Record<string, string>;
}

/** What every shard of a build shares: computed once, from the whole content directory. */
export interface SiteFacts {
  /** Every locale in the content, built here or by another shard. */
  locales: SiteLocale[];
  sourceLocale: string;
  codes: SiteCode[];
  status: StatusMatrix;
  /** Absolute site URL for canonical links and the sitemap, without trailing slash. */
  site: string;
  /** slug → locales that have it as a page (alternates, the switcher). */
  alternates: Record<string, string[]>;
  /**
   * slug → the locale whose version every locale without one shows (fallback pages): the
   * source when there is one, else HT before MT, current before stale, the newest. From the
   * content listing alone, so every shard picks the same.
   */
  shown?: Record<string, string>;
  /** Set when the repository is configured: article pages link "Edit this page" and "Report a translation problem". */
  repository?: SiteRepository;
}

export interface SiteData extends SiteFacts {
  /** The pages of the locales this build emits. */
  pages: SitePage[];
  /**
   * Locales whose pages (articles, home, 404, sitemap) this build emits. The root pages
   * (/, /404.html, /status/, the sitemap index) come from SiteFacts alone, so every
   * build emits the same ones and merged shards agree.
   */
  buildLocales: string[];
  /**
   * The article pages Astro lays out, each at its own URL: page frames (pages/page-frames.ts),
   * which the build fills in for every page of their shape. Absent: every page as itself.
   */
  frames?: ArticleFrame[];
  /** Write the homes, 404 pages and sitemaps of `buildLocales` (default true): not when their lists are unchanged. */
  localePages?: boolean;
  /**
   * Write the root pages (`/`, `/404.html`, `/status/` and `/status/<locale>/`, the sitemap
   * index, `/api/codes.json`; default true). They come from the facts alone, the same in every
   * Astro run of a build: only the first batch built writes them, and only when they are due
   * (pipeline/build-site.ts: a full build, a fact changed, or one is gone from the site).
   */
  rootPages?: boolean;
}

/** An article page for Astro to lay out: a page frame, or a page itself. */
export interface ArticleFrame {
  /** Where Astro writes it. */
  url: string;
  locale: string;
  slug: string;
  page: SitePage;
}

/** What Astro lays out as article pages: the frames, or every page as itself. */
export function articleFrames(data: SiteData): ArticleFrame[] {
  return data.frames ?? data.pages.map((page) => ({ url: page.url, locale: page.locale, slug: page.slug, page }));
}
