/**
 * Reads an XLIFF 2 file that came back from a translator, a CAT tool or a translation service —
 * untrusted input — into the little takeback needs, or says why not.
 *
 * Safety, in the order it is applied (docs/safety.md):
 * - size: a file over MAX_XLIFF_BYTES is refused before it is read as text;
 * - encoding: UTF-8 only (what errata writes; XLIFF tools keep it), a byte that is not is refused;
 * - no DTD: any `<!DOCTYPE` or `<!ENTITY` is refused before parsing, so no entity can expand
 *   (billion laughs) or reach outside (external entities). saxes, a strict XML 1.0 parser with
 *   namespaces, knows only the five predefined entities and character references anyway;
 * - bounds: a unit's text over MAX_UNIT_CHARS, elements nested deeper than MAX_DEPTH, or more than
 *   MAX_ELEMENTS elements stop the parse.
 * Nothing here touches the file system beyond reading the one file it is given.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { Location as Position } from '../diagnostics/rule-registry.ts';
import { MDA_NS, XLIFF_NS } from './xliff-write.ts';

export const MAX_XLIFF_BYTES = 64 * 1024 * 1024;
/** The longest unit errata hands off is a few KB; a paragraph of 256 K characters is no paragraph. */
export const MAX_UNIT_CHARS = 256 * 1024;
const MAX_DEPTH = 64;
const MAX_ELEMENTS = 2_000_000;

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'ph'; id: string; line: number }
  | { kind: 'pc'; id: string; line: number; children: Inline[] }
  /** An element errata never writes and cannot map back (sc, ec): the unit is refused. */
  | { kind: 'unsupported'; name: string; line: number };

export interface ReadUnit {
  id: string;
  at: Position;
  /** `<originalData>`: data id → the Markdown it says it stands for. */
  data: Map<string, string>;
  source: Inline[];
  /** Undefined when no segment has a target. */
  target?: Inline[];
}

export interface ReadFile {
  id: string;
  original: string | undefined;
  at: Position;
  meta: Map<string, string>;
  units: ReadUnit[];
}

export interface ReadXliff {
  version: string;
  srcLang: string;
  trgLang: string;
  files: ReadFile[];
}

/** Why a file was refused as a whole: a rule message of xliff-unsafe or xliff-invalid. */
export type ReadProblem =
  | { ruleId: 'xliff-unsafe'; messageId: 'tooLarge' | 'doctype' | 'unitTooLarge' | 'tooDeep'; at: Position }
  | { ruleId: 'xliff-invalid'; messageId: 'encoding' | 'notXliff' | 'notWellFormed'; at: Position; detail: string };

interface Element {
  ns: string;
  name: string;
  attrs: Map<string, string>;
  children: Array<Element | string>;
  line: number;
  column: number;
}

export function readXliff(file: string, bytes: Uint8Array): ReadXliff | ReadProblem {
  const at = (line = 1, column = 1): Position => ({ file, line, column });
  if (bytes.byteLength > MAX_XLIFF_BYTES) return { ruleId: 'xliff-unsafe', messageId: 'tooLarge', at: at() };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ruleId: 'xliff-invalid', messageId: 'encoding', at: at(), detail: 'not UTF-8' };
  }
  const dtd = /<!(?:DOCTYPE|ENTITY)/i.exec(text);
  if (dtd) {
    const before = text.slice(0, dtd.index);
    const line = before.split('\n').length;
    return { ruleId: 'xliff-unsafe', messageId: 'doctype', at: at(line, dtd.index - before.lastIndexOf('\n')) };
  }
  const parsed = parse(text, at);
  if ('ruleId' in parsed) return parsed;
  return interpret(parsed, at);
}

function parse(text: string, at: (line?: number, column?: number) => Position): Element | ReadProblem {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: Element[] = [];
  let root: Element | undefined;
  let problem: ReadProblem | undefined;
  let elements = 0;
  // Characters gathered since the innermost <unit> opened: a unit's size, counted as it is read.
  let unitChars = -1;
  const stop = (p: ReadProblem) => {
    problem ??= p;
    throw new StopParsing();
  };
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (++elements > MAX_ELEMENTS || stack.length >= MAX_DEPTH)
      stop({ ruleId: 'xliff-unsafe', messageId: 'tooDeep', at: at(parser.line, parser.column) });
    const attrs = new Map<string, string>();
    for (const a of Object.values(tag.attributes)) attrs.set(a.uri ? `{${a.uri}}${a.local}` : a.local, a.value);
    const element: Element = { ns: tag.uri, name: tag.local, attrs, children: [], line: parser.line, column: 1 };
    if (tag.uri === XLIFF_NS && tag.local === 'unit') unitChars = 0;
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', (tag) => {
    stack.pop();
    if (tag.uri === XLIFF_NS && tag.local === 'unit') unitChars = -1;
  });
  const characters = (value: string) => {
    if (unitChars >= 0 && (unitChars += value.length) > MAX_UNIT_CHARS)
      stop({ ruleId: 'xliff-unsafe', messageId: 'unitTooLarge', at: at(parser.line, parser.column) });
    stack.at(-1)?.children.push(value);
  };
  parser.on('text', characters);
  parser.on('cdata', characters);
  parser.on('error', (error) => {
    stop({
      ruleId: 'xliff-invalid',
      messageId: 'notWellFormed',
      at: at(parser.line, parser.column),
      detail: error.message.replace(/^[^:]*:\d+:\d+: /, ''),
    });
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (!(error instanceof StopParsing)) throw error;
  }
  if (problem) return problem;
  if (!root)
    return { ruleId: 'xliff-invalid', messageId: 'notXliff', at: at(), detail: 'the file has no root element' };
  return root;
}

