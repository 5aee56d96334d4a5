/**
 * A bound on how deep a tree goes, for articles shaped like no real one. Markdown can nest
 * without limit (`*` written 5,000 times on a line, `>` 2,000 times, `<b>` 20,000 times) and
 * every step that walks a tree recursively — errata's and the serializer's — would run out of
 * stack on it. Sätteri itself parses such input; the file-too-complex check refuses the
 * block-level cases before rendering, not the inline ones. So the renderer, when a step runs
 * out of stack, renders again with every element deeper than `limit` unwrapped: the reader
 * gets the text, and the process survives. Real articles nest less than 30 deep.
 *
 * Iterative, with a stack of its own: this is the one walk that must not recurse.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

export const DEPTH_LIMIT = 256;

export function flattenBelow(tree: Root, limit = DEPTH_LIMIT): void {
  const pending: Array<{ node: Root | Element; depth: number }> = [{ node: tree, depth: 0 }];
  while (pending.length > 0) {
    const { node, depth } = pending.pop()!;
    if (depth >= limit) {
      node.children = leaves(node.children) as Root['children'] & Element['children'];
      continue;
    }
    for (const child of node.children) if (child.type === 'element') pending.push({ node: child, depth: depth + 1 });
  }
}

/** The non-element nodes under `nodes`, in document order. */
function leaves(nodes: readonly (RootContent | ElementContent)[]): (RootContent | ElementContent)[] {
  const found: (RootContent | ElementContent)[] = [];
  const stack: Array<readonly (RootContent | ElementContent)[] | RootContent | ElementContent> = [nodes];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (Array.isArray(next)) {
      for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]!);
    } else if ((next as RootContent).type === 'element') {
      stack.push((next as Element).children);
    } else {
      found.push(next as RootContent);
    }
  }
  return found;
}
