/**
 * Markdown → hast with the unified reference pipeline: remark-parse (micromark) +
 * remark-gfm, then remark-rehype with raw HTML carried as `raw` nodes, for
 * rehype-html-allowlist to rebuild. One frozen processor serves every article.
 */
import type { Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).freeze();

export function parseReference(markdown: string): Root {
  return processor.runSync(processor.parse(markdown) as MdastRoot) as Root;
}
