/**
 * Article body Markdown → finished, safe HTML plus the facts the site needs (title, table
 * of contents, plain text). A Markdown engine (Sätteri by default, or the unified reference:
 * markdown/engines.ts) reads the body into hast with raw HTML left raw; errata's own steps,
 * the same for both engines, then make it a page body.
 *
 * The order matters. rehype-html-allowlist comes first: it is what turns raw HTML into
 * elements, under the allowlist, so every later step sees only allowed elements, and nothing
 * raw is left for the serializer. rehype-links-and-media, which removes unsafe URLs, comes
 * after every step that adds or moves links. The serializer (html/serialize.ts) writes raw
 * nodes as text: one that survived by mistake is escaped, never injected.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { flattenBelow } from './hast-depth.ts';
import { serializeHtml } from './html/serialize.ts';
import { DEFAULT_MARKDOWN_ENGINE } from './markdown/engine-names.ts';
import { parseMarkdown } from './markdown/engines.ts';
import { rehypeAlerts } from './rehype-alerts.ts';
import { rehypeHeadings } from './rehype-headings.ts';
import { rehypeHtmlAllowlist } from './rehype-html-allowlist.ts';
import { rehypeLinksAndMedia } from './rehype-links-and-media.ts';
import { rehypeLtrCode } from './rehype-ltr-code.ts';
import { rehypeSideBySide } from './rehype-side-by-side.ts';
import { rehypeTables } from './rehype-tables.ts';
import type { RenderData, RenderedArticle, RenderOptions } from './rendered-article.ts';
import { blockText } from './visible-text.ts';

/** errata's steps, made once: each is a rehype plugin's transformer, run in this order on every article. */
const STEPS: ((tree: Root, file: VFile) => void)[] = [
  rehypeHtmlAllowlist(),
  rehypeSideBySide(),
  rehypeAlerts(),
  rehypeHeadings(),
  rehypeTables(),
  rehypeLtrCode(),
  rehypeLinksAndMedia(),
];

export function renderArticle(markdown: string, options: RenderOptions): RenderedArticle {
  try {
    return render(markdown, options, false);
  } catch (error) {
    // Out of stack: a tree nested far deeper than any real article (hast-depth.ts).
    if (!(error instanceof RangeError)) throw error;
    try {
      return render(markdown, options, true);
    } catch (again) {
      if (!(again instanceof RangeError)) throw again;
      return plainText(markdown);
    }
  }
}

function render(markdown: string, options: RenderOptions, flatten: boolean): RenderedArticle {
  const { tree, data } = articleTree(markdown, options, flatten);
  const rendered: RenderedArticle = {
    html: serializeHtml(tree),
    headings: data.headings,
    text: blockText(tree),
    hasSideBySide: data.hasSideBySide,
  };
  if (data.title !== undefined) rendered.title = data.title;
  return rendered;
}

/** The article's finished tree, before it is written as HTML (exported for the serializer's tests). */
export function articleTree(
  markdown: string,
  options: RenderOptions,
  flatten = false,
): { tree: Root; data: RenderData } {
  const data: RenderData = { options, headings: [], hasSideBySide: false };
  const file = { data } as unknown as VFile;
  const tree = parseMarkdown(markdown, options.markdown ?? DEFAULT_MARKDOWN_ENGINE);
  if (flatten) flattenBelow(tree);
  for (const step of STEPS) {
    step(tree, file);
    // The allowlist pairs tags of inline HTML, which nest as deep as the article writes them.
    if (flatten && step === STEPS[0]) flattenBelow(tree);
  }
  return { tree, data };
}

/** The last resort, when even a flattened tree is too deep for a step: the Markdown source as text, escaped. */
function plainText(markdown: string): RenderedArticle {
  const paragraphs = markdown
    .split(/\n\s*\n/)
    .map((text) => text.trim())
    .filter(Boolean);
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((text) => ({
      type: 'element',
      tagName: 'p',
      properties: {},
      children: [{ type: 'text', value: text }],
    })),
  };
  return { html: serializeHtml(tree), headings: [], text: paragraphs.join('\n'), hasSideBySide: false };
}
