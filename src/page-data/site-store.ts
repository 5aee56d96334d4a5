/**
 * Hands the prepared SiteData from `errata build` to the Astro build running in the same
 * process. Vite loads Astro's modules through its own module graph, so a module-level
 * variable would not be shared; a global symbol is.
 */
import type { SiteData } from './site-data.ts';

const KEY = Symbol.for('errata.site-data');
type Holder = { [KEY]?: SiteData };

/** `undefined` once Astro is done with it: a layout process kept for the next batch must not hold this one's pages. */
export function setSiteData(data: SiteData | undefined): void {
  (globalThis as Holder)[KEY] = data;
}

export function getSiteData(): SiteData | undefined {
  return (globalThis as Holder)[KEY];
}
