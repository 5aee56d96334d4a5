/**
 * The words of a page a reader of its locale sees, from the sanitized body HTML the core
 * rendered: elements marked `hidden` or `data-pagefind-ignore` — the English of
 * side-by-side segments — are skipped with everything inside them, and blocks end with a
 * line break so words of neighbouring paragraphs and cells never run together.
 * A scanner rather than a parser: the HTML is the core's own output, and thousands of
 * pages go through here per build.
 */
import { decodeEntities } from '../../core/parse/html-entities.ts';
import { BLOCK_ELEMENTS, VOID_ELEMENTS } from '../../core/render/html/policy.ts';

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?-->/g;
const SKIPPED_ATTRIBUTE = /(?:^|\s)(?:hidden|data-pagefind-ignore)(?=[\s=/]|$)/;
const SKIPPED_ELEMENTS = new Set(['script', 'style', 'template', 'noscript']);

export function pageText(html: string): string {
  const out: string[] = [];
  let skipping: { name: string; depth: number } | undefined;
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (!skipping && m.index > last) out.push(html.slice(last, m.index));
    last = TAG.lastIndex;
    const name = m[2]?.toLowerCase();
    if (!name) continue;
    const closing = m[1] === '/';
    if (skipping) {
      if (name === skipping.name && !VOID_ELEMENTS.has(name)) skipping.depth += closing ? -1 : 1;
      if (skipping.depth === 0) skipping = undefined;
      continue;
    }
    if (!closing && !VOID_ELEMENTS.has(name) && (SKIPPED_ELEMENTS.has(name) || SKIPPED_ATTRIBUTE.test(m[3] ?? ''))) {
      skipping = { name, depth: 1 };
      continue;
    }
    if (BLOCK_ELEMENTS.has(name) || name === 'br') out.push('\n');
  }
  if (!skipping) out.push(html.slice(last));
  return decodeEntities(out.join(''))
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
