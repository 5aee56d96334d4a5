/**
 * Build-once helpers. Memos hang off the SiteData object itself, so a second build in the
 * same process (tests, watch mode) never sees the first one's lists.
 */
import type { SiteData } from '../../page-data/site-data.ts';
import { siteData } from './site-data.ts';

export function oncePerSite<T>(build: (data: SiteData) => T): () => T {
  const memo = new WeakMap<SiteData, T>();
  return () => {
    const data = siteData();
    if (!memo.has(data)) memo.set(data, build(data));
    return memo.get(data)!;
  };
}

export function oncePerLocale<T>(build: (data: SiteData, locale: string) => T): (locale: string) => T {
  const memo = new WeakMap<SiteData, Map<string, T>>();
  return (locale) => {
    const data = siteData();
    let byLocale = memo.get(data);
    if (!byLocale) memo.set(data, (byLocale = new Map()));
    if (!byLocale.has(locale)) byLocale.set(locale, build(data, locale));
    return byLocale.get(locale)!;
  };
}
