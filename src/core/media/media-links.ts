/**
 * Finds the destinations of links and images that name local files — Markdown inline
 * links and images, reference definitions, `<img src>` and `<a href>` — with their
 * offsets. A scan, not a parse: it runs on every article of a corpus, and almost every
 * article has no local link at all, so the common case is a few `indexOf` calls.
 */
import { scanBody } from '../parse/body-scan.ts';
import { isLocalHref, type LinkResolution, type MediaIndex } from './media-index.ts';

export interface MediaLink {
  /** The destination as written, without the `<>` a Markdown destination may wear. */
  href: string;
  /** Offset of the destination in the text. */
  index: number;
}

export interface ResolvedLink extends MediaLink {
  resolution: LinkResolution;
}

const REFERENCE_DEFINITION = /^ {0,3}\[(?:[^\]\\\n]|\\.){1,999}\]:[ \t]*\n?[ \t]*(<[^<>\n]*>|[^\s<][^\s]*)/gm;
const HTML_LINK = /<(img|a)\b[^<>]*?\s(src|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>`=]+))/gi;

export function findMediaLinks(markdown: string): MediaLink[] {
  const links: MediaLink[] = [];
  for (let at = markdown.indexOf(']('); at !== -1; at = markdown.indexOf('](', at + 2)) {
    const link = inlineDestination(markdown, at + 2);
    if (link && isLocalHref(link.href)) links.push(link);
  }
  if (markdown.includes(']:')) {
    for (const match of markdown.matchAll(REFERENCE_DEFINITION))
      add(links, match[1]!, match.index + match[0].length - match[1]!.length);
  }
  if (markdown.includes('<')) {
    for (const match of markdown.matchAll(HTML_LINK)) {
      if ((match[1]!.toLowerCase() === 'img') !== (match[2]!.toLowerCase() === 'src')) continue;
      const value = match[3] ?? match[4] ?? match[5]!;
      const quoted = match[5] === undefined ? 1 : 0;
      add(links, value, match.index + match[0].length - value.length - quoted);
    }
  }
  if (links.length === 0) return links;
  return outsideCode(markdown, links).sort((a, b) => a.index - b.index);
}

/** Resolves every local link of an article (`fromFile` relative to the locale folder). */
export function resolveMediaLinks(fromFile: string, markdown: string, index: MediaIndex): ResolvedLink[] {
  return findMediaLinks(markdown).map((link) => ({ ...link, resolution: index.resolve(fromFile, link.href) }));
}

function add(links: MediaLink[], raw: string, index: number): void {
  const angled = raw.startsWith('<') && raw.endsWith('>');
  const href = angled ? raw.slice(1, -1) : raw;
  if (isLocalHref(href)) links.push({ href, index: angled ? index + 1 : index });
}

/**
 * The destination of `[text](destination "title")` starting after `](`, by the CommonMark
 * rules: `[a](two words)` is not a link, so it is not reported as one.
 */
function inlineDestination(text: string, start: number): MediaLink | undefined {
  let i = skipSpace(text, start);
  let href: string;
  let index = i;
  if (text[i] === '<') {
    const close = text.indexOf('>', i + 1);
    const newline = text.indexOf('\n', i + 1);
    if (close === -1 || (newline !== -1 && newline < close)) return undefined;
    href = text.slice(i + 1, close);
    index = i + 1;
    i = close + 1;
  } else {
    let depth = 0;
    const from = i;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 92 /* \ */) i++;
      else if (c === 40 /* ( */) depth++;
      else if (c === 41 /* ) */ && depth-- === 0) break;
      else if (c <= 32) break;
    }
    href = text.slice(from, i);
  }
  const destinationEnd = i;
  i = skipSpace(text, i);
  const opener = text[i];
  if (i > destinationEnd && (opener === '"' || opener === "'" || opener === '(')) {
    const close = text.indexOf(opener === '(' ? ')' : opener, i + 1);
    if (close === -1) return undefined;
    i = skipSpace(text, close + 1);
  }
  return text[i] === ')' ? { href, index } : undefined;
}

function skipSpace(text: string, i: number): number {
  let newlines = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 && ++newlines > 1) break;
    if (c !== 32 && c !== 9 && c !== 10) break;
  }
  return i;
}

/** Drops links inside code, which readers see as text. Rare enough to afford the full body scan. */
function outsideCode(markdown: string, links: MediaLink[]): MediaLink[] {
  if (!markdown.includes('`') && !markdown.includes('~~~')) return links;
  const scan = scanBody(markdown, 1);
  const spans = scan.codeSpans.map((span): [number, number] => {
    let ticks = 0;
    while (markdown.charCodeAt(span.index + ticks) === 96 /* ` */) ticks++;
    return [span.index, span.index + 2 * ticks + span.text.length];
  });
  const ranges = [...scan.codeBlocks, ...spans];
  return links.filter((link) => !ranges.some(([from, to]) => link.index >= from && link.index < to));
}
