/**
 * The two Markdown parsers errata can render with. Both give the same hast — raw HTML as
 * `raw` nodes, left for rehype-html-allowlist — so errata's own steps serve both alike.
 *
 * - `satteri` (default): Sätteri, Astro 7's Markdown engine, in Rust. ~20× faster to parse.
 * - `reference`: unified with remark-parse + remark-gfm + remark-rehype, the JavaScript
 *   reference implementation of CommonMark and GFM. Kept as a choice for writers and as the
 *   oracle a corpus test holds Sätteri to (test/corpus/markdown-oracle.test.ts).
 */
import { createRequire } from 'node:module';
import type { Root } from 'hast';
import { DEFAULT_MARKDOWN_ENGINE, type MarkdownEngine } from './engine-names.ts';
import { parseSatteri } from './satteri.ts';

// The reference pipeline is ~220 modules (unified, micromark, mdast utilities): loaded when a
// build asks for it, not by every render process of every build (a share's imports went
// ~570 → ~430 ms without it). Synchronous, as parseMarkdown is: Node 24 can `require` ES modules.
const require = createRequire(import.meta.url);
let reference: typeof import('./reference.ts') | undefined;

/** Article body Markdown → hast, raw HTML still raw. */
export function parseMarkdown(markdown: string, engine: MarkdownEngine = DEFAULT_MARKDOWN_ENGINE): Root {
  if (engine === 'satteri') return parseSatteri(markdown);
  reference ??= require('./reference.ts') as typeof import('./reference.ts');
  return reference.parseReference(markdown);
}
