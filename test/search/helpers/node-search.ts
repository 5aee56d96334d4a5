/**
 * Runs a built locale's /<locale>/search.js in Node, the module the browser runs: its
 * Pagefind requests (file: URLs here) are answered from disk and counted, so tests and the
 * benchmark see results, bytes and times without a browser.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

export interface Transfer {
  requests: string[];
  /** Bytes as stored (Pagefind's index files are already gzip-compressed). */
  bytes: number;
}

export interface SearchModule {
  init(): Promise<unknown>;
  search(
    query: string,
    options?: object,
  ): Promise<{
    results: Array<{ id: string; score: number; data(): Promise<SearchData> }>;
    errata: { kind: string; codes: string[] };
  }>;
  filters(): Promise<Record<string, Record<string, number>>>;
  recognizeCodes(text: string): Array<{ code: string; indexed: boolean }>;
  destroy(): Promise<void>;
}

export interface SearchData {
  url: string;
  excerpt: string;
  content: string;
  meta: { title: string };
  filters: Record<string, string[]>;
}

const transfers: Transfer[] = [];
let installed = false;

/** Every file: request made through fetch goes to the transfers being recorded. */
export function installFileFetch(): void {
  if (installed) return;
  installed = true;
  const networkFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    if (url.protocol !== 'file:') return networkFetch(input, init);
    const body = readFileSync(fileURLToPath(url));
    for (const transfer of transfers) {
      transfer.requests.push(url.pathname);
      transfer.bytes += body.length;
    }
    return new Response(body);
  }) as typeof fetch;
}

let fresh = 0;

/** A new instance of the locale's search.js (its own Pagefind, nothing cached). */
export async function loadSearch(outDir: string, locale: string): Promise<SearchModule> {
  installFileFetch();
  const url = pathToFileURL(join(outDir, locale, 'search.js'));
  url.searchParams.set('instance', String(++fresh));
  return (await import(url.href)) as SearchModule;
}

/** Runs `work`, recording what it fetched. */
export async function recordTransfer<T>(work: () => Promise<T>): Promise<{ value: T; transfer: Transfer }> {
  const transfer: Transfer = { requests: [], bytes: 0 };
  transfers.push(transfer);
  try {
    return { value: await work(), transfer };
  } finally {
    transfers.splice(transfers.indexOf(transfer), 1);
  }
}

/** The URLs of the first `n` results, in order. */
export async function topUrls(search: SearchModule, query: string, n = 5): Promise<string[]> {
  const { results } = await search.search(query);
  return Promise.all(results.slice(0, n).map(async (r) => (await r.data()).url));
}
