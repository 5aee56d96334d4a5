/**
 * Which link and image URLs may reach the page. Schemes are allowlisted rather than
 * blocklisted, after normalizing the way browsers do (they ignore tabs and newlines
 * anywhere in a URL, and leading spaces and control characters), so `java\tscript:`,
 * ` JAVASCRIPT:` and their entity-encoded forms are all caught.
 */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel', 'ms-settings', 'feedback-hub', 'ms-windows-store']);
const IMAGE_SCHEMES = new Set(['http', 'https']);
/** Raster images only: an SVG can carry script. */
const DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|bmp|x-icon|avif)[;,]/i;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

const IGNORED_BY_BROWSERS = /[\t\n\r]/g;
const LEADING_OR_TRAILING = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;

function normalize(url: string): string {
  return url.replace(IGNORED_BY_BROWSERS, '').replace(LEADING_OR_TRAILING, '');
}

/** A relative URL (no scheme) is always fine; with a scheme, only the allowlisted ones. */
function hasSafeScheme(url: string, schemes: Set<string>): boolean {
  const scheme = SCHEME.exec(url);
  return !scheme || schemes.has(scheme[1]!.toLowerCase());
}

export function safeLinkUrl(url: string): string | undefined {
  const normalized = normalize(url);
  return hasSafeScheme(normalized, LINK_SCHEMES) ? normalized : undefined;
}

export function safeImageUrl(url: string): string | undefined {
  const normalized = normalize(url);
  if (DATA_IMAGE.test(normalized)) return normalized;
  return hasSafeScheme(normalized, IMAGE_SCHEMES) ? normalized : undefined;
}
