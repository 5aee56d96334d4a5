/**
 * GFM finds autolink literals (`https://…`, `www.…`, `name@example.com`) with a pass over
 * every text node after parsing: about an eighth of rendering a side-by-side article, and
 * wasted on the ~95 % of corpus articles whose text holds no such literal (their URLs sit
 * in link destinations, which are not text). This plugin, used after remark-gfm, runs that
 * pass only when some text node contains what each of its patterns needs: `@`,
 * `http://`, `https://` or `www.`. So the result is the same by construction; a corpus
 * test compares the trees as well.
 */
import type { Root } from 'mdast';
import type { Processor } from 'unified';

type Transform = (tree: Root) => Root | undefined | void;
interface FromMarkdownExtension {
  enter?: Record<string, unknown>;
  transforms?: Transform[];
}
type Extensions = Array<FromMarkdownExtension | Extensions>;

const LITERAL = /https?:\/\/|www\./i;

export function remarkLazyAutolinkLiterals(this: Processor): void {
  const extensions = (this.data('fromMarkdownExtensions') ?? []) as unknown as Extensions;
  const autolinks = flatten(extensions).filter((e) => e.enter?.literalAutolink && e.transforms);
  if (autolinks.length === 0) throw new Error('remarkLazyAutolinkLiterals must come after remark-gfm.');
  for (const extension of autolinks) {
    extension.transforms = extension.transforms!.map((transform) => (tree: Root) => (mayHoldLiteral(tree) ? transform(tree) : undefined));
  }
}

function flatten(extensions: Extensions): FromMarkdownExtension[] {
  return extensions.flatMap((e) => (Array.isArray(e) ? flatten(e) : [e]));
}

function mayHoldLiteral(tree: Root): boolean {
  const stack: Array<{ type: string; value?: string; children?: unknown[] }> = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      if (node.value!.includes('@') || LITERAL.test(node.value!)) return true;
    } else if (node.children) {
      for (const child of node.children) stack.push(child as { type: string });
    }
  }
  return false;
}
