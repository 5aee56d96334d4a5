/** When Astro is run directly (`astro dev`, `astro build`), prepare the whole site in this process. */
import { resolve } from 'node:path';
import { checkContent } from '../core/check/check-content.ts';
import { makeReport } from './build-report.ts';
import { PROJECT_ROOT } from './project-root.ts';
import { preparePagesWithHtml } from './prepare-pages.ts';
import type { SiteData } from './site-data.ts';
import { siteFacts } from './site-facts.ts';
import { setSiteData } from './site-store.ts';

export async function prepareFromEnvironment(): Promise<SiteData> {
  const contentDir = resolve(process.env.ERRATA_CONTENT ?? 'content');
  const set = await checkContent({ contentDir, keepBodies: true });
  const report = makeReport(set.files, set.diagnostics, true);
  const published = new Set(report.files.filter((f) => f.status === 'built').map((f) => f.file));
  const facts = siteFacts(contentDir, set.registry, process.env.ERRATA_SITE ?? 'https://errata.example');
  const articles = set.articles.filter((a) => published.has(a.file));
  const pages = await preparePagesWithHtml({ contentDir, articles, facts, cacheDir: `${PROJECT_ROOT}.errata-cache` });
  const data: SiteData = { ...facts, pages, buildLocales: set.locales };
  setSiteData(data);
  return data;
}
