/**
 * The way back from indexed text (script-text.ts) to text a reader sees: inserted spaces
 * around CJK and Thai characters go, a kept original space (` ^ `) becomes a space again,
 * a CJK word `A^B` is its character `A` again, and the `^` between a Hebrew or Arabic
 * prefix and its stem goes. Works on Pagefind's excerpts too, whose `<mark>` tags it looks
 * through. Browser-safe.
 */
import { CJK_CHARS, KEPT_SPACE, PREFIXED_CHARS, SEGMENTED_CHARS, STEM_MARK } from './script-text.ts';

const SPACED = `[${CJK_CHARS}${SEGMENTED_CHARS}]`;
const SPACED_END = new RegExp(`${SPACED}\\p{M}*(?:</?mark>)*$`, 'u');
const SPACED_START = new RegExp(`^(?:</?mark>)*${SPACED}`, 'u');
const STEM_MARKS = new RegExp(`(?<=[${PREFIXED_CHARS}]\\p{M}*)\\^(?=[${PREFIXED_CHARS}])`, 'gu');
const NEXT_CHARACTERS = new RegExp(`(?<=[${CJK_CHARS}])\\^[${CJK_CHARS}]`, 'gu');
const KEPT = '\u0000';

export function displayText(indexed: string): string {
  if (!indexed.includes(' ') && !indexed.includes(STEM_MARK)) return indexed;
  // An excerpt may start or end inside a kept space: the missing space is at the edge.
  const padded = ` ${indexed} `;
  const kept = padded.replaceAll(KEPT_SPACE, (space: string, offset: number) => (touchesSpaced(padded, offset, space.length) ? KEPT : space));
  const joined = kept.slice(1, -1).replace(/ /g, (space: string, offset: number, text: string) => (touchesSpaced(text, offset, 1) ? '' : space));
  return joined.replace(NEXT_CHARACTERS, '').replace(STEM_MARKS, '').replaceAll(KEPT, ' ').trim();
}

/** Whether a CJK or Thai character stands right before or after text[offset, offset + length), tags aside. */
function touchesSpaced(text: string, offset: number, length: number): boolean {
  return SPACED_END.test(text.slice(Math.max(0, offset - 24), offset)) || SPACED_START.test(text.slice(offset + length, offset + length + 24));
}
