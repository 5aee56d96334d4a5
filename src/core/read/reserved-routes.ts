/**
 * The site's own paths, which no article or locale folder may take. An article's URL is
 * `/<locale>/<slug>/`, so `404.md` would overwrite the locale's 404 page, `...md` (slug `..`)
 * the site's home, `search.js.md` would become a folder where the search step writes a file
 * (the build crashed), and a locale folder `api/` would land on the code index. Such a file
 * gets `slug-reserved` and is not published. This is the one list: the check reports from it
 * and the site's routes (src/site/pages, through src/page-data/reserved-routes.ts) leave out
 * what it names. Names are compared without regard to case: a site is often served from, or
 * merged on, a case-insensitive disk.
 */

/** First path segments below the site root that errata writes itself (what each one is). */
const SITE_PATHS: Record<string, string> = {
  'index.html': 'home page',
  '404.html': 'not-found page',
  'sitemap.xml': 'sitemap index',
  'build-report.json': 'build report',
  status: 'translation status page',
  api: 'code index (/api/)',
  _astro: 'script and style folder (/_astro/)',
  pagefind: 'search bundle',
  'favicon.svg': 'icon',
  'original-text.js': 'script',
  'pick-language.js': 'script',
  'site.css': 'style sheet',
  'robots.txt': 'robots file',
};

/** First path segments below `/<locale>/` that errata writes itself. */
const LOCALE_PATHS: Record<string, string> = {
  // Not `index` itself: `index.md` (every corpus locale has one) is published at /<locale>/index/, a folder of its own.
  'index.html': 'locale home page',
  '404': 'not-found page (/<locale>/404/)',
  '404.html': 'not-found page',
  'sitemap.xml': 'sitemap',
  pagefind: 'search bundle (pagefind/)',
  'search.js': 'search module (search.js)',
  // The search step's other files (src/search/index/client-files.ts).
  'search-ui.js': 'search script',
  'search-ui.css': 'search style sheet',
  'error-lookup.js': 'error lookup script',
  media: 'media folder',
  // A locale of many articles lists them in pages (src/site/data/locale-index.ts).
  articles: 'article list pages (/<locale>/articles/<n>/)',
  _astro: 'script and style folder (/_astro/)',
  api: 'code index (/api/)',
  status: 'translation status page',
};

const SITEMAP = /^sitemap(?:-[^/]*)?\.xml$/i;
/** `.`, `..`, `...`: a browser and every server resolve them away. */
const ONLY_DOTS = /^\.+$/;

/** What a locale folder of this name would collide with, or undefined when it is free. */
export function reservedLocale(locale: string): string | undefined {
  const name = locale.toLowerCase();
  if (name === '' || ONLY_DOTS.test(name)) return 'home page';
  if (Object.hasOwn(SITE_PATHS, name)) return SITE_PATHS[name];
  return SITEMAP.test(name) ? 'sitemap' : undefined;
}

/**
 * What the page of `slug` (the path below the locale folder, without `.md`) would collide
 * with, or undefined when it is free. Any segment that is empty or only dots collides with
 * the page above it; the first segment may not be one of the locale's own paths.
 */
export function reservedSlug(slug: string): string | undefined {
  const segments = slug.split('/');
  if (segments.some((segment) => segment === '' || ONLY_DOTS.test(segment)))
    return segments.length === 1 ? 'locale home page' : 'page of the folder above it';
  const first = segments[0]!.toLowerCase();
  if (Object.hasOwn(LOCALE_PATHS, first)) return LOCALE_PATHS[first];
  return SITEMAP.test(first) ? 'sitemap' : undefined;
}
