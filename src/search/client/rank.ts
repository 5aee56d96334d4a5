/**
 * The order of results beyond Pagefind's own score: exact CJK strings first, words as
 * typed before their stems, a single character's title holders first, and several searches
 * (one per code) merged into one list.
 */
export interface RankedResult {
  id: string;
  score: number;
  /** Positions of the matched words in the page, as Pagefind reports them. */
  words: number[];
}

/**
 * Chinese and Japanese are indexed one character per word position (shared/script-text.ts),
 * and a query asks for its bigrams, so Pagefind finds pages that hold them anywhere. Pages
 * that hold them where the typed string puts them — the exact string — come first, then
 * pages with more of the typed strings; within each group Pagefind's order (title weight,
 * frequency) stays.
 */
/** `phrases`: for each typed string, the positions its terms must hold relative to the first. */
export function rankByPhrases<R extends RankedResult>(
  results: readonly R[],
  phrases: readonly (readonly number[])[],
): R[] {
  if (phrases.length === 0) return [...results];
  const keyed = results.map((result, order) => {
    const at = new Set(result.words);
    const held = phrases.filter((offsets) => result.words.some((p) => offsets.every((o) => at.has(p + o)))).length;
    return { result, order, held };
  });
  keyed.sort((a, b) => b.held - a.held || a.order - b.order);
  return keyed.map((k) => k.result);
}

/**
 * Pages that hold a query's words as typed — with the Hebrew or Arabic prefixes the reader
 * gave them — come before pages that hold only the stems. Only pages the stems found count:
 * when a word is not in the index at all, Pagefind answers with whatever starts like it.
 */
export function typedFirst<R extends RankedResult>(results: readonly R[], typed: readonly R[]): R[] {
  const found = new Set(results.map((r) => r.id));
  const first = typed.filter((r) => found.has(r.id));
  const promoted = new Set(first.map((r) => r.id));
  return [...first, ...results.filter((r) => !promoted.has(r.id))];
}

/** The results of several searches as one list: each page once, at its best score. */
export function anyOf<R extends RankedResult>(lists: readonly (readonly R[])[]): R[] {
  const best = new Map<string, R>();
  for (const result of lists.flat()) {
    const seen = best.get(result.id);
    if (!seen || seen.score < result.score) best.set(result.id, result);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * The results `first` found, in its order, then the rest in theirs: for a query of one CJK or
 * Thai character, the pages whose title holds it (its title token's results) before those
 * that hold it only in their text. The result objects stay `results`' own, so excerpts centre
 * on the character in the page's text, not on the token.
 */
export function inOrderFirst<R extends RankedResult>(results: readonly R[], first: readonly RankedResult[]): R[] {
  const byId = new Map(results.map((r) => [r.id, r]));
  const promoted = first.flatMap((r) => byId.get(r.id) ?? []);
  const ids = new Set(promoted.map((r) => r.id));
  return [...promoted, ...results.filter((r) => !ids.has(r.id))];
}
