/**
 * Where the body is prose a reader reads, and where it is not: HTML tags, link destinations
 * and bare URLs. An anchor name such as `troubleshoot-aadsts50000-error-code` or a URL is
 * not an error code written in the text.
 */
import type { BodyScan } from './body-scan.ts';

const URLS = /\]\(\s*<?([^)\s>]+)|\bhttps?:\/\/[^\s)<>"'\]]+|^\s{0,3}\[[^\]]+\]:\s*(\S+)/gm;

/** Sorted, non-overlapping [from, to) ranges of the body that are markup or addresses. */
export function nonProseRanges(scan: BodyScan): Array<[number, number]> {
  const ranges: Array<[number, number]> = scan.tags.map((tag) => [tag.index, tag.end]);
  for (const match of scan.body.matchAll(URLS)) {
    const url = match[1] ?? match[2];
    const start = url ? match.index + match[0].lastIndexOf(url) : match.index;
    ranges.push([start, start + (url ?? match[0]).length]);
  }
  return mergeRanges(ranges);
}

export function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** The items whose `index` falls outside every range; both lists sorted by position. */
export function outsideRanges<T extends { index: number }>(
  items: T[],
  ranges: ReadonlyArray<readonly [number, number]>,
): T[] {
  if (ranges.length === 0) return items;
  const kept: T[] = [];
  let r = 0;
  for (const item of items) {
    while (r < ranges.length && ranges[r]![1] <= item.index) r++;
    const range = ranges[r];
    if (!range || item.index < range[0]) kept.push(item);
  }
  return kept;
}
