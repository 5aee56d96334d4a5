/**
 * Wide tables scroll sideways inside their own box on phones instead of widening the
 * page. The box takes keyboard focus so it can be scrolled without a pointer.
 */
import type { Root } from 'hast';
import { visitElements } from './hast-walk.ts';

export function rehypeTableScroll() {
  return (tree: Root) => {
    visitElements(tree, (element) => {
      if (element.tagName !== 'table') return undefined;
      return { type: 'element', tagName: 'div', properties: { className: ['table-wrap'], tabIndex: 0 }, children: [element] };
    });
  };
}
