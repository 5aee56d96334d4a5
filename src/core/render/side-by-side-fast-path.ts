/**
 * Side-by-side articles are half tags: every segment is
 * `<span data-ttu-id="ID">…</span><span class="sxs-lookup"><span data-stu-id="ID">…</span></span>`,
 * and micromark reads inline HTML a character at a time, so these tags cost about a third
 * of rendering such an article. Before parsing, each of these exact tags is written as a
 * symbol (with its id), which micromark reads as text at once; while the tree is built,
 * every such symbol becomes its tag again, as the HTML node micromark would have made.
 *
 * The symbols are Unicode symbols (category So), which CommonMark, like `<`, counts as
 * punctuation, so emphasis next to them parses as next to a tag. A closing tag keeps its
 * `<`, which ends a URL written as text (a GFM autolink literal) where the tag would. An
 * article takes the ordinary path when it holds one of the symbols itself, a line that is
 * a lone tag (an HTML block), a tag after a backslash, or an opening tag right after a URL. A corpus test holds both paths to the same HTML.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import type { Processor } from 'unified';

const SEGMENT = '\u2BD0';
const ORIGINAL = '\u2BD1';
const LOOKUP = '\u2BD2';
const ID_END = '\u2BD3';
const CLOSE = '\u2BD4';
const SYMBOLS = /[\u2BD0-\u2BD4]/;
const TAGS = /<span data-ttu-id="([A-Za-z0-9-]+)">|<span data-stu-id="([A-Za-z0-9-]+)">|<span class="sxs-lookup">|<\/span>/g;
const ENCODED = /\u2BD0([A-Za-z0-9-]+)\u2BD3|\u2BD1([A-Za-z0-9-]+)\u2BD3|\u2BD2|<\u2BD4/g;
const LONE_TAG_LINE = /^ {0,3}<\/?span\b[^>]*>[ \t]*$/im;
const ESCAPED_TAG = /\\<\/?span/i;
/** An opening tag right after a URL written as text, which would end at its `<`. */
const TAG_AFTER_URL = /(?:https?:\/\/|www\.)[^\s<]*<span (?:data-ttu-id|data-stu-id|class="sxs-lookup")/i;

/** The article with its side-by-side tags as symbols; undefined when it takes the ordinary path. */
export function encodeSideBySide(markdown: string): string | undefined {
  if (!markdown.includes('data-ttu-id') || SYMBOLS.test(markdown) || LONE_TAG_LINE.test(markdown) || ESCAPED_TAG.test(markdown) || TAG_AFTER_URL.test(markdown)) return undefined;
  return markdown.replace(TAGS, (tag, segment: string | undefined, original: string | undefined) =>
    segment !== undefined ? `${SEGMENT}${segment}${ID_END}` : original !== undefined ? `${ORIGINAL}${original}${ID_END}` : tag === '</span>' ? `<${CLOSE}` : LOOKUP);
}

function decode(value: string): string {
  return value.replace(ENCODED, (_, segment: string | undefined, original: string | undefined, offset: number, all: string) => {
    const symbol = all[offset]!;
    return symbol === SEGMENT ? `<span data-ttu-id="${segment}">` : symbol === ORIGINAL ? `<span data-stu-id="${original}">` : symbol === LOOKUP ? '<span class="sxs-lookup">' : '</span>';
  });
}

let encoded = false;

/** Parses with `parse`, through the fast path when the article allows it. */
export function parseSideBySide(markdown: string, parse: (markdown: string) => Root): Root {
  const fast = encodeSideBySide(markdown);
  if (fast === undefined) return parse(markdown);
  encoded = true;
  try {
    return parse(fast);
  } finally {
    encoded = false;
  }
}

interface FromMarkdownExtension {
  transforms?: Array<(tree: Root) => void>;
}

/** Registers the decoding as the first of the tree transforms remark runs while parsing (before GFM's). */
export function remarkSideBySideFastPath(this: Processor): void {
  const data = this.data() as { fromMarkdownExtensions?: FromMarkdownExtension[] };
  (data.fromMarkdownExtensions ??= []).unshift({ transforms: [(tree) => (encoded ? restore(tree) : undefined)] });
}

/** Text becomes text and HTML nodes at the symbols; any other string gets its tags back. */
function restore(node: Nodes): void {
  const record = node as unknown as Record<string, unknown>;
  for (const field of ['value', 'url', 'title', 'alt', 'label', 'identifier']) {
    const value = record[field];
    if (typeof value === 'string' && node.type !== 'text' && SYMBOLS.test(value)) record[field] = decode(value);
  }
  if (!('children' in node)) return;
  const children: RootContent[] = [];
  for (const child of node.children) {
    if (child.type === 'text' && SYMBOLS.test(child.value)) children.push(...split(child.value));
    else {
      restore(child);
      children.push(child);
    }
  }
  (node as { children: RootContent[] }).children = children;
}

function split(value: string): RootContent[] {
  const parts: RootContent[] = [];
  let last = 0;
  for (const match of value.matchAll(ENCODED)) {
    if (match.index > last) parts.push({ type: 'text', value: value.slice(last, match.index) });
    parts.push({ type: 'html', value: decode(match[0]) });
    last = match.index + match[0].length;
  }
  if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
  return parts;
}
