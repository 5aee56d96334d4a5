/**
 * Rebuilds machine-translation side-by-side markup, after rehype-html-allowlist has turned it into spans:
 *   <span data-ttu-id=ID>translated</span><span class="sxs-lookup"><span data-stu-id=ID>English</span></span>
 * becomes
 *   <span class="sxs" data-sxs-id=ID><span class="sxs-t">translated</span><span class="sxs-o" lang="en-US" dir="ltr" hidden data-pagefind-ignore>English</span></span>
 * The English stays in the page for a "show original" control, hidden by default and never
 * indexed by search. Broken pairs degrade quietly: a segment without its English shows the
 * translation alone, an English original without a segment stays hidden, other spans unwrap.
 * A segment whose translation lost a code or identifier shows its English too, visibly
 * (rehype-repair-damage.ts).
 */
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visitElements } from './hast-walk.ts';
import { renderData } from './rendered-article.ts';
import { repairParts, type RepairContext } from './rehype-repair-damage.ts';

export const SOURCE_LANG = 'en-US';

export function rehypeSideBySide() {
  return (tree: Root, file: VFile) => {
    const { locale, registry } = renderData(file).options;
    pairSegments(tree, { locale, registry });
    renderData(file).hasSideBySide = hasEnglish(tree);
  };
}

function pairSegments(parent: Root | Element, context: RepairContext): void {
  const children = parent.children as ElementContent[];
  if (!children.some(isSpan)) {
    for (const child of children) if (child.type === 'element') pairSegments(child, context);
    return;
  }
  const paired: ElementContent[] = [];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (!isSpan(child)) {
      if (child.type === 'element') pairSegments(child, context);
      paired.push(child);
      continue;
    }
    const id = child.properties.dataTtuId;
    if (id !== undefined) {
      let next = i + 1;
      while (isBlank(children[next])) next++;
      const lookup = children[next];
      const original = lookup && isSpan(lookup) && isOriginal(lookup) ? lookup : undefined;
      if (original) i = next;
      paired.push(segment(String(id), child.children, original && englishOf(original), context));
    } else if (isOriginal(child)) {
      paired.push(englishSpan(englishOf(child), context));
    } else {
      // A span with no side-by-side role carries nothing (its attributes were not allowed): unwrap it.
      const inner: Root = { type: 'root', children: child.children };
      pairSegments(inner, context);
      paired.push(...(inner.children as ElementContent[]));
    }
  }
  parent.children = paired as typeof parent.children;
}

function segment(
  id: string,
  translated: ElementContent[],
  english: ElementContent[] | undefined,
  context: RepairContext,
): Element {
  const text = span({ className: ['sxs-t'] }, translated, context);
  const parts: ElementContent[] = [text];
  const className = ['sxs'];
  if (english) {
    const original = englishSpan(english, context);
    const repair = repairParts(text.children, original.children, context);
    if (repair.length > 0) className.push('sxs-damaged');
    parts.push(...repair, original);
  }
  return { type: 'element', tagName: 'span', properties: { className, dataSxsId: id }, children: parts };
}

function englishSpan(english: ElementContent[], context: RepairContext): Element {
  return span(
    { className: ['sxs-o'], lang: SOURCE_LANG, dir: 'ltr', hidden: true, dataPagefindIgnore: true },
    english,
    context,
  );
}

/** A new span around content that may still hold side-by-side markup of its own. */
function span(properties: Element['properties'], children: ElementContent[], context: RepairContext): Element {
  const created: Element = { type: 'element', tagName: 'span', properties, children };
  pairSegments(created, context);
  return created;
}

/** The English inside `<span class="sxs-lookup"><span data-stu-id>…</span></span>`, or a bare `<span data-stu-id>`. */
function englishOf(original: Element): ElementContent[] {
  if (original.properties.dataStuId !== undefined) return original.children;
  const inner = original.children.filter((child) => !isBlank(child));
  const only = inner[0];
  if (inner.length === 1 && only && isSpan(only) && only.properties.dataStuId !== undefined) return only.children;
  return original.children;
}

function isOriginal(node: Element): boolean {
  const className = node.properties.className;
  return node.properties.dataStuId !== undefined || (Array.isArray(className) && className.includes('sxs-lookup'));
}

/** Every span here came from the article: the allowlist lets no other span in before this plugin runs. */
function isSpan(node: ElementContent | undefined): node is Element & { tagName: 'span' } {
  return node?.type === 'element' && node.tagName === 'span';
}

function isBlank(node: ElementContent | undefined): boolean {
  return node?.type === 'text' && node.value.trim() === '';
}

function hasEnglish(tree: Root): boolean {
  let found = false;
  visitElements(tree, (element) => {
    if (found || element.properties.lang === SOURCE_LANG) found = true;
    return found ? SKIP : undefined;
  });
  return found;
}
