/**
 * Tables. Wide ones scroll sideways inside their own box on phones instead of widening the
 * page; the box takes keyboard focus so it can be scrolled without a pointer.
 *
 * A column's alignment (`|:--|--:|`) is the cell's `align` attribute, whichever parser read
 * the table: remark-rehype writes `align`, Sätteri `style="text-align: …"`, which the site's
 * Content-Security-Policy (`style-src 'self'`) would block, and which the allowlist lets no
 * article HTML carry. `align` is also what authors' own HTML tables keep (html/policy.ts),
 * so every table aligns one way, styled by the site's CSS.
 */
import type { Element, Root } from 'hast';
import { visitElements } from './hast-walk.ts';

const STYLE_ALIGN = /^text-align:\s*(left|right|center)$/;

export function rehypeTables() {
  return (tree: Root) => {
    visitElements(tree, (element) => {
      if (element.tagName !== 'table') return undefined;
      alignCells(element);
      return {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-wrap'], tabIndex: 0 },
        children: [element],
      };
    });
  };
}

function alignCells(table: Element): void {
  visitElements(table, (element) => {
    const style = element.properties.style;
    if (style === undefined || (element.tagName !== 'th' && element.tagName !== 'td')) return undefined;
    const align = STYLE_ALIGN.exec(String(style));
    delete element.properties.style;
    if (align) element.properties.align = align[1]!;
    return undefined;
  });
}
