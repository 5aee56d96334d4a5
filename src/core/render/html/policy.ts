/**
 * What raw HTML in an article may become. Allowlisted formatting tags are rebuilt as
 * elements with allowlisted attributes; active content is dropped with everything inside
 * it; other real HTML tags are unwrapped (their text stays); anything else that merely
 * looks like a tag — `<MailboxName>`, `<your domain>` — is a placeholder the reader must see.
 * URLs are checked later, in one place for Markdown and HTML alike (safe-url.ts).
 */
import type { Properties } from 'hast';

export type TagAction = 'element' | 'unwrap' | 'drop' | 'text';

/** Attribute → hast property name, per allowed tag. */
const TEXT_LEVEL: Record<string, string> = { title: 'title' };
const CELL: Record<string, string> = { colspan: 'colSpan', rowspan: 'rowSpan', align: 'align' };
const NONE: Record<string, string> = {};

// Tables of tag names, a line per kind: Prettier would give each tag a line of its own.
// prettier-ignore
const ALLOWED: Record<string, Record<string, string>> = {
  a: { href: 'href', name: 'id', id: 'id', title: 'title' },
  img: { src: 'src', alt: 'alt', title: 'title', width: 'width', height: 'height' },
  // The side-by-side markers; rehype-side-by-side turns them into its own markup.
  span: { 'data-ttu-id': 'dataTtuId', 'data-stu-id': 'dataStuId', class: 'className' },
  td: CELL, th: { ...CELL, scope: 'scope' }, col: { span: 'span' }, colgroup: { span: 'span' },
  ol: { start: 'start', type: 'type', reversed: 'reversed' },
  abbr: TEXT_LEVEL, q: TEXT_LEVEL, del: NONE, ins: NONE,
  b: NONE, i: NONE, em: NONE, strong: NONE, u: NONE, s: NONE, strike: NONE, mark: NONE, small: NONE,
  sup: NONE, sub: NONE, kbd: NONE, code: NONE, samp: NONE, var: NONE, br: NONE, wbr: NONE, hr: NONE,
  p: NONE, div: NONE, pre: NONE, blockquote: NONE, ul: NONE, li: NONE, dl: NONE, dt: NONE, dd: NONE,
  h1: NONE, h2: NONE, h3: NONE, h4: NONE, h5: NONE, h6: NONE, details: NONE, summary: NONE,
  figure: NONE, figcaption: NONE, table: NONE, caption: NONE, thead: NONE, tbody: NONE, tfoot: NONE, tr: NONE,
};

/** Active or form content: removed with everything inside it. */
// prettier-ignore
const DROPPED = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'noscript', 'noembed',
  'noframes', 'template', 'svg', 'math', 'form', 'input', 'button', 'textarea', 'select', 'option', 'optgroup',
  'datalist', 'output', 'link', 'meta', 'base', 'title', 'head', 'xmp', 'plaintext', 'listing', 'audio', 'video',
  'source', 'track', 'canvas', 'map', 'area', 'portal', 'dialog', 'slot',
]);

/** Real HTML elements not worth keeping: their tags go, their text stays. */
const UNWRAPPED = new Set(
  (
    'html body address article aside bdi bdo big blink center cite data dfn dir fieldset font footer header hgroup ' +
    'label legend main marquee menu meter nav nobr picture progress rb rp rt rtc ruby search section time tt ' +
    'acronym basefont content element isindex keygen multicol nextid shadow spacer'
  ).split(' '),
);

export const VOID_ELEMENTS = new Set(
  'br wbr hr img col input param link meta base source track area embed keygen'.split(' '),
);

/** Allowed elements that are not inline: they never go inside a paragraph. */
// prettier-ignore
export const BLOCK_ELEMENTS = new Set([
  'p', 'div', 'pre', 'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'details', 'summary', 'figure', 'figcaption', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'col', 'colgroup',
]);

export function tagAction(name: string): TagAction {
  if (Object.hasOwn(ALLOWED, name)) return 'element';
  if (DROPPED.has(name)) return 'drop';
  if (UNWRAPPED.has(name)) return 'unwrap';
  return 'text';
}

const DIMENSION = /^\d{1,4}%?$/;
const SAFE_ID = /^[\p{L}\p{N}][\p{L}\p{N}_.:-]*$/u;

/** Keeps only the attributes `name` may carry, as hast properties. */
export function allowedProperties(name: string, attributes: Map<string, string>): Properties {
  const allowed = ALLOWED[name]!;
  const properties: Properties = {};
  for (const [attribute, value] of attributes) {
    const property = allowed[attribute];
    if (!property) continue;
    if (property === 'className') {
      // Only the side-by-side marker: site styles must not be reachable from content.
      if (value.split(/\s+/).includes('sxs-lookup')) properties.className = ['sxs-lookup'];
    } else if (property === 'id') {
      if (SAFE_ID.test(value)) properties.id ??= value;
    } else if (
      property === 'width' ||
      property === 'height' ||
      property === 'colSpan' ||
      property === 'rowSpan' ||
      property === 'span' ||
      property === 'start'
    ) {
      if (DIMENSION.test(value)) properties[property] = value;
    } else if (property === 'reversed') {
      properties.reversed = true;
    } else {
      properties[property] = value;
    }
  }
  return properties;
}
