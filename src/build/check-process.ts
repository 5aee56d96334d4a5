/**
 * Child-process entry: the build's check, and the site facts from the content index (its
 * entries for checked files come from the check, which read them already).
 * In a process of its own because what they leave behind (the memory of the check's worker
 * threads, the index's garbage: about 350 MB on live-sxs) would stay with the build's
 * parent, which lives on beside Astro. The articles come back without the front-matter
 * detail only the check reads (every key as parsed, and its line).
 */
import { checkContent, type CheckOptions } from '../core/check/check-content.ts';
import type { ContentSet } from '../core/model.ts';
import { serveRequest } from './child-process.ts';
import type { SiteFacts } from '../page-data/site-data.ts';
import { siteFacts } from './site-facts.ts';

export interface CheckRequest extends CheckOptions {
  /** Absolute site URL, for the facts. */
  site: string;
}

export type CheckResult = ContentSet & { fromCache: number; facts: SiteFacts };

serveRequest(async ({ site, ...options }: CheckRequest): Promise<CheckResult> => {
  const { registry, indexed, ...set } = await checkContent({ ...options, indexEntries: true });
  for (const article of set.articles) {
    article.meta.raw = {};
    article.meta.keyLines = {};
  }
  return { ...set, facts: siteFacts(options.contentDir, registry, site, indexed) };
});
