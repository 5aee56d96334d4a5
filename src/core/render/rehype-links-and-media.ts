/**
 * Every link and image, whether it came from Markdown or from HTML: URLs outside the
 * allowlist are removed (a link keeps its text, an image its alt text), and images load
 * lazily with an alt attribute always present. Links are made to work on the site:
 * - relative ones resolve against the article's folder, as they did on disk (`media/x.png`,
 *   `../media/x.png`), and a link to another article's `.md` file goes to its page;
 * - root-relative ones (`/windows/security/…`) are, in Microsoft Docs content, paths on the
 *   docs site: they go there, in the article's language.
 */
import { posix } from 'node:path';
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { isLocalHref } from '../media/media-index.ts';
import { visitElements } from './hast-walk.ts';
import { safeImageUrl, safeLinkUrl } from './html/safe-url.ts';
import { renderData } from './rendered-article.ts';

export const DOCS_ORIGIN = 'https://learn.microsoft.com';
const LOCALE_SEGMENT = /^\/[a-z]{2,3}-[a-z0-9]{2,4}\//i;

export function rehypeLinksAndMedia() {
  return (tree: Root, file: VFile) => {
    const { base, locale } = renderData(file).options;
    const resolve = (url: string) =>
      url.startsWith('/') ? docsUrl(url, locale) : base === undefined ? url : localUrl(url, base, locale);
    visitElements(tree, (element) => {
      if (element.tagName === 'a') {
        const href = element.properties.href;
        if (href === undefined) return;
        const safe = safeLinkUrl(String(href));
        if (safe === undefined) delete element.properties.href;
        else element.properties.href = resolve(safe);
      } else if (element.tagName === 'img') {
        const safe = element.properties.src === undefined ? undefined : safeImageUrl(String(element.properties.src));
        if (safe === undefined) {
          // Nothing to show: the alt text is what the author meant the reader to get.
          return { type: 'text', value: String(element.properties.alt ?? '') };
        }
        element.properties.src = resolve(safe);
        // Unlabelled images in the corpus are inline icons beside text that names them.
        element.properties.alt ??= '';
        element.properties.loading = 'lazy';
        element.properties.decoding = 'async';
      }
      return undefined;
    });
  };
}

/** `/windows/security/x` → `https://learn.microsoft.com/zh-tw/windows/security/x`; `//host/…` is left alone. */
function docsUrl(url: string, locale: string): string {
  if (url.startsWith('//')) return url;
  return LOCALE_SEGMENT.test(url) ? DOCS_ORIGIN + url : `${DOCS_ORIGIN}/${locale}${url}`;
}

function localUrl(url: string, base: string, locale: string): string {
  if (!isLocalHref(url)) return url;
  const end = url.search(/[?#]/);
  const path = end === -1 ? url : url.slice(0, end);
  const rest = end === -1 ? '' : url.slice(end);
  const root = `/${locale}/`;
  let resolved = posix.normalize(posix.join(base, path));
  // Each locale folder is published on its own; a link that climbed out of it (`../media/x.png`
  // from a top-level article) meant the locale's own folder. errata check reports it.
  if (!resolved.startsWith(root)) resolved = root + path.replace(/^(?:\.\.?\/)+/, '');
  if (/\.md$/i.test(resolved)) resolved = `${resolved.slice(0, -3)}/`;
  return resolved + rest;
}
