/**
 * The one index word that stands for an error code, whatever form the reader typed it in:
 * the query side (client/query-plan.ts) turns every recognized form into it, the index
 * side (index/search-document.ts) writes it into each page that mentions the code.
 *
 * Pagefind matches a query word against every indexed word that starts with it, so
 * `5.7.1` must not find `5.7.100`: the canonical code is written in hex and closed with a
 * letter hex never uses, so no token is the start of another. Browser-safe.
 */
const encoder = new TextEncoder();

export function codeToken(canonical: string): string {
  let hex = '';
  for (const byte of encoder.encode(canonical)) hex += byte.toString(16).padStart(2, '0');
  return `zc${hex}q`;
}

/** Opens the block of code tokens at the end of a page's indexed text; display cuts the text there. */
export const CODE_BLOCK_MARK = '⟪';
