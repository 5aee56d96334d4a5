/**
 * The state of `errata dev`: what it knows of the content (per-locale listings, read when a
 * request needs them), the pages it has made (a bounded LRU), and the layout runs of the
 * locales' homes, root pages and page frames (dev-layout.ts, one at a time, in a child
 * process). Nothing is checked or rendered before a request or a save asks for it.
 */
import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runChild } from '../process/child-process.ts';
import { ASTRO_MEMORY } from '../process/child-memory.ts';
import { pagesOf, readManifest, templateHash, type PageManifest } from '../pages/page-manifest.ts';
import { PROJECT_ROOT } from '../process/project-root.ts';
import { repositoryLinks } from '../pages/repository-links.ts';
import { BatchChecker } from '../core/check/check-batch.ts';
import {
  SOURCE_LOCALE,
  isFile,
  isPageSlug,
  listLocaleFiles,
  listLocales,
  type ContentFile,
} from '../core/read/content-files.ts';
import { blocksPublishing } from '../core/check/publishable.ts';
import { loadRegistry, type Registry } from '../core/codes/registry.ts';
import type { Diagnostic } from '../core/diagnostics/diagnostic.ts';
import { uiStringsDir } from '../core/i18n/ui-strings.ts';
import { isInsideContent } from '../core/read/inside-content.ts';
import { canonicalTag, directionOf, nativeName } from '../page-data/locales.ts';
import { pageUrl } from '../page-data/page-url.ts';
import type { SiteFacts, SiteLocale, SitePage, SiteRepository } from '../page-data/site-data.ts';
import { articlePage } from './article-page.ts';
import { checkArticle } from './check-article.ts';
import { readFrame } from './frames.ts';
import type { DevLayoutRequest, DevLayoutResult } from './dev-layout.ts';
import { Lru } from './lru.ts';

export interface DevSiteOptions {
  contentDir: string;
  /** The locales served (default: every locale folder). */
  locales?: string[];
  /** The site's URL, as `errata build --site` takes it: frames are shared with builds of the same. */
  site: string;
  /** Lines for the terminal. */
  log: (text: string) => void;
  /** The last build's output: its homes and root pages are served while they are current. */
  builtDir?: string;
  /** A locale's homes were laid out again beside serving the old ones: its open lists should reload. */
  refreshed?: (locale: string) => void;
}

/** An article as last checked: its problems, and its page when it can be published. */
export interface ArticleState {
  file: string;
  diagnostics: Diagnostic[];
  html?: string;
  /** `html` is this version's page (else the last good version's, shown under the overlay, or none). */
  publishable?: boolean;
  ms: number;
}

const PAGES_KEPT = 200;

export class DevSite {
  readonly contentDir: string;
  readonly site: string;
  /** dev's own output: the layout runs' pages (homes, root pages). */
  readonly outDir: string;
  private readonly options: DevSiteOptions;
  private readonly wanted?: string[];
  private localeList?: string[];
  private readonly listings = new Map<string, Map<string, ContentFile>>();
  private registry?: Registry;
  private checker?: BatchChecker;
  private template?: string;
  private readonly pages = new Lru<string, ArticleState>(PAGES_KEPT);
  /** Pages being checked and rendered: the number of the newest refresh of each, and who waits for it. */
  private readonly making = new Map<string, number>();
  private readonly waiters = new Map<
    string,
    Array<{ resolve: (state: ArticleState) => void; reject: (error: unknown) => void }>
  >();
  private refreshes = 0;
  /** The last page each article was served with, shown (with the overlay) while it cannot be published. */
  private readonly lastGood = new Lru<string, string>(PAGES_KEPT);
  /** Locales whose layout run is current; a change to their listing makes it stale. */
  private readonly laidOut = new Set<string>();
  /** Locales dev has laid out at least once (current or not), and those being laid out beside serving. */
  private readonly laidOutOnce = new Set<string>();
  private readonly layingOut = new Set<string>();
  private layoutQueue: Promise<unknown> = Promise.resolve();
  /** Locales whose listing changed since the start: the last build's homes no longer show them. */
  private readonly changedSince = new Set<string>();
  private built?: { manifest: PageManifest | undefined };
  /** Where pages link "Edit this page", as a build of this content would. */
  private readonly repository: SiteRepository | undefined;

