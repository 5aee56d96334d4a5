/**
 * The way back from indexed text (script-text.ts) to text a reader sees: inserted spaces
 * around CJK and Thai characters go, a kept original space (` ^ `) becomes a space again,
 * a CJK or Thai word `A^B` is its character `A` again, and a Hebrew or Arabic word with
 * its stems (`השרת^שרת^רת`) the word again. Works on Pagefind's excerpts too, whose `<mark>` tags it looks
 * through. Browser-safe.
 */
import { CJK_CHARS, KEPT_SPACE, PREFIXED_CHARS, SEGMENTED_CHARS, STEM_MARK } from './script-text.ts';

const SPACED = `[${CJK_CHARS}${SEGMENTED_CHARS}]`;
const SPACED_END = new RegExp(`${SPACED}\\p{M}*(?:</?mark>)*$`, 'u');
const SPACED_START = new RegExp(`^(?:</?mark>)*${SPACED}`, 'u');
const STEMS = new RegExp(`(?<=[${PREFIXED_CHARS}]\\p{M}*)\\^[${PREFIXED_CHARS}\\p{M}]+`, 'gu');
const NEXT_CHARACTERS = new RegExp(
  `(?<=[${CJK_CHARS}${SEGMENTED_CHARS}]\\p{M}*)\\^[${CJK_CHARS}${SEGMENTED_CHARS}\\p{M}]+`,
  'gu',
);
const KEPT = '\u0000';

export function displayText(indexed: string): string {
  if (!indexed.includes(' ') && !indexed.includes(STEM_MARK)) return indexed;
  // An excerpt may start or end inside a kept space: the missing space is at the edge. A kept
  // space at the very edge lost the CJK or Thai character beside it to the cut, so it is one all
  // the same (an excerpt that starts at a caret of the text's own, `^ Shift`, loses it).
  const padded = ` ${indexed} `;
  const kept = padded.replaceAll(KEPT_SPACE, (space: string, offset: number) =>
    offset === 0 || offset + space.length === padded.length || touchesSpaced(padded, offset, space.length)
      ? KEPT
      : space,
  );
  // While the words are apart, a word's `^` parts end at the space after it (a Thai
  // character is several code points, so the parts cannot be counted).
  const words = kept.replace(NEXT_CHARACTERS, '').replace(STEMS, '');
  const joined = words
    .slice(1, -1)
    .replace(/ /g, (space: string, offset: number, text: string) => (touchesSpaced(text, offset, 1) ? '' : space));
  return joined.replaceAll(KEPT, ' ').trim();
}

/** Whether a CJK or Thai character stands right before or after text[offset, offset + length), tags aside. */
function touchesSpaced(text: string, offset: number, length: number): boolean {
  return (
    SPACED_END.test(text.slice(Math.max(0, offset - 24), offset)) ||
    SPACED_START.test(text.slice(offset + length, offset + length + 24))
  );
}
