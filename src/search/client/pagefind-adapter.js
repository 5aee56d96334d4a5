// /<locale>/pagefind/errata-ui/pagefind.js — what Pagefind's UI loads as "pagefind.js":
// errata's /<locale>/search.js, so the search box runs exactly the search every tool runs.
// It also tells the page what each search found, for the hint under a search for an
// unknown code.
import * as errata from '../../search.js';

export * from '../../search.js';

export async function search(query, options) {
  const response = await errata.search(query, options);
  document.dispatchEvent(
    new CustomEvent('errata:search', {
      detail: { query, count: response.results.length, kind: response.errata.kind, codes: response.errata.codes },
    }),
  );
  return response;
}