  constructor(options: DevSiteOptions) {
    this.options = options;
    this.contentDir = options.contentDir;
    this.site = options.site;
    this.repository = repositoryLinks(PROJECT_ROOT, options.contentDir);
    if (options.locales) this.wanted = options.locales;
    // Of this process alone: two dev servers of one content folder do not share it, and nothing of
    // it is reused (every start lays its homes out again), so it goes when the server stops.
    this.outDir = join(
      PROJECT_ROOT,
      '.errata-cache',
      'dev',
      `${createHash('sha1').update(options.contentDir).digest('hex').slice(0, 12)}-${process.pid}`,
    );
  }

  /** Removes dev's own output. */
  close(): void {
    rmSync(this.outDir, { recursive: true, force: true });
  }

  /** Every locale of the content (the site's facts), and the ones served. */
  allLocales(): string[] {
    return (this.localeList ??= listLocales(this.contentDir));
  }

  servedLocales(): string[] {
    const all = this.allLocales();
    return this.wanted ? all.filter((l) => this.wanted!.includes(l)) : all;
  }

  /** The locale whose layout run writes the root pages: the source when served. */
  rootLocale(): string | undefined {
    const served = this.servedLocales();
    return served.includes(SOURCE_LOCALE) ? SOURCE_LOCALE : served[0];
  }

  listing(locale: string): Map<string, ContentFile> {
    let files = this.listings.get(locale);
    if (!files) {
      files = new Map(listLocaleFiles(this.contentDir, locale).map((f) => [f.slug, f]));
      this.listings.set(locale, files);
    }
    return files;
  }

  /** Whether the locale's listing, as last read, has the slug (false when it was not read yet). */
  isListed(locale: string, slug: string): boolean {
    return this.listings.get(locale)?.has(slug) ?? false;
  }

  /** The article a page URL names, when its file exists and is a page. */
  articleFile(locale: string, slug: string): ContentFile | undefined {
    if (!this.servedLocales().includes(locale) || !isPageSlug(slug)) return undefined;
    return this.listing(locale).get(slug);
  }

  /** The slug's file in every locale: a look at one path per locale, no listing. */
  slugFiles(slug: string): ContentFile[] {
    const files: ContentFile[] = [];
    for (const locale of this.allLocales()) {
      const listed = this.listings.get(locale);
      if (listed) {
        const file = listed.get(slug);
        if (file) files.push(file);
        continue;
      }
      const file = `${locale}/${slug}.md`;
      const absolute = join(this.contentDir, file);
      if (isFile(absolute) && isInsideContent(this.contentDir, absolute)) files.push({ file, locale, slug, absolute });
    }
    return files;
  }

  templateHash(): string {
    return (this.template ??= templateHash(PROJECT_ROOT, uiStringsDir(), {
      locales: this.siteLocales(),
      site: this.site.replace(/\/$/, ''),
      sourceLocale: SOURCE_LOCALE,
      repository: this.repository,
    } as SiteFacts));
  }

  private siteLocales(): SiteLocale[] {
    return this.allLocales().map((locale) => ({
      locale,
      tag: canonicalTag(locale),
      dir: directionOf(locale),
      nativeName: nativeName(locale),
      pageCount: 0,
    }));
  }

  private batchChecker(): BatchChecker {
    if (!this.checker) {
      const { registry } = loadRegistry(this.contentDir);
      this.registry = registry;
      this.checker = new BatchChecker(registry);
    }
    return this.checker;
  }

  /** The article's page and problems: from memory, from the check under way, or checked and rendered now. */
  async article(file: ContentFile): Promise<ArticleState> {
    const url = pageUrl(file.locale, file.slug);
    return this.pages.get(url) ?? (this.making.has(url) ? this.awaitNewest(url) : this.refresh(file));
  }

