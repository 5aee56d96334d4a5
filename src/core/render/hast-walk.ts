/** The one tree walk the rehype plugins share. */
import type { Element, ElementContent, Root } from 'hast';

/** What a visitor returns: a node to put in the element's place, `SKIP` to leave its children unvisited, or nothing. */
export const SKIP = 'skip';
export type VisitResult = ElementContent | typeof SKIP | undefined;

/** Visits every element depth-first, parents before children; a replacement's children are not visited. */
export function visitElements(
  node: Root | Element,
  visit: (element: Element, parent: Root | Element) => VisitResult,
): void {
  const children = node.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type !== 'element') continue;
    const result = visit(child, node);
    if (result === SKIP) continue;
    if (result) children[i] = result;
    else visitElements(child, visit);
  }
}
