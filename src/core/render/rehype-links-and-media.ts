/**
 * Every link and image, whether it came from Markdown or from HTML: URLs outside the
 * allowlist are removed (a link keeps its text, an image its alt text), relative media
 * links (`media/x.png`, `../media/x.png`) point at the locale's media folder, and images
 * load lazily with an alt attribute always present.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { visitElements } from './hast-walk.ts';
import { safeImageUrl, safeLinkUrl } from './html/safe-url.ts';
import { renderData } from './rendered-article.ts';

const RELATIVE_MEDIA = /^(?:\.{1,2}\/)*media\/(.+)$/;

export function rehypeLinksAndMedia() {
  return (tree: Root, file: VFile) => {
    const { mediaBase } = renderData(file).options;
    const media = (url: string) => {
      const relative = RELATIVE_MEDIA.exec(url);
      return relative && mediaBase !== undefined ? mediaBase + relative[1]! : url;
    };
    visitElements(tree, (element) => {
      if (element.tagName === 'a') {
        const href = element.properties.href;
        if (href === undefined) return;
        const safe = safeLinkUrl(String(href));
        if (safe === undefined) delete element.properties.href;
        else element.properties.href = media(safe);
      } else if (element.tagName === 'img') {
        const safe = element.properties.src === undefined ? undefined : safeImageUrl(String(element.properties.src));
        if (safe === undefined) {
          // Nothing to show: the alt text is what the author meant the reader to get.
          return { type: 'text', value: String(element.properties.alt ?? '') };
        }
        element.properties.src = media(safe);
        // Unlabelled images in the corpus are inline icons beside text that names them.
        element.properties.alt ??= '';
        element.properties.loading = 'lazy';
        element.properties.decoding = 'async';
      }
      return undefined;
    });
  };
}