class StopParsing extends Error {}

function interpret(root: Element, at: (line?: number, column?: number) => Position): ReadXliff | ReadProblem {
  const version = root.attrs.get('version') ?? '';
  if (root.ns !== XLIFF_NS || root.name !== 'xliff' || !/^2\.[01]$/.test(version))
    return {
      ruleId: 'xliff-invalid',
      messageId: 'notXliff',
      at: at(root.line),
      detail: `the root element is {${root.ns}}${root.name}${version ? ` version ${version}` : ''}, not an XLIFF 2.0 or 2.1 <xliff>`,
    };
  const srcLang = root.attrs.get('srcLang');
  const trgLang = root.attrs.get('trgLang');
  if (!srcLang || !trgLang)
    return {
      ruleId: 'xliff-invalid',
      messageId: 'notXliff',
      at: at(root.line),
      detail: '<xliff> needs srcLang and trgLang',
    };
  const files: ReadFile[] = [];
  for (const file of elements(root, 'file')) {
    const meta = new Map<string, string>();
    for (const metadata of file.children)
      if (typeof metadata !== 'string' && metadata.ns === MDA_NS && metadata.name === 'metadata')
        for (const m of descendants(metadata))
          if (m.ns === MDA_NS && m.name === 'meta' && m.attrs.has('type')) meta.set(m.attrs.get('type')!, textOf(m));
    const units: ReadUnit[] = [];
    const collect = (parent: Element) => {
      for (const child of elements(parent)) {
        if (child.name === 'group') collect(child);
        if (child.name === 'unit') units.push(readUnit(child, at));
      }
    };
    collect(file);
    files.push({
      id: file.attrs.get('id') ?? '',
      original: file.attrs.get('original'),
      at: at(file.line),
      meta,
      units,
    });
  }
  return { version, srcLang, trgLang, files };
}

function readUnit(unit: Element, at: (line?: number) => Position): ReadUnit {
  const data = new Map<string, string>();
  for (const original of elements(unit, 'originalData'))
    for (const d of elements(original, 'data')) data.set(d.attrs.get('id') ?? '', inlineText(d));
  const source: Inline[] = [];
  const target: Inline[] = [];
  let hasTarget = false;
  // A tool that split a unit into segments (or kept whitespace in <ignorable>) gives them back in order.
  for (const part of elements(unit)) {
    if (part.name !== 'segment' && part.name !== 'ignorable') continue;
    const s = elements(part, 'source')[0];
    const t = elements(part, 'target')[0];
    if (s) source.push(...inlines(s));
    if (t) {
      hasTarget = true;
      target.push(...inlines(t));
    } else if (part.name === 'ignorable' && s) target.push(...inlines(s));
  }
  return {
    id: unit.attrs.get('id') ?? '',
    at: at(unit.line),
    data,
    source,
    ...(hasTarget ? { target } : {}),
  };
}

function inlines(element: Element): Inline[] {
  const out: Inline[] = [];
  for (const child of element.children) {
    if (typeof child === 'string') {
      pushText(out, child);
      continue;
    }
    if (child.ns !== XLIFF_NS) continue;
    switch (child.name) {
      case 'cp':
        pushText(out, codePoint(child.attrs.get('hex')));
        break;
      case 'ph':
        out.push({ kind: 'ph', id: child.attrs.get('id') ?? '', line: child.line });
        break;
      case 'pc':
        out.push({ kind: 'pc', id: child.attrs.get('id') ?? '', line: child.line, children: inlines(child) });
        break;
      // Annotations (a CAT tool's term or comment marks) wrap text; they are not the text.
      case 'mrk':
        for (const inner of inlines(child))
          if (inner.kind === 'text') pushText(out, inner.text);
          else out.push(inner);
        break;
      case 'sm':
      case 'em':
        break;
      default:
        out.push({ kind: 'unsupported', name: child.name, line: child.line });
    }
  }
  return out;
}

function pushText(out: Inline[], text: string): void {
  const last = out.at(-1);
  if (last?.kind === 'text') last.text += text;
  else if (text) out.push({ kind: 'text', text });
}

/** `<cp hex="000D"/>` → the character; a value that names none gives U+FFFD, so the unit cannot pass as unchanged. */
function codePoint(hex: string | undefined): string {
  const code = hex && /^[0-9A-Fa-f]{1,6}$/.test(hex) ? parseInt(hex, 16) : NaN;
  return Number.isInteger(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
}

function inlineText(element: Element): string {
  return inlines(element)
    .map((i) => (i.kind === 'text' ? i.text : ''))
    .join('');
}

function textOf(element: Element): string {
  return element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

function elements(parent: Element, name?: string): Element[] {
  return parent.children.filter(
    (c): c is Element => typeof c !== 'string' && c.ns === XLIFF_NS && (name === undefined || c.name === name),
  );
}

function descendants(parent: Element): Element[] {
  return parent.children.flatMap((c) => (typeof c === 'string' ? [] : [c, ...descendants(c)]));
}