  /**
   * Checks and renders one article again (a save), laying out its frame first when its shape
   * has none. Refreshes of one page may overlap — a save while the page's frame is laid out
   * (seconds) checks the new version at once — and the last one started wins: an earlier one
   * that ends later neither replaces its state nor is served; whoever waits on it gets the
   * newest state as soon as that is made.
   */
  refresh(file: ContentFile): Promise<ArticleState> {
    const url = pageUrl(file.locale, file.slug);
    const seq = ++this.refreshes;
    this.making.set(url, seq);
    const waiting = this.awaitNewest(url);
    // Ends the waits on the page when this is its newest refresh, or no refresh of it is kept
    // (`forgetSlug` came between): the state is served once, not kept. Else a newer one will.
    const settle = (outcome: { state: ArticleState } | { error: unknown }) => {
      const newest = this.making.get(url);
      if (newest !== seq && newest !== undefined) return;
      if (newest === seq) this.making.delete(url);
      if ('state' in outcome && newest === seq) {
        this.pages.set(url, outcome.state);
        if (outcome.state.html !== undefined && outcome.state.publishable) this.lastGood.set(url, outcome.state.html);
      }
      const waiters = this.waiters.get(url) ?? [];
      this.waiters.delete(url);
      for (const waiter of waiters) {
        if ('state' in outcome) waiter.resolve(outcome.state);
        else waiter.reject(outcome.error);
      }
    };
    this.make(file, url).then(
      (state) => settle({ state }),
      (error: unknown) => settle({ error }),
    );
    return waiting;
  }

  /** The page's state once its newest refresh (the one under way, or a later one) is made. */
  private awaitNewest(url: string): Promise<ArticleState> {
    return new Promise((resolve, reject) => {
      const waiters = this.waiters.get(url) ?? [];
      waiters.push({ resolve, reject });
      this.waiters.set(url, waiters);
    });
  }

  private async make(file: ContentFile, url: string): Promise<ArticleState> {
    const started = performance.now();
    const slugFiles = this.slugFiles(file.slug);
    const record = checkArticle(
      this.contentDir,
      this.batchChecker(),
      file,
      slugFiles.filter((f) => f.locale !== file.locale),
    );
    const state: ArticleState = { file: file.file, diagnostics: record.diagnostics, ms: 0 };
    if (record.article?.isPage && !record.diagnostics.some(blocksPublishing)) {
      const context = {
        contentDir: this.contentDir,
        site: this.site,
        locales: this.siteLocales(),
        templateHash: this.templateHash(),
        ...(this.repository ? { repository: this.repository } : {}),
      };
      let made = await articlePage(context, record.article, slugFiles);
      if ('frame' in made) {
        await this.layout(file.locale, [made.frame], false);
        made = await articlePage(context, record.article, slugFiles);
      }
      if ('frame' in made) throw new Error(`errata dev: the layout run made no page frame for ${url}`);
      state.html = made.html;
      state.publishable = true;
    } else {
      state.html = this.lastGood.get(url);
    }
    state.ms = performance.now() - started;
    return state;
  }

  /**
   * The folder with the locale's homes, lists and 404 page (and the root pages): the last
   * build's, when it was built with the same templates and lists every article the locale has
   * now — no Astro run then; else dev's own. When that is out of date (a listing changed) but
   * there is one — dev's earlier run, or the build's — it is served as it is while a run lays
   * the locale out again beside, and the open tabs reload when it is done (`refreshed`): a
   * request waits for Astro only when there is nothing to show yet.
   */
  async pagesFolder(locale: string): Promise<string> {
    const builtDir = this.options.builtDir;
    if (this.builtIsCurrent(locale)) return builtDir!;
    if (this.laidOut.has(locale)) return this.outDir;
    if (this.laidOutOnce.has(locale)) {
      this.layOutBeside(locale);
      return this.outDir;
    }
    if (builtDir && this.builtTemplateMatches() && existsSync(join(builtDir, locale, 'index.html'))) {
      this.layOutBeside(locale);
      return builtDir;
    }
    await this.ensureLaidOut(locale);
    return this.outDir;
  }

  private layOutBeside(locale: string): void {
    if (this.layingOut.has(locale)) return;
    this.layingOut.add(locale);
    this.ensureLaidOut(locale)
      .then(() => this.options.refreshed?.(locale))
      .catch((error: unknown) => this.options.log(`errata dev: ${(error as Error).message}`))
      .finally(() => this.layingOut.delete(locale));
  }

