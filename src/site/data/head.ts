/** The page-level facts of <head> that every page states the same way. */

/**
 * Only the site's own files run: no inline script, no eval. `wasm-unsafe-eval` lets the
 * search (Pagefind) compile its WebAssembly; images may be data: URIs, as in the articles.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** `noindex, nofollow` for ROBOTS: NOINDEX, NOFOLLOW; nothing when the page may be indexed and followed. */
export function robotsContent(robots: { index: boolean; follow: boolean } | undefined): string | undefined {
  if (!robots || (robots.index && robots.follow)) return undefined;
  return `${robots.index ? 'index' : 'noindex'}, ${robots.follow ? 'follow' : 'nofollow'}`;
}

export interface HreflangLink {
  /** BCP 47 as written in hreflang, or `x-default`. */
  hreflang: string;
  url: string;
}

/** One choice in the language switcher. */
export interface LanguageLink {
  locale: { locale: string; tag: string; dir: 'ltr' | 'rtl'; nativeName: string };
  url: string;
}
