/**
 * An article body cut into translation units: one per block of prose — a heading, a paragraph
 * (in a list, a quote or on its own), a table cell — each with where it stands in the body, so
 * takeback can put the translation in its place and leave every other byte (list markers, quote
 * marks, table pipes, code blocks, HTML blocks, link definitions) exactly as it was.
 *
 * Inside a unit, what a translator must not change becomes a protected inline element: inline
 * code, raw HTML, images, autolinks, registered codes, symbolic names and protocol identifiers
 * (the strings `invariant-lost-in-translation` checks) are `<ph>` placeholders; links and
 * emphasis are `<pc>` pairs around their text, which is translated. Each keeps the exact Markdown
 * bytes it stands for, so a unit whose target equals its source gives back the same bytes.
 *
 * Why remark and not Sätteri: Sätteri gives no positions; remark-parse (+ GFM, as the reference
 * renderer reads it) gives the offset of every node. Code blocks are no units: their text is
 * commands and output, which are not translated.
 */
import type { Nodes, Parent, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Registry } from '../codes/registry.ts';
import { proseFacts } from '../rules/invariants.ts';

export type Part = TextPart | Placeholder | Paired;

export interface TextPart {
  kind: 'text';
  text: string;
}

/** A standalone protected element: `<ph>`. */
export interface Placeholder {
  kind: 'ph';
  id: string;
  /** The Markdown bytes it stands for. */
  data: string;
  /** What it is, for the translator (`disp`) and the XLIFF `type`. */
  role: 'code' | 'html' | 'image' | 'link' | 'identifier' | 'line-break' | 'markup';
  /**
   * Line breaks inside a paragraph may go (the translator reflows the sentence); everything else
   * must stay, exactly once.
   */
  canDelete: boolean;
}

/** A protected pair around translatable text (a link, emphasis): `<pc>`. */
export interface Paired {
  kind: 'pc';
  id: string;
  open: string;
  close: string;
  role: 'link' | 'emphasis';
  children: Part[];
}

export type UnitKind = 'heading' | 'paragraph' | 'cell';

export interface Unit {
  /** `u1`, `u2`… in document order: stable for one source text. */
  id: string;
  kind: UnitKind;
  /** Body offsets of the unit's text: `body.slice(start, end)` is what the parts spell. */
  start: number;
  end: number;
  /** 1-based line in the body where the unit starts. */
  line: number;
  parts: Part[];
}

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * GitHub and Microsoft Docs alert markers (`> [!NOTE]`) open a quote's first paragraph: markup that
 * must stay alone on its line, so it and its line break are left out of the unit altogether.
 */
const ALERT = /^\[!(?:NOTE|TIP|IMPORTANT|CAUTION|WARNING)\][ \t]*(?:\r?\n[ \t>]*)?/i;
/** A line break and the container prefix of the next line (indentation, quote marks). */
const LINE_BREAK = /\r?\n[ \t>]*/g;

export function segmentBody(body: string, registry: Registry): Unit[] {
  const tree = parser.parse(body) as Root;
  const units: Unit[] = [];
  const visit = (node: Nodes, inQuote: boolean) => {
    switch (node.type) {
      case 'heading':
      case 'paragraph':
      case 'tableCell': {
        const unit = makeUnit(body, node, registry, inQuote, units.length + 1);
        if (unit) units.push(unit);
        return;
      }
      // Not prose: kept byte for byte around the units.
      case 'code':
      case 'html':
      case 'definition':
      case 'thematicBreak':
      case 'yaml':
        return;
      default:
        if ('children' in node)
          for (const child of (node as Parent).children) visit(child as Nodes, node.type === 'blockquote');
    }
  };
  visit(tree, false);
  return units;
}

function makeUnit(
  body: string,
  node: Parent & RootContent,
  registry: Registry,
  inQuote: boolean,
  n: number,
): Unit | undefined {
  const children = node.children as Nodes[];
  if (children.length === 0) return undefined;
  let start = offset(children[0]!, 'start');
  const end = offset(children.at(-1)!, 'end');
  if (start === undefined || end === undefined || end <= start) return undefined;
  if (inQuote && node.type === 'paragraph' && children[0]!.type === 'text')
    start += ALERT.exec(body.slice(start, end))?.[0].length ?? 0;
  if (end <= start) return undefined;
  const ids = { next: 1 };
  const parts = inlineParts(body, children, start, end, registry, ids);
  // A block of only markup (an image, a code span, a link to a bare URL) has nothing to translate.
  if (!hasWords(parts)) return undefined;
  const kind: UnitKind = node.type === 'heading' ? 'heading' : node.type === 'tableCell' ? 'cell' : 'paragraph';
  return { id: `u${n}`, kind, start, end, line: node.position?.start.line ?? 1, parts };
}

function offset(node: Nodes, which: 'start' | 'end'): number | undefined {
  return node.position?.[which].offset;
}