  private builtTemplateMatches(): boolean {
    const builtDir = this.options.builtDir;
    if (!builtDir || !existsSync(join(builtDir, 'index.html'))) return false;
    this.built ??= { manifest: readManifest(join(PROJECT_ROOT, '.errata-cache'), builtDir, this.templateHash()) };
    return this.built.manifest !== undefined;
  }

  private builtIsCurrent(locale: string): boolean {
    if (
      this.changedSince.has(locale) ||
      !this.builtTemplateMatches() ||
      !existsSync(join(this.options.builtDir!, locale, 'index.html'))
    )
      return false;
    const pages = pagesOf(this.built!.manifest!, locale);
    for (const slug of this.listing(locale).keys())
      if (isPageSlug(slug) && !(pageUrl(locale, slug) in pages)) return false;
    return true;
  }

  /** Makes sure the locale's homes and the root pages are laid out (and current). */
  async ensureLaidOut(locale: string): Promise<void> {
    const root = this.rootLocale();
    if (!this.laidOut.has(locale)) await this.layout(locale, [], true);
    if (root && root !== locale && !existsSync(join(this.outDir, 'index.html'))) await this.layout(root, [], true);
  }

  /** One layout run at a time: Astro is the heaviest thing dev does. */
  private layout(locale: string, frames: Array<{ id: string; page: SitePage }>, homes: boolean): Promise<void> {
    const run = this.layoutQueue.then(async () => {
      if (homes && this.laidOut.has(locale)) return;
      // A frame a run before this one made (two requests, or a request and a save, of one new shape).
      frames = frames.filter((f) => !readFrame(this.templateHash(), f.id));
      if (!homes && frames.length === 0) return;
      this.options.log(
        homes
          ? `Laying out ${locale}: its homes and the root pages (Astro)…`
          : `Laying out a page frame for ${locale} (Astro)…`,
      );
      const request: DevLayoutRequest = {
        contentDir: this.contentDir,
        locale,
        site: this.site,
        outDir: this.outDir,
        templateHash: this.templateHash(),
        frames,
        homes,
      };
      const result = await runChild<DevLayoutRequest, DevLayoutResult>(
        new URL('./dev-layout-process.ts', import.meta.url),
        request,
        {
          cwd: PROJECT_ROOT,
          env: { ...process.env, ...ASTRO_MEMORY, ERRATA_LOCALES_DIR: uiStringsDir() },
          what: `Laying out ${locale} for errata dev (Astro)`,
          advice: 'run "errata check --locales ' + locale + '" to see what stops it',
        },
      );
      if (homes) {
        this.laidOut.add(locale);
        this.laidOutOnce.add(locale);
      }
      this.options.log(
        homes
          ? `Laid out ${locale}: ${result.pages} pages listed, ${Math.round(result.ms)} ms (${result.steps})`
          : `Laid out the frame, ${Math.round(result.ms)} ms`,
      );
    });
    this.layoutQueue = run.catch(() => undefined);
    return run;
  }

  // What a change to the content makes stale.

  /** An article's file changed: its page (and its slug's other versions, whose staleness and switcher may change). */
  forgetSlug(slug: string): void {
    for (const locale of this.allLocales()) {
      const url = pageUrl(locale, slug);
      this.pages.delete(url);
      // A refresh under way read the files before the change: what it makes is not kept.
      this.making.delete(url);
    }
  }

  /** A locale's list of files changed (added, renamed, deleted): its listing and homes. */
  forgetListing(locale: string): void {
    this.listings.delete(locale);
    this.changedSince.add(locale);
    this.laidOut.delete(locale);
    // The media index of the check is per locale.
    this.checker = undefined;
  }

  /** The homes list titles: a saved article makes its locale's layout stale (laid out again when asked for). */
  forgetLayout(locale: string): void {
    this.laidOut.delete(locale);
  }

  /** The registry, the UI strings or the locale folders changed: everything is made again when asked for. */
  forgetAll(): void {
    this.localeList = undefined;
    this.listings.clear();
    this.pages.clear();
    this.making.clear();
    this.laidOut.clear();
    this.checker = undefined;
    this.registry = undefined;
    this.template = undefined;
    this.built = undefined;
  }
}
