/**
 * Script-aware words, cut the same way when indexing and when querying, so what a reader
 * types meets what was indexed:
 * - Chinese, Japanese, and Thai, Lao, Khmer, Myanmar (no spaces between words): one word
 *   per character — a code point for CJK, a grapheme cluster for the others, so a Thai
 *   vowel or tone mark stays with its consonant — written `A^B`: the character and the
 *   next one. Pagefind indexes a word split by ASCII punctuation as the whole (`AB`, a
 *   bigram) and as its parts (`A`, `B`) at one position, so any string of two or more
 *   characters is found by its bigrams (half as many index chunks to load as characters),
 *   also from the middle of a word, a single character by its part, and positions stay
 *   one per character for ranking (client/rank.ts: pages holding the typed string itself
 *   come first). Thai was cut into Intl.Segmenter words before; a query that was part of a
 *   word then met no indexed word (bench:search, README);
 * - Hebrew and Arabic: a word's attached one-letter prefixes (ו ה ב ל מ ש כ; و ف ب ك ل ال)
 *   come off one at a time, and the word is indexed whole and as each of those stems, joined
 *   by `^` (`השרת^שרת^רת`): one position, and a word typed without its prefix (`שרת`), or
 *   with the same ones, is found as written. Which leading letters are prefixes is
 *   ambiguous (מ of משתמש is none), so every candidate is kept rather than one guessed.
 *
 * The markers this adds (spaces, `^` and what follows it, a ` ^ ` for an original space)
 * are removed again for display by display-text.ts. Browser-safe: the query side runs in
 * /<locale>/search.js.
 */

/** Joins the parts of a word Pagefind should index separately as well. */
export const STEM_MARK = '^';
/** An original space next to a character that gets inserted spaces, kept apart from those. */
export const KEPT_SPACE = ` ${STEM_MARK} `;

/** Character classes shared with display-text.ts (the prolonged sound mark ー is Common script). */
export const CJK_CHARS = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\u30FC';
export const SEGMENTED_CHARS = '\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}';
export const PREFIXED_CHARS = '\\p{sc=Hebrew}\\p{sc=Arabic}';

const SEGMENTED = new RegExp(`[${SEGMENTED_CHARS}]`, 'u');
const CJK = new RegExp(`[${CJK_CHARS}]`, 'u');
const PIECE = new RegExp(
  `(?<cjk>[${CJK_CHARS}]+)|(?<seg>[${SEGMENTED_CHARS}]+)|(?<prefixed>[${PREFIXED_CHARS}][${PREFIXED_CHARS}\\p{Mn}]*)`,
  'gu',
);
const SPACED_BEFORE = new RegExp(`[${CJK_CHARS}${SEGMENTED_CHARS}]\\p{M}*$`, 'u');

/** Characters that get spaces around them: CJK, Thai and its neighbours. */
export function isSpacedChar(char: string): boolean {
  return CJK.test(char) || SEGMENTED.test(char);
}

let graphemes: Intl.Segmenter | undefined;

/** The characters of a run as a reader sees them: CJK code points, Thai and the others' grapheme clusters. */
function characters(piece: Piece): string[] {
  if (piece.kind === 'cjk') return [...piece.text];
  graphemes ??= new Intl.Segmenter('th', { granularity: 'grapheme' });
  return [...graphemes.segment(piece.text)].map((s) => s.segment);
}

const HEBREW_PREFIXES = new Set(['ו', 'ה', 'ב', 'ל', 'מ', 'ש', 'כ']);
const ARABIC_PREFIXES = new Set(['و', 'ف', 'ب', 'ك', 'ل']);
const LETTER = /\p{L}/gu;
const MARK = /\p{M}/u;

/**
 * Where the stems of a Hebrew or Arabic word start, shortest prefix first (none: no
 * prefix). Prefixes come off one at a time while the rest keeps two (Hebrew) or three
 * (Arabic) letters. Stripping every leading prefix letter is ambiguous (מ of משתמש is no
 * prefix), so the index keeps every stem; the last one is the same for a word with or
 * without more prefixes in front — stem(ו+ה+word) = stem(ה+word) = stem(word) — which is
 * what lets a query with other prefixes than the text's find it.
 */
export function stemStarts(word: string): number[] {
  const hebrew = /\p{sc=Hebrew}/u.test(word.charAt(0));
  const minimum = hebrew ? 2 : 3;
  const starts: number[] = [];
  let at = 0;
  for (;;) {
    let length = 0;
    if (hebrew) length = HEBREW_PREFIXES.has(word.charAt(at)) ? 1 : 0;
    else if (word.startsWith('ال', at)) length = 2;
    else length = ARABIC_PREFIXES.has(word.charAt(at)) ? 1 : 0;
    if (length === 0) break;
    let next = at + length;
    while (next < word.length && MARK.test(word.charAt(next))) next++;
    if ((word.slice(next).match(LETTER)?.length ?? 0) < minimum) break;
    starts.push((at = next));
  }
  return starts;
}

/** Where the shortest stem starts (0: no prefix). */
export function stemStart(word: string): number {
  return stemStarts(word).at(-1) ?? 0;
}

interface Piece {
  kind: 'cjk' | 'seg' | 'prefixed' | 'other';
  text: string;
}

function* pieces(text: string): Generator<Piece> {
  let last = 0;
  for (const match of text.matchAll(PIECE)) {
    if (match.index > last) yield { kind: 'other', text: text.slice(last, match.index) };
    const groups = match.groups!;
    yield { kind: groups.cjk ? 'cjk' : groups.seg ? 'seg' : 'prefixed', text: match[0] };
    last = match.index + match[0].length;
  }
  if (last < text.length) yield { kind: 'other', text: text.slice(last) };
}

