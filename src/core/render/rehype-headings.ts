/**
 * Heading ids, the title and the table of contents. A heading keeps the id its author
 * gave it with `<a name="…"></a>` (links from other articles and sites use those);
 * others get a GitHub-style slug of their translated text, unique within the article.
 * A first-level heading that opens the body becomes the title and leaves the body, since
 * the layout prints the title; its explicit anchor stays behind so old links still land.
 */
import GithubSlugger from 'github-slugger';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visitElements } from './hast-walk.ts';
import { renderData } from './rendered-article.ts';
import { inlineText } from './visible-text.ts';

const HEADING = /^h([1-6])$/;
const TOC_DEPTHS = new Set([2, 3]);

export function rehypeHeadings() {
  return (tree: Root, file: VFile) => {
    const data = renderData(file);
    const used = new Set<string>();
    const slugger = new GithubSlugger();
    const uniqueSlug = (text: string) => {
      let id = slugger.slug(text);
      while (id && used.has(id)) id = slugger.slug(text);
      return id;
    };
    collectIds(tree, used);
    const title = takeTitle(tree);
    if (title) {
      data.title = inlineText(title.heading);
      if (title.anchor) tree.children.splice(title.index, 0, title.anchor);
    }
    eachHeading(tree, (heading, depth) => {
      const anchorId = takeAnchor(heading);
      const text = inlineText(heading);
      const given = heading.properties.id;
      const id = anchorId ?? (typeof given === 'string' ? given : uniqueSlug(text));
      if (id) {
        heading.properties.id = id;
        used.add(id);
      }
      if (id && TOC_DEPTHS.has(depth)) data.headings.push({ depth, id, text });
    });
  };
}

/** Removes the first-level heading that opens the body, keeping its explicit anchor as an empty target. */
function takeTitle(tree: Root): { heading: Element; index: number; anchor?: Element } | undefined {
  const index = tree.children.findIndex((child) => child.type !== 'text' || child.value.trim() !== '');
  const first = tree.children[index];
  if (first?.type !== 'element' || first.tagName !== 'h1') return undefined;
  tree.children.splice(index, 1);
  const id = takeAnchor(first);
  const anchor: Element | undefined = id
    ? { type: 'element', tagName: 'a', properties: { id }, children: [] }
    : undefined;
  return { heading: first, index, anchor };
}

/** The id of an empty `<a name>` / `<a id>` inside a heading, removing that anchor. */
function takeAnchor(heading: Element): string | undefined {
  const index = heading.children.findIndex(
    (child) =>
      child.type === 'element' &&
      child.tagName === 'a' &&
      child.properties.id !== undefined &&
      child.properties.href === undefined &&
      inlineText(child) === '',
  );
  if (index === -1) return undefined;
  const anchor = heading.children[index] as Element;
  heading.children.splice(index, 1);
  const next = heading.children[index];
  // `# <a name="x"></a> Title`: the space after the anchor would otherwise open the heading.
  if (index === 0 && next?.type === 'text') next.value = next.value.trimStart();
  return String(anchor.properties.id);
}

function eachHeading(tree: Root, visit: (heading: Element, depth: number) => void): void {
  visitElements(tree, (element) => {
    const depth = HEADING.exec(element.tagName);
    if (!depth) return undefined;
    visit(element, Number(depth[1]));
    return SKIP;
  });
}

/** Ids already in the body (anchors outside headings), so slugs never collide with them. */
function collectIds(tree: Root, used: Set<string>): void {
  visitElements(tree, (element) => {
    if (typeof element.properties.id === 'string') used.add(element.properties.id);
    return undefined;
  });
}
