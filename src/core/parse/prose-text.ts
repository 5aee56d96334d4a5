/**
 * The body as a reader reads it: HTML tags, link destinations and bare URLs blanked out
 * (offsets unchanged), so an anchor name such as `troubleshoot-aadsts50000-error-code`
 * or a URL is not taken for an error code written in the text.
 */
import type { BodyScan } from './body-scan.ts';

const URLS = /\]\(\s*<?([^)\s>]+)|\bhttps?:\/\/[^\s)<>"'\]]+|^\s{0,3}\[[^\]]+\]:\s*(\S+)/gm;

export function proseText(scan: BodyScan): string {
  const ranges: Array<[number, number]> = scan.tags.map((tag) => [tag.index, tag.end]);
  for (const match of scan.body.matchAll(URLS)) {
    const url = match[1] ?? match[2];
    const start = url ? match.index + match[0].lastIndexOf(url) : match.index;
    ranges.push([start, start + (url ?? match[0]).length]);
  }
  return blankRanges(scan.body, ranges);
}

/** `text` with each [from, to) range replaced by spaces; ranges may overlap and come in any order. */
export function blankRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  if (ranges.length === 0) return text;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  let out = '';
  let cursor = 0;
  for (const [from, to] of sorted) {
    if (to <= cursor) continue;
    const start = Math.max(from, cursor);
    out += text.slice(cursor, start) + ' '.repeat(to - start);
    cursor = to;
  }
  return out + text.slice(cursor);
}
