/**
 * One linear pass over an article body that finds what the checks need — fenced code,
 * headings, inline code spans and raw HTML tags — with their offsets.
 *
 * Why not the unified tree: remark-parse reads ~460 files/s on this machine, and
 * `errata check` must read the 29,000-file corpus at thousands of files per second.
 * The renderer (core/render) uses remark; this scanner recognizes the same
 * CommonMark constructs for checking only, and the corpus tests hold the two together.
 */
import { LineIndex } from './line-index.ts';

export interface HtmlTag {
  index: number;
  end: number;
  /** Lower-cased tag name. */
  name: string;
  closing: boolean;
  /** The attribute text between the name and `>`. */
  attributes: string;
}

export interface CodeSpan {
  index: number;
  /** The code inside the backticks, as written. */
  text: string;
}

export interface Heading {
  index: number;
  depth: number;
  /** The heading line after the `#`s, as written (may contain HTML and Markdown). */
  raw: string;
}

export interface BodyScan {
  body: string;
  lines: LineIndex;
  tags: HtmlTag[];
  codeSpans: CodeSpan[];
  headings: Heading[];
  /** Offsets [start, end) of fenced code blocks. */
  codeBlocks: Array<[number, number]>;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*#*[ \t]*$/;
const INLINE = /\\[\\`<]|(`+)|<!--[\s\S]*?-->|<(\/?)([A-Za-z][A-Za-z0-9:-]*)((?:\s[^<>]*?)?)\/?>/g;

export function scanBody(body: string, firstLine: number): BodyScan {
  const scan: BodyScan = {
    body,
    lines: new LineIndex(body, firstLine),
    tags: [],
    codeSpans: [],
    headings: [],
    codeBlocks: [],
  };
  let regionStart = 0;
  let fence: { marker: string; start: number } | undefined;
  let lineStart = 0;
  while (lineStart < body.length) {
    let lineEnd = body.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = body.length;
    const line = body.slice(lineStart, lineEnd);
    if (fence) {
      const close = FENCE_OPEN.exec(line);
      if (
        close &&
        close[1]![0] === fence.marker[0] &&
        close[1]!.length >= fence.marker.length &&
        line.trim() === close[1]
      ) {
        scan.codeBlocks.push([fence.start, lineEnd]);
        fence = undefined;
        regionStart = lineEnd + 1;
      }
    } else {
      const open = FENCE_OPEN.exec(line);
      if (open && !(open[1]![0] === '`' && line.slice(open[0].length).includes('`'))) {
        scanInline(scan, regionStart, lineStart);
        fence = { marker: open[1]!, start: lineStart };
      } else if (line.charCodeAt(line.search(/\S/)) === 35 /* # */) {
        const heading = ATX_HEADING.exec(line);
        if (heading) scan.headings.push({ index: lineStart, depth: heading[1]!.length, raw: heading[2] ?? '' });
      }
    }
    lineStart = lineEnd + 1;
  }
  if (fence) scan.codeBlocks.push([fence.start, body.length]);
  else scanInline(scan, regionStart, body.length);
  return scan;
}

function scanInline(scan: BodyScan, start: number, end: number): void {
  if (start >= end) return;
  const text = scan.body;
  INLINE.lastIndex = start;
  for (let match = INLINE.exec(text); match && match.index < end; match = INLINE.exec(text)) {
    const ticks = match[1];
    if (ticks) {
      const close = findClosingTicks(text, match.index + ticks.length, ticks.length, end);
      if (close === -1) continue;
      scan.codeSpans.push({ index: match.index, text: text.slice(match.index + ticks.length, close) });
      INLINE.lastIndex = close + ticks.length;
    } else if (match[3]) {
      scan.tags.push({
        index: match.index,
        end: match.index + match[0].length,
        name: match[3].toLowerCase(),
        closing: match[2] === '/',
        attributes: match[4] ?? '',
      });
    }
  }
}

/** A code span ends at the next backtick run of the same length, within its paragraph. */
function findClosingTicks(text: string, from: number, length: number, end: number): number {
  for (let i = text.indexOf('`', from); i !== -1 && i < end; i = text.indexOf('`', i + 1)) {
    let run = 1;
    while (text.charCodeAt(i + run) === 96) run++;
    if (run === length) return i;
    if (text.slice(from, i).includes('\n\n')) return -1;
    i += run - 1;
  }
  return -1;
}
