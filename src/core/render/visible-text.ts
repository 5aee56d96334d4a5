/**
 * The text a reader sees: hidden elements (the English of side-by-side segments) are
 * skipped, so titles, the table of contents, meta descriptions and search text carry the
 * translation only (and not the English a damaged segment shows beside it: rehype-repair-damage.ts).
 * Blocks end with a line break so words of adjacent paragraphs never run together.
 */
import type { Element, ElementContent, Root } from 'hast';

const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'pre',
  'blockquote',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'caption',
  'figure',
  'figcaption',
  'details',
  'summary',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'section',
  'br',
]);

/** One line of text, whitespace collapsed: for a heading or a title. */
export function inlineText(node: Root | Element): string {
  return collect(node.children, []).join('').replace(/\s+/g, ' ').trim();
}

/** Paragraphs on their own lines, whitespace inside them collapsed. */
export function blockText(node: Root | Element): string {
  return collect(node.children, [])
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

function collect(children: readonly (ElementContent | Root['children'][number])[], out: string[]): string[] {
  for (const child of children) {
    if (child.type === 'text') out.push(child.value.replace(/\n/g, ' '));
    else if (child.type === 'element' && !child.properties.hidden && child.properties.dataLost === undefined) {
      const block = BLOCKS.has(child.tagName);
      if (block) out.push('\n');
      // Table cells are inline for line breaks, but their words must stay apart.
      if (child.tagName === 'td' || child.tagName === 'th') out.push(' ');
      collect(child.children, out);
      if (block) out.push('\n');
    }
  }
  return out;
}
