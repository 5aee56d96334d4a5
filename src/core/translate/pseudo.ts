/**
 * Pseudo-localization: a stand-in translation that shows, on the site, what a real one would
 * break. Latin letters become accented ones (a font or encoding that loses them shows), every
 * unit grows by about 30% (German and Finnish run that much longer than English: a layout that
 * clips shows), and each unit is wrapped in `[!! … !!]` (a string left in English, or cut off,
 * shows by its missing brackets). Protected elements are left exactly as they are, so a pseudo
 * handoff taken back passes `errata check`.
 *
 * What is not letters in the source's Markdown text stays too: backslash escapes (`\*`) and
 * character references (`&amp;`) are Markdown, not words.
 */
import type { Part } from './segment.ts';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]!,
  ]),
);

/** Markdown that is not words: a backslash escape or a character reference. */
const MARKUP = /\\[\s\S]|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi;

/** The pseudo-localized parts: same protected elements, text accented and lengthened, the whole bracketed. */
export function pseudoLocalize(parts: Part[]): Part[] {
  // 30% longer text (the protected elements are not text): brackets, doubled vowels, then tildes.
  const padding = { left: Math.ceil(textLength(parts) * 0.3) - '[!! '.length - ' !!]'.length };
  // Placeholders that open the unit (a heading's `<a name>` anchor) stay in front of the bracket.
  const lead = parts.findIndex((p) => p.kind !== 'ph');
  const body = parts.slice(lead).map((p) => pseudoPart(p, padding));
  return [
    ...parts.slice(0, lead),
    { kind: 'text', text: '[!! ' },
    ...body,
    { kind: 'text', text: ` ${'~'.repeat(Math.max(0, padding.left))}!!]` },
  ];
}

function pseudoPart(part: Part, padding: { left: number }): Part {
  if (part.kind === 'ph') return part;
  if (part.kind === 'pc') return { ...part, children: part.children.map((c) => pseudoPart(c, padding)) };
  let out = '';
  let at = 0;
  for (const m of part.text.matchAll(MARKUP)) {
    out += accent(part.text.slice(at, m.index), padding) + m[0];
    at = m.index + m[0].length;
  }
  return { kind: 'text', text: out + accent(part.text.slice(at), padding) };
}

/** Accents every Latin letter, and doubles a vowel now and then while padding is owed. */
function accent(text: string, padding: { left: number }): string {
  let out = '';
  let vowels = 0;
  for (const ch of text) {
    out += ACCENTED[ch] ?? ch;
    if (/[aeiouAEIOU]/.test(ch) && padding.left > 0 && ++vowels % 2 === 1) {
      out += ACCENTED[ch]!;
      padding.left--;
    }
  }
  return out;
}

/** Characters of translatable text, in code points. */
export function textLength(parts: Part[]): number {
  let n = 0;
  for (const p of parts) {
    if (p.kind === 'text') n += [...p.text].length;
    if (p.kind === 'pc') n += textLength(p.children);
  }
  return n;
}
