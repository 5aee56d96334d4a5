/**
 * Splits the raw HTML that Markdown lets through (one tag per inline node, a fragment per
 * HTML block) into tags and text. It never has to be a full HTML parser: nothing it
 * returns is written out as markup, only rebuilt as elements under the allowlist, so a
 * misread tag can at worst show up as text.
 */
import { decodeAttribute, decodeEntities } from '../../parse/html-entities.ts';

export type HtmlToken =
  | { kind: 'text'; value: string }
  | { kind: 'open'; name: string; attributes: Map<string, string>; selfClosing: boolean; source: string }
  | { kind: 'close'; name: string; source: string };

// Tag grammar as CommonMark defines it, so a tag here is a tag for micromark too.
const OPEN_TAG =
  /<([A-Za-z][A-Za-z0-9-]*)((?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*)\s*(\/?)>/y;
const CLOSE_TAG = /<\/([A-Za-z][A-Za-z0-9-]*)\s*>/y;
// Comments, declarations, processing instructions and CDATA carry nothing a reader sees.
const IGNORED = /<!--[\s\S]*?-->|<![A-Za-z][^>]*>|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/y;
const ATTRIBUTE = /([A-Za-z_:][A-Za-z0-9_.:-]*)(?:\s*=\s*(?:([^\s"'=<>`]+)|'([^']*)'|"([^"]*)"))?/g;

export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let text = '';
  let at = 0;
  const flushText = () => {
    if (text) tokens.push({ kind: 'text', value: decodeEntities(text) });
    text = '';
  };
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt === -1) {
      text += html.slice(at);
      break;
    }
    text += html.slice(at, lt);
    const token = readTag(html, lt);
    if (token === undefined) {
      text += '<';
      at = lt + 1;
      continue;
    }
    flushText();
    if (token.tag) tokens.push(token.tag);
    at = token.end;
  }
  flushText();
  return tokens;
}

function readTag(html: string, at: number): { tag?: HtmlToken; end: number } | undefined {
  OPEN_TAG.lastIndex = at;
  const open = OPEN_TAG.exec(html);
  if (open) {
    const source = open[0];
    return {
      tag: {
        kind: 'open',
        name: open[1]!.toLowerCase(),
        attributes: readAttributes(open[2]!),
        selfClosing: open[3] === '/',
        source,
      },
      end: at + source.length,
    };
  }
  CLOSE_TAG.lastIndex = at;
  const close = CLOSE_TAG.exec(html);
  if (close)
    return { tag: { kind: 'close', name: close[1]!.toLowerCase(), source: close[0] }, end: at + close[0].length };
  IGNORED.lastIndex = at;
  const ignored = IGNORED.exec(html);
  if (ignored) return { end: at + ignored[0].length };
  return undefined;
}

/** Attribute names lower-cased, values decoded; the first of a repeated name wins, as in browsers. */
function readAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeAttribute(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}
