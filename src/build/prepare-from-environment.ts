/** When Astro is run directly (`astro dev`, `astro build`), prepare the whole site in this process. */
import { resolve } from 'node:path';
import { loadRegistry } from '../core/codes/registry.ts';
import { listLocales } from '../core/read/content-files.ts';
import { PROJECT_ROOT } from './build-locale.ts';
import { prepareLocalePages } from './prepare-locale.ts';
import type { SiteData } from './site-data.ts';
import { siteFacts } from './site-facts.ts';
import { setSiteData } from './site-store.ts';

export async function prepareFromEnvironment(): Promise<SiteData> {
  const contentDir = resolve(process.env.ERRATA_CONTENT ?? 'content');
  const locales = listLocales(contentDir);
  const facts = siteFacts(contentDir, loadRegistry(contentDir).registry, process.env.ERRATA_SITE ?? 'https://errata.example', new Map());
  const { pages } = await prepareLocalePages({ contentDir, locales, facts, cacheDir: `${PROJECT_ROOT}.errata-cache` });
  const data: SiteData = { ...facts, pages, buildLocales: locales };
  setSiteData(data);
  return data;
}
