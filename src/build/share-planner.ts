/**
 * The parent's side of the shares' questions (build-share.ts). Once every share has its
 * pages ready, it decides from all of them at once what each share writes: the pages
 * that changed, the locale pages when any list of pages changed, and the documents of the
 * locales whose search index must be written again. A share with nothing to write does
 * not start Astro at all.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchDocument } from '../search/index-locale.ts';
import type { SharePlan, SharePrepared, ShareDocuments } from './build-share.ts';
import { combinedHash, type PageManifest } from './page-manifest.ts';
import type { SiteFacts } from './site-data.ts';

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
  /** Locales whose search index is written again. */
  reindexed: string[] = [];
  /** Every share's search documents, once all have sent theirs. */
  readonly documents: Promise<SearchDocument[]>;

  private readonly options: PlannerOptions;
  private readonly prepared: SharePrepared[] = [];
  private readonly planned: Array<(plan: SharePlan) => void> = [];
  private readonly sent: SearchDocument[][] = [];
  private documentsArrived!: (documents: SearchDocument[]) => void;

  constructor(options: PlannerOptions) {
    this.options = options;
    this.documents = new Promise((resolve) => (this.documentsArrived = resolve));
  }

  answer(share: number, question: SharePrepared | ShareDocuments): Promise<SharePlan> | null {
    if (question.kind === 'documents') {
      this.sent[share] = question.documents;
      if (this.sent.filter(Boolean).length === this.options.shares) this.documentsArrived(this.sent.flat());
      return null;
    }
    this.prepared[share] = question;
    const plan = new Promise<SharePlan>((resolve) => (this.planned[share] = resolve));
    if (this.prepared.filter(Boolean).length === this.options.shares) this.plan();
    return plan;
  }

  private plan(): void {
    const { locales, facts, outDir, previous } = this.options;
    const pages = this.prepared.flatMap((p) => Object.entries(p.pages));
    for (const locale of locales) {
      this.searchHashes[locale] = combinedHash(pages.filter(([url]) => localeOf(url) === locale).map(([url, h]) => [url, h.page]));
    }
    this.localePagesHash = combinedHash([['facts', JSON.stringify(facts)], ...pages.map(([url, h]): [string, string] => [url, h.listing])]);
    this.reindexed = locales.filter((locale) => !previous || previous.search?.[locale] !== this.searchHashes[locale] || !existsSync(join(outDir, locale, 'pagefind')));
    const localePages = !previous || previous.localePages !== this.localePagesHash || locales.some((locale) => !existsSync(join(outDir, locale, 'index.html')));
    this.prepared.forEach((_, share) => {
      // One share writes the locale pages; every Astro run writes the root pages, which are the same.
      const writesLocalePages = share === 0 && localePages;
      this.planned[share]!({ index: this.reindexed, localePages: writesLocalePages });
    });
  }
}

function localeOf(url: string): string {
  return url.split('/')[1]!;
}