/** Text as Pagefind should index it (see the module comment). */
export function indexText(text: string): string {
  const out: string[] = [];
  for (const piece of pieces(markKeptSpaces(text))) {
    if (piece.kind === 'cjk' || piece.kind === 'seg') {
      const chars = characters(piece);
      out.push(
        ` ${chars.map((char, i) => (i + 1 < chars.length ? `${char}${STEM_MARK}${chars[i + 1]}` : char)).join(' ')} `,
      );
    } else if (piece.kind === 'prefixed') {
      out.push([piece.text, ...stemStarts(piece.text).map((at) => piece.text.slice(at))].join(STEM_MARK));
    } else out.push(piece.text);
  }
  return out.join('').replace(/ {2,}/g, ' ').trim();
}

/**
 * The CJK code points and Thai (Lao, Khmer, Myanmar) character clusters of a text, each once,
 * in order: what a title's character tokens are made of (shared/index-tokens.ts).
 */
export function spacedCharacters(text: string): string[] {
  const found = new Set<string>();
  for (const piece of pieces(text))
    if (piece.kind === 'cjk' || piece.kind === 'seg') for (const char of characters(piece)) found.add(char);
  return [...found];
}

/** Collapses whitespace; where it touches a spaced character it is an original space: mark it. */
function markKeptSpaces(text: string): string {
  return text.replace(/\s+/g, (space: string, offset: number) => {
    const after = text.codePointAt(offset + space.length);
    const touches =
      SPACED_BEFORE.test(text.slice(Math.max(0, offset - 4), offset)) ||
      (after !== undefined && isSpacedChar(String.fromCodePoint(after)));
    return touches ? KEPT_SPACE : ' ';
  });
}

export interface QueryText {
  /** Words for Pagefind, in query order. */
  terms: string[];
  /** The query's words as typed (Hebrew and Arabic not stripped): pages holding these come first. */
  surface: string[];
  /**
   * CJK and Thai strings the reader typed together, as the word positions their terms must hold
   * relative to each other (`ABCD` → bigrams AB and CD → [0, 2]).
   */
  phrases: number[][];
  /** The query is one CJK or Thai character (cluster) and nothing else: this one. */
  single?: string;
}

const NOT_SEGMENTED = new RegExp(`[^${SEGMENTED_CHARS}]+`, 'gu');

/**
 * NFKC turns full-width input (ＡＡＤＳＴＳ５００００ from an East Asian keyboard) into ASCII,
 * but it would also split Thai and Lao AM (ำ → ํ + า), which the index keeps whole: those
 * scripts stay as typed.
 */
function widthFolded(query: string): string {
  return query.replace(NOT_SEGMENTED, (text) => text.normalize('NFKC'));
}

/** A query cut as indexText cuts text: CJK and Thai bigrams, Hebrew/Arabic stems. */
export function queryText(query: string): QueryText {
  const terms: string[] = [];
  const surface: string[] = [];
  const phrases: number[][] = [];
  for (const word of widthFolded(query).toLowerCase().split(/\s+/)) {
    let pending = '';
    const flush = () => {
      if (pending) {
        terms.push(pending);
        surface.push(pending);
      }
      pending = '';
    };
    for (const piece of pieces(word)) {
      if (piece.kind === 'other') {
        pending += piece.text;
        continue;
      }
      flush();
      if (piece.kind === 'cjk' || piece.kind === 'seg') {
        const { bigrams, offsets } = bigramTerms(characters(piece));
        terms.push(...bigrams);
        surface.push(...bigrams);
        if (offsets.length > 1) phrases.push(offsets);
      } else {
        terms.push(piece.text.slice(stemStart(piece.text)));
        surface.push(piece.text);
      }
    }
    flush();
  }
  const meaningful = (t: string) => /[\p{L}\p{N}]/u.test(t);
  const kept = terms.filter(meaningful);
  const single = kept.length === 1 && singleCharacter(kept[0]!);
  return { terms: kept, surface: surface.filter(meaningful), phrases, ...(single ? { single: kept[0]! } : {}) };
}

/** Whether a term is one CJK code point or one Thai (Lao, Khmer, Myanmar) character cluster. */
function singleCharacter(term: string): boolean {
  const [piece, ...more] = pieces(term);
  return more.length === 0 && (piece?.kind === 'cjk' || piece?.kind === 'seg') && characters(piece).length === 1;
}

/** Non-overlapping bigrams, the last one overlapping when the length is odd, at most MAX_BIGRAMS; one character alone. */
function bigramTerms(chars: string[]): { bigrams: string[]; offsets: number[] } {
  if (chars.length < 2) return { bigrams: chars, offsets: [0] };
  const all: number[] = [];
  for (let i = 0; i + 1 < chars.length; i += 2) all.push(i);
  if (chars.length % 2 === 1) all.push(chars.length - 2);
  const offsets =
    all.length <= MAX_BIGRAMS
      ? all
      : Array.from({ length: MAX_BIGRAMS }, (_, i) => all[Math.round((i * (all.length - 1)) / (MAX_BIGRAMS - 1))]!);
  return { bigrams: offsets.map((i) => `${chars[i]}${chars[i + 1]}`), offsets };
}

/**
 * A long run (a whole Thai or Chinese title) asks for at most this many bigrams, spread
 * from its start to its end: each term loads an index chunk, and a first search for a
 * 40-character Thai title loaded ~500 KB with all 20 of them, ~180 KB with six
 * (2,900 pages). The pages found are a superset, and the page holding the typed string
 * itself still ranks first: client/rank.ts checks the terms' positions.
 */
const MAX_BIGRAMS = 6;
