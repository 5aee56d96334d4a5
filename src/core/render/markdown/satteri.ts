/**
 * Markdown → hast with Sätteri (npm `satteri`), GFM on: tables, strikethrough, task lists,
 * footnotes and autolink literals, in the shapes remark-gfm and remark-rehype give.
 *
 * - Front matter off: the body arrives after errata's own front-matter parse, and a body
 *   that opens with a thematic break (`---`) is Markdown, not YAML.
 * - No positions: nothing downstream reads them, and they are half a tree's memory.
 * - Inline and block HTML arrive as `raw` nodes, as remark-rehype's `allowDangerousHtml`
 *   gives them, for rehype-html-allowlist to rebuild. Never use `markdownToHtml` here: it
 *   writes raw HTML to the page as the article has it.
 */
import type { Root } from 'hast';
import { markdownToHast } from 'satteri';

const OPTIONS = { features: { gfm: true, frontmatter: false }, position: false } as const;

export function parseSatteri(markdown: string): Root {
  return markdownToHast(markdown, OPTIONS) as Root;
}
