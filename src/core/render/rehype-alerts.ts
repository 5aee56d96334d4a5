/**
 * Docs alerts: a block quote that opens with `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`,
 * `[!CAUTION]` or `[!WARNING]` (any case; the corpus also writes `[!TIPS]`) becomes a
 * labelled note box instead of showing the marker to the reader.
 */
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { alertLabel, type AlertKind } from './alert-labels.ts';
import { visitElements } from './hast-walk.ts';
import { SOURCE_LANG } from './rehype-side-by-side.ts';
import { renderData } from './rendered-article.ts';
import { inlineText } from './visible-text.ts';

const MARKER = /^\s*\[!(note|tips?|important|caution|warning)\]/i;
const WHOLE_MARKER = /^\[!(note|tips?|important|caution|warning)\]$/i;

export function rehypeAlerts() {
  return (tree: Root, file: VFile) => {
    const { locale } = renderData(file).options;
    visitElements(tree, (element) => {
      if (element.tagName !== 'blockquote') return undefined;
      const kind = takeMarker(element);
      if (!kind) return undefined;
      element.tagName = 'div';
      element.properties = { className: ['alert', `alert-${kind}`], role: 'note' };
      const title: Element = {
        type: 'element',
        tagName: 'p',
        properties: { className: ['alert-title'] },
        children: [{ type: 'text', value: alertLabel(locale, kind) }],
      };
      element.children.unshift(title);
      return undefined;
    });
  };
}

/**
 * Removes the marker from the first paragraph (and the paragraph, if that was all of it).
 * Machine translation sometimes translates the marker itself (`[!ПОРАДИ]`), inside a
 * side-by-side segment; its English original still says which alert it is.
 */
function takeMarker(quote: Element): AlertKind | undefined {
  const paragraphIndex = quote.children.findIndex((child) => child.type === 'element');
  const paragraph = quote.children[paragraphIndex];
  if (paragraph?.type !== 'element' || paragraph.tagName !== 'p') return undefined;
  const first = paragraph.children[0];
  let marker: RegExpExecArray | null = null;
  if (first?.type === 'text') {
    marker = MARKER.exec(first.value);
    if (marker) first.value = first.value.slice(marker[0].length);
  } else if (first?.type === 'element') {
    const english = first.children.find((child) => child.type === 'element' && child.properties.lang === SOURCE_LANG);
    marker = english?.type === 'element' ? WHOLE_MARKER.exec(inlineText(english)) : null;
    if (marker) paragraph.children.shift();
  }
  if (!marker) return undefined;
  const rest = paragraph.children[0];
  if (rest?.type === 'text') rest.value = rest.value.trimStart();
  if (rest?.type === 'text' && !rest.value) paragraph.children.shift();
  if (paragraph.children.length === 0) quote.children.splice(paragraphIndex, 1);
  const kind = marker[1]!.toLowerCase();
  return (kind === 'tips' ? 'tip' : kind) as AlertKind;
}
