/**
 * The parent's side of the shares' questions (build-share.ts). Once every share has its
 * pages ready, it decides from all of them at once whether the locale pages are written
 * again (when any list of pages changed) and which locales' search indexes are, and asks
 * the shares for those locales' documents.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SharePlan, SharePrepared } from './build-share.ts';
import { combinedHash, type PageManifest } from '../../pages/page-manifest.ts';
import type { SiteFacts } from '../../page-data/site-data.ts';

export interface PlannerOptions {
  shares: number;
  locales: string[];
  facts: SiteFacts;
  outDir: string;
  /** The last build's manifest, when this build only updates its output. */
  previous?: PageManifest;
}

export class SharePlanner {
  /** locale → hash of its pages, for the manifest: the next build re-indexes a locale when it changes. */
  searchHashes: Record<string, string> = {};
  localePagesHash = '';
  /** Write the locales' homes, 404 pages and sitemaps again. */
  localePages = true;
  /** Locales whose search index is written again. */
  reindexed: string[] = [];

  private readonly options: PlannerOptions;
  private readonly prepared: SharePrepared[] = [];
  private readonly planned: Array<(plan: SharePlan) => void> = [];

  constructor(options: PlannerOptions) {
    this.options = options;
  }

  answer(share: number, question: SharePrepared): Promise<SharePlan> {
    this.prepared[share] = question;
    const plan = new Promise<SharePlan>((resolve) => (this.planned[share] = resolve));
    if (this.prepared.filter(Boolean).length === this.options.shares) this.plan();
    return plan;
  }

  private plan(): void {
    const { locales, facts, outDir, previous } = this.options;
    const pages = this.prepared.flatMap((p) => Object.entries(p.pages));
    for (const locale of locales) {
      this.searchHashes[locale] = combinedHash(
        pages.filter(([url]) => localeOf(url) === locale).map(([url, h]) => [url, h.page]),
      );
    }
    this.localePagesHash = combinedHash([
      ['facts', JSON.stringify(facts)],
      ...pages.map(([url, h]): [string, string] => [url, h.listing]),
    ]);
    this.reindexed = locales.filter(
      (locale) =>
        !previous ||
        previous.search?.[locale] !== this.searchHashes[locale] ||
        !existsSync(join(outDir, locale, 'pagefind')),
    );
    this.localePages =
      !previous ||
      previous.localePages?.[batchKey(locales)] !== this.localePagesHash ||
      locales.some((locale) => !existsSync(join(outDir, locale, 'index.html')));
    this.prepared.forEach((_, share) => this.planned[share]!({ index: this.reindexed }));
  }
}

/** A batch of locales as the manifest names it (locale-batches.ts). */
export function batchKey(locales: readonly string[]): string {
  return locales.join(',');
}

function localeOf(url: string): string {
  return url.split('/')[1]!;
}