function hasWords(parts: Part[]): boolean {
  return parts.some((p) => (p.kind === 'text' ? /\p{L}/u.test(p.text) : p.kind === 'pc' && hasWords(p.children)));
}

/** The parts that spell body[from, to): the nodes in it, with whatever lies between them kept as markup. */
function inlineParts(
  body: string,
  nodes: Nodes[],
  from: number,
  to: number,
  registry: Registry,
  ids: { next: number },
): Part[] {
  const parts: Part[] = [];
  const ph = (data: string, role: Placeholder['role'], canDelete = false) => {
    if (data !== '') parts.push({ kind: 'ph', id: String(ids.next++), data, role, canDelete });
  };
  let at = from;
  for (const node of nodes) {
    const nodeStart = offset(node, 'start');
    const end = offset(node, 'end');
    if (nodeStart === undefined || end === undefined || end <= from) continue;
    // The first text node may begin before the unit does (an alert marker left out).
    const start = Math.max(nodeStart, from);
    if (start > at) ph(body.slice(at, start), 'markup');
    const raw = body.slice(start, end);
    switch (node.type) {
      case 'text':
        parts.push(...textParts(raw, registry, ids));
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
      case 'linkReference': {
        const children = node.children as Nodes[];
        const first = children[0] && offset(children[0], 'start');
        const last = children.at(-1) && offset(children.at(-1)!, 'end');
        // An autolink (`<https://…>`, a bare www.…) is its address: nothing to translate.
        const autolink =
          node.type === 'link' && children.length === 1 && raw.includes(node.url.replace(/^mailto:/, ''));
        const bare = autolink && toString(children[0]!) === raw.replace(/^<|>$/g, '');
        if (first === undefined || last === undefined || bare) {
          ph(raw, node.type === 'link' || node.type === 'linkReference' ? 'link' : 'markup');
          break;
        }
        const id = String(ids.next++);
        parts.push({
          kind: 'pc',
          id,
          open: body.slice(start, first),
          close: body.slice(last, end),
          role: node.type === 'link' || node.type === 'linkReference' ? 'link' : 'emphasis',
          children: inlineParts(body, children, first, last, registry, ids),
        });
        break;
      }
      case 'inlineCode':
        ph(raw, 'code');
        break;
      case 'html':
        ph(raw, 'html');
        break;
      case 'image':
      case 'imageReference':
        ph(raw, 'image');
        break;
      case 'break':
        ph(raw, 'line-break');
        break;
      default:
        ph(raw, 'markup');
    }
    at = end;
  }
  if (to > at) ph(body.slice(at, to), 'markup');
  return merge(parts);
}

function toString(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(toString).join('');
  return '';
}

/** Text with its codes, symbolic names and protocol identifiers, and its line breaks, made placeholders. */
export function textParts(text: string, registry: Registry, ids = { next: 1 }): Part[] {
  const cuts: Array<{ index: number; length: number; role: Placeholder['role'] }> = [];
  const facts = proseFacts(text, [], registry);
  for (const c of facts.codes) cuts.push({ index: c.index, length: c.written.length, role: 'identifier' });
  for (const i of facts.identifiers) cuts.push({ index: i.index, length: i.text.length, role: 'identifier' });
  for (const m of text.matchAll(LINE_BREAK)) cuts.push({ index: m.index, length: m[0].length, role: 'line-break' });
  cuts.sort((a, b) => a.index - b.index || b.length - a.length);
  const parts: Part[] = [];
  let at = 0;
  for (const cut of cuts) {
    if (cut.index < at) continue; // overlaps one already taken (a name inside a code's match)
    if (cut.index > at) parts.push({ kind: 'text', text: text.slice(at, cut.index) });
    const data = text.slice(cut.index, cut.index + cut.length);
    parts.push({ kind: 'ph', id: String(ids.next++), data, role: cut.role, canDelete: cut.role === 'line-break' });
    at = cut.index + cut.length;
  }
  if (at < text.length) parts.push({ kind: 'text', text: text.slice(at) });
  return parts;
}

function merge(parts: Part[]): Part[] {
  const out: Part[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (part.kind === 'text' && last?.kind === 'text') last.text += part.text;
    else out.push(part);
  }
  return out;
}

/** The Markdown a unit's parts spell: the source's bytes when the parts are the source's. */
export function spell(parts: Part[]): string {
  return parts
    .map((p) => (p.kind === 'text' ? p.text : p.kind === 'ph' ? p.data : p.open + spell(p.children) + p.close))
    .join('');
}

/** Every protected element of a unit, by id (pairs and placeholders, nested ones too). */
export function protectedElements(parts: Part[], into = new Map<string, Placeholder | Paired>()) {
  for (const p of parts) {
    if (p.kind === 'text') continue;
    into.set(p.id, p);
    if (p.kind === 'pc') protectedElements(p.children, into);
  }
  return into;
}
