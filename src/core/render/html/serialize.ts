/**
 * hast → HTML, for the trees errata's steps leave: elements, text, and raw nodes that
 * must never be raw. It writes what hast-util-to-html (rehype-stringify) writes for these
 * trees with `useNamedReferences` — the same bytes on every corpus article
 * (test/core/render/serialize.test.ts) — in a fifth of the time: that serializer reads every
 * property through a schema and every character through a general encoder, which made it
 * the largest single cost of a render once Sätteri parsed.
 *
 * Safety does not rest on the tree being clean. Text and raw nodes are escaped alike (`&`,
 * `<`); attribute values are always double-quoted with `&`, `"`, `'`, `` ` `` and NUL
 * escaped; an attribute or tag name that is not a plain name is not written at all (with
 * its element's content kept, as text); comments and doctypes are dropped.
 */
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';

const VOID = new Set(
  'area base basefont bgsound br col embed frame hr image img input keygen link meta param source track wbr'.split(' '),
);

/** hast property names whose attribute is not simply the name in lower case. */
const ATTRIBUTE: Record<string, string> = {
  className: 'class',
  htmlFor: 'for',
  httpEquiv: 'http-equiv',
  acceptCharset: 'accept-charset',
};

/** HTML's boolean attributes that errata's trees carry: written bare when set, left out when not. */
const BOOLEAN = new Set(
  'hidden checked disabled reversed open selected readOnly required multiple noValidate autoFocus default defer async noModule allowFullScreen itemScope inert'.split(
    ' ',
  ),
);

const NAME = /^[a-zA-Z][a-zA-Z0-9-]*$/;
const TEXT_SPECIAL = /[&<]/g;
const ATTRIBUTE_SPECIAL = /[&"'`\0]/g;
const REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '"': '&quot;',
  "'": '&#x27;',
  '`': '&#x60;',
  '\0': '&#x0;',
};
const reference = (character: string) => REFERENCES[character]!;

const attributeNames = new Map<string, string | null>();

export function serializeHtml(tree: Root): string {
  const out: string[] = [];
  writeChildren(tree.children, out);
  return out.join('');
}

function writeChildren(children: readonly (RootContent | ElementContent)[], out: string[]): void {
  for (const node of children) {
    if (node.type === 'text' || node.type === 'raw') out.push(escapeText(node.value));
    else if (node.type === 'element') writeElement(node, out);
  }
}

function writeElement(element: Element, out: string[]): void {
  const name = element.tagName;
  if (!NAME.test(name)) {
    writeChildren(element.children, out);
    return;
  }
  out.push(`<${name}${attributes(element.properties)}>`);
  if (VOID.has(name)) return;
  writeChildren(element.children, out);
  out.push(`</${name}>`);
}

function attributes(properties: Properties): string {
  let written = '';
  for (const key in properties) {
    let value = properties[key];
    const name = attributeName(key);
    if (name === null) continue;
    if (BOOLEAN.has(key) && (typeof value !== 'string' || value === '' || value.toLowerCase() === name))
      value = Boolean(value);
    if (value === null || value === undefined || value === false || (typeof value === 'number' && Number.isNaN(value)))
      continue;
    if (value === true) {
      written += ` ${name}`;
      continue;
    }
    const text = Array.isArray(value) ? value.join(' ') : String(value);
    written += ` ${name}="${text.replace(ATTRIBUTE_SPECIAL, reference)}"`;
  }
  return written;
}

/** `dataSxsId` → `data-sxs-id`, `ariaLabel` → `aria-label`, `tabIndex` → `tabindex`; null for a key that names no attribute. */
function attributeName(key: string): string | null {
  let name = attributeNames.get(key);
  if (name !== undefined) return name;
  if (Object.hasOwn(ATTRIBUTE, key)) name = ATTRIBUTE[key]!;
  else if (/^data[A-Z]/.test(key))
    name = `data${key.slice(4).replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
  else if (/^data-/.test(key)) name = key;
  else if (/^aria[A-Z]/.test(key)) name = `aria-${key.slice(4).toLowerCase()}`;
  else name = key.toLowerCase();
  if (!NAME.test(name)) name = null;
  attributeNames.set(key, name);
  return name;
}

function escapeText(value: string): string {
  return value.replace(TEXT_SPECIAL, reference);
}
