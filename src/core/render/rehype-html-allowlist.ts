/**
 * Turns the raw HTML that Markdown let through into ordinary hast under the allowlist
 * (html/policy.ts), so nothing reaches the page as markup the renderer did not build.
 *
 * Inline HTML arrives one tag per node, with Markdown in between (`<b>`, text, `**x**`, `</b>`),
 * so tags are paired within each list of siblings: a closing tag closes the nearest open
 * tag of its name in that list (closing any opened after it), a stray one is ignored, and
 * whatever is still open when the list ends is closed there. The page therefore always
 * gets balanced markup, whatever the article does.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { allowedProperties, BLOCK_ELEMENTS, tagAction, VOID_ELEMENTS } from './html/policy.ts';
import { tokenizeHtml } from './html/tokenize.ts';

interface OpenTag {
  name: string;
  /** Content of an active element: collected, then thrown away. */
  dropped: boolean;
  children: ElementContent[];
}

export function rehypeHtmlAllowlist() {
  return (tree: Root) => {
    rebuildRaw(tree);
  };
}

/** Returns whether `parent` was a paragraph of HTML that left nothing to show (`<iframe …>`). */
function rebuildRaw(parent: Root | Element): boolean {
  let hasRaw = false;
  let emptied = false;
  for (const child of parent.children) {
    if (child.type === 'element') emptied = rebuildRaw(child) || emptied;
    else if (child.type === 'raw') hasRaw = true;
  }
  if (emptied)
    parent.children = parent.children.filter((child) => !(child.type === 'element' && isEmptyParagraph(child)));
  if (!hasRaw) return false;
  let rebuilt = pairTags(parent.children as ElementContent[]);
  if (parent.type === 'root' || parent.tagName === 'blockquote') rebuilt = wrapLooseInline(rebuilt);
  parent.children = rebuilt as RootContent[] & ElementContent[];
  return parent.type === 'element' && isEmptyParagraph(parent);
}

/**
 * An HTML block that turned out to be text or inline elements (`<TenantName>` or an
 * `<img>` alone on a line) sits between paragraphs: give it a paragraph of its own.
 */
function wrapLooseInline(children: ElementContent[]): ElementContent[] {
  const wrapped: ElementContent[] = [];
  const paragraphs: Element[] = [];
  let paragraph: Element | undefined;
  for (const child of children) {
    const inline =
      child.type === 'text'
        ? child.value.trim() !== '' || paragraph !== undefined
        : child.type === 'element' && !BLOCK_ELEMENTS.has(child.tagName);
    if (!inline) {
      paragraph = undefined;
      wrapped.push(child);
    } else if (paragraph) {
      paragraph.children.push(child);
    } else {
      paragraph = { type: 'element', tagName: 'p', properties: {}, children: [child] };
      paragraphs.push(paragraph);
      wrapped.push(paragraph);
    }
  }
  for (const { children: inside } of paragraphs) {
    const first = inside[0];
    const last = inside[inside.length - 1];
    if (first?.type === 'text') first.value = first.value.trimStart();
    if (last?.type === 'text') last.value = last.value.trimEnd();
  }
  return wrapped;
}

function isEmptyParagraph(node: Element): boolean {
  return node.tagName === 'p' && node.children.every((child) => child.type === 'text' && child.value.trim() === '');
}

function pairTags(children: ElementContent[]): ElementContent[] {
  const list: OpenTag = { name: '', dropped: false, children: [] };
  const stack: OpenTag[] = [list];
  const top = () => stack[stack.length - 1]!;
  for (const child of children) {
    if (child.type !== 'raw') {
      top().children.push(child);
      continue;
    }
    for (const token of tokenizeHtml(child.value)) {
      if (token.kind === 'text') {
        appendText(top().children, token.value);
        continue;
      }
      const { name } = token;
      const action = tagAction(name);
      if (action === 'text') {
        appendText(top().children, token.source);
      } else if (token.kind === 'close') {
        // Browsers read `</br>` as a line break, and the corpus uses it as one.
        if (name === 'br') top().children.push(element('br', new Map()));
        else if (action !== 'unwrap') closeTag(stack, name);
      } else if (action === 'drop') {
        if (!VOID_ELEMENTS.has(name) && !token.selfClosing) stack.push({ name, dropped: true, children: [] });
      } else if (action === 'element') {
        const created = element(name, token.attributes);
        top().children.push(created);
        if (!VOID_ELEMENTS.has(name) && !token.selfClosing)
          stack.push({ name, dropped: false, children: created.children });
      }
    }
  }
  return list.children;
}

/** Closes the nearest open `name`; inside active content only that content's own end tag counts. */
function closeTag(stack: OpenTag[], name: string): void {
  for (let i = stack.length - 1; i > 0; i--) {
    const open = stack[i]!;
    if (open.name === name) {
      stack.length = i;
      return;
    }
    if (open.dropped) return;
  }
}

function element(name: string, attributes: Map<string, string>): Element {
  return { type: 'element', tagName: name, properties: allowedProperties(name, attributes), children: [] };
}

function appendText(children: ElementContent[], value: string): void {
  const last = children[children.length - 1];
  if (last?.type === 'text') last.value += value;
  else children.push({ type: 'text', value });
}
