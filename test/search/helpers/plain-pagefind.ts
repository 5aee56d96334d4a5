/**
 * Plain Pagefind on the same pages, for comparison: each article as the site renders it
 * (title as <h1>, the body with the side-by-side English marked data-pagefind-ignore),
 * default settings, and queries passed to pagefind.js exactly as typed — with the page's
 * language, as in a browser, so Chinese queries are segmented as Pagefind does there.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SitePage } from '../../../src/page-data/site-data.ts';
import { writePagefindIndex } from '../../../src/search/index/pagefind-index.ts';
import { installFileFetch, type SearchData } from './node-search.ts';

export async function writePlainIndex(
  outDir: string,
  locale: string,
  tag: string,
  pages: readonly SitePage[],
): Promise<void> {
  await writePagefindIndex(
    join(outDir, locale, 'pagefind'),
    pages.map((page) => ({
      url: page.url,
      html: `<html lang="${tag}"><head><title>${escape(page.title)}</title></head><body><main><article data-pagefind-body><h1>${escape(page.title)}</h1>${page.html}</article></main></body></html>`,
    })),
  );
}

export interface PlainSearch {
  search(query: string): Promise<{ results: Array<{ data(): Promise<SearchData> }> }>;
}

let fresh = 0;

export async function loadPlainSearch(outDir: string, locale: string, tag: string): Promise<PlainSearch> {
  installFileFetch();
  const bundle = pathToFileURL(join(outDir, locale, 'pagefind/'));
  const module = (await import(`${bundle.href}pagefind.js?instance=${++fresh}`)) as {
    createInstance(options: object): PlainSearch & { init(): Promise<void> };
  };
  // Pagefind reads the page's <html lang> when an instance is made; Node has no page.
  const holder = globalThis as { document?: unknown };
  holder.document = { querySelector: () => ({ getAttribute: () => tag }) };
  let instance: PlainSearch & { init(): Promise<void> };
  try {
    instance = module.createInstance({ basePath: bundle.href, baseUrl: '/', noWorker: true });
  } finally {
    delete holder.document;
  }
  await instance.init();
  return instance;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
