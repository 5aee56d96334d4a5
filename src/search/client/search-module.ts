/**
 * /<locale>/search.js: exactly what the site's search box does with a query, for the box,
 * the tests and any tool. Pagefind's own API (init, search, preload, filters, options,
 * debouncedSearch, destroy) answering in Pagefind's shape, with errata's query planning in
 * front (codes, scripts) and its ranking and display clean-up behind. The locale's data
 * (shared/search-data.ts) is compiled in at index time.
 */
import { parseCodeQuery } from '../../core/codes/forms.ts';
import { clientRegistry, type SearchData } from '../shared/search-data.ts';
import { presentFragment, type PagefindFragment } from './present.ts';
import { holdsLiteral, planQuery, type QueryPlan } from './query-plan.ts';
import { anyOf, inOrderFirst, rankByPhrases, typedFirst } from './rank.ts';

declare const __ERRATA_SEARCH_DATA__: SearchData;

interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<PagefindFragment>;
}

interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
  [key: string]: unknown;
}

interface PagefindInstance {
  init(): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string, options?: SearchOptions): Promise<PagefindResponse>;
  preload(term: string, options?: SearchOptions): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  destroy(): Promise<void>;
}

export interface SearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, string>;
}

export interface SearchResponse extends Omit<PagefindResponse, 'results'> {
  results: Array<{ id: string; score: number; words: number[]; data(): Promise<PagefindFragment> }>;
  /** How errata read the query: as codes (naming which) or as words. */
  errata: { kind: QueryPlan['kind']; codes: string[] };
}

const data = __ERRATA_SEARCH_DATA__;
const registry = clientRegistry(data);
const indexed = new Set(data.indexed);
const bundle = new URL('./pagefind/', import.meta.url);

let settings: Record<string, unknown> = { excerptLength: 30 };
/** How many of Pagefind's results for a code-shaped string are read to see whether they hold it. */
const LITERAL_CHECKED = 10;
let instance: Promise<PagefindInstance> | undefined;

export const locale = data.locale;

export async function options(next: Record<string, unknown>): Promise<void> {
  settings = { ...settings, ...next };
  if (instance) await (await instance).options(next);
}

export function init(): Promise<PagefindInstance> {
  instance ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${bundle.href}pagefind.js`)) as {
      createInstance(options: object): PagefindInstance;
    };
    // The index records carry URLs from the site root; the worker would be one more download.
    const created = asIndexLanguage(() =>
      pagefind.createInstance({ ...settings, basePath: bundle.href, baseUrl: '/', noWorker: true }),
    );
    await created.init();
    return created;
  })();
  return instance;
}

/**
 * Pagefind takes its language from the page's `lang` when an instance is made, and for
 * Chinese, Japanese and Thai cuts every query again with Intl.Segmenter — which would split
 * errata's bigrams. Queries arrive cut already, so it is shown the index's private-use tag
 * (index/search-document.ts) for that moment, as in Node, where there is no page.
 */
function asIndexLanguage<T>(make: () => T): T {
  const html = typeof document === 'undefined' ? undefined : document.documentElement;
  const lang = html?.getAttribute('lang');
  if (!html || !data.language.startsWith('x-')) return make();
  html.setAttribute('lang', data.language);
  try {
    return make();
  } finally {
    if (lang === null || lang === undefined) html.removeAttribute('lang');
    else html.setAttribute('lang', lang);
  }
}

export async function search(query: string, searchOptions: SearchOptions = {}): Promise<SearchResponse> {
  const plan = planQuery(query, registry, indexed);
  const excerptLength = Number(settings.excerptLength) || 30;
  const present = (result: PagefindResult) => ({
    id: result.id,
    score: result.score,
    words: result.words,
    data: async () => presentFragment(await result.data(), plan, excerptLength),
  });
  const errata = { kind: plan.kind, codes: plan.kind === 'codes' ? plan.codes : [] };
  if (
    plan.kind === 'empty' ||
    (plan.kind === 'codes' && plan.tokens.length === 0 && !plan.literal) ||
    data.pageCount === 0
  ) {
    return { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {}, errata };
  }
  const pagefind = await init();
  if (plan.kind === 'codes' && plan.literal) {
    // Pages that hold the string itself rank first; the rest of the list is what Pagefind
    // found by a shorter prefix of it, so only the first few are read, and kept if they hold it.
    const { literal } = plan;
    const response = await pagefind.search(literal.terms.join(' '), searchOptions);
    const read = response.results.slice(0, LITERAL_CHECKED);
    const fragments = await Promise.all(read.map((r) => r.data()));
    const held = read.flatMap((result, i) =>
      holdsLiteral(fragments[i]!.content, literal.text) ? [{ ...result, data: async () => fragments[i]! }] : [],
    );
    return { ...response, results: held.map(present), unfilteredResultCount: held.length, errata };
  }
  if (plan.kind === 'codes') {
    // Several codes (30125 is both 30125-4 and 30125-1011): any of them.
    const responses = await Promise.all(plan.tokens.map((token) => pagefind.search(token, searchOptions)));
    const results = anyOf(responses.map((r) => r.results));
    return { ...responses[0]!, results: results.map(present), unfilteredResultCount: results.length, errata };
  }
  const [response, typed, titled] = await Promise.all([
    pagefind.search(plan.terms.join(' '), searchOptions),
    plan.surface ? pagefind.search(plan.surface.join(' '), searchOptions) : undefined,
    plan.titleToken ? pagefind.search(plan.titleToken, searchOptions) : undefined,
  ]);
  let ranked = rankByPhrases(response.results, plan.phrases);
  if (typed) ranked = typedFirst(ranked, typed.results);
  if (titled) ranked = inOrderFirst(ranked, titled.results);
  return { ...response, results: ranked.map(present), errata };
}

export async function preload(query: string, searchOptions: SearchOptions = {}): Promise<void> {
  if (data.pageCount === 0) return;
  const pagefind = await init();
  const plan = planQuery(query, registry, indexed);
  if (plan.kind === 'text')
    await Promise.all(
      [plan.terms, plan.surface ?? [], plan.titleToken ? [plan.titleToken] : []]
        .filter((t) => t.length)
        .map((t) => pagefind.preload(t.join(' '), searchOptions)),
    );
  else if (plan.kind === 'codes')
    await Promise.all(
      [...plan.tokens, ...(plan.literal ? [plan.literal.terms.join(' ')] : [])].map((term) =>
        pagefind.preload(term, searchOptions),
      ),
    );
}

let latest = 0;

export async function debouncedSearch(
  query: string,
  searchOptions: SearchOptions = {},
  waitMs = 300,
): Promise<SearchResponse | null> {
  const mine = ++latest;
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  if (mine !== latest) return null;
  const response = await search(query, searchOptions);
  return mine === latest ? response : null;
}

export async function filters(): Promise<Record<string, Record<string, number>>> {
  return data.pageCount === 0 ? {} : (await init()).filters();
}

/** One index per locale: there is nothing to merge. */
export async function mergeIndex(): Promise<void> {}

export async function destroy(): Promise<void> {
  const current = instance;
  instance = undefined;
  if (current) await (await current).destroy();
}

/** The codes a pasted error message names, in the order it names them (for the error lookup). */
export function recognizeCodes(text: string): Array<{ code: string; indexed: boolean }> {
  return parseCodeQuery(text, registry).map((code) => ({ code, indexed: indexed.has(code) }));
}
