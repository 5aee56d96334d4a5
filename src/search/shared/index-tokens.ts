/**
 * Index words no page's text holds, written into a block at the end of each page's indexed
 * text (index/search-document.ts) and asked for by the query side (client/query-plan.ts):
 * - a code's token, one for each error code whatever form the reader typed it in;
 * - a title character's token, for each CJK or Thai character of the page's title: a query
 *   of one such character matches nearly every page of its locale by its text, so Pagefind's
 *   scores are all alike (a word on every page weighs nothing), and its token is how the
 *   pages whose title holds it come first.
 *
 * Pagefind matches a query word against every indexed word that starts with it, so
 * `5.7.1` must not find `5.7.100`: what a token stands for is written in hex and closed with
 * a letter hex never uses, so no token is the start of another; the kinds start apart (`zc`,
 * `zt`). Browser-safe.
 */
const encoder = new TextEncoder();

function token(kind: string, text: string): string {
  let hex = '';
  for (const byte of encoder.encode(text)) hex += byte.toString(16).padStart(2, '0');
  return `z${kind}${hex}q`;
}

export function codeToken(canonical: string): string {
  return token('c', canonical);
}

/** The token of one CJK code point or Thai (Lao, Khmer, Myanmar) character cluster of a title. */
export function titleCharToken(char: string): string {
  return token('t', char);
}

/** Opens the block of tokens at the end of a page's indexed text; display cuts the text there. */
export const TOKEN_BLOCK_MARK = '⟪';
