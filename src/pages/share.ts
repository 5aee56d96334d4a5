/**
 * Splitting a build's pages between processes: by a hash of the URL, so a page stays in the
 * same share from one build to the next (its cache entry and manifest entry with it).
 */
import { createHash } from 'node:crypto';

export interface Share {
  index: number;
  count: number;
}

export const WHOLE: Share = { index: 0, count: 1 };

export function inShare(url: string, share: Share): boolean {
  return shareOf(url, share.count) === share.index;
}

/** Which of `count` shares a page is in. */
export function shareOf(url: string, count: number): number {
  if (count === 1) return 0;
  return createHash('sha1').update(url).digest().readUInt32BE(0) % count;
}
