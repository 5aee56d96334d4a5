/**
 * The build's search step: per locale, `<out>/<locale>/pagefind/` (one Pagefind index of
 * the locale's own text, its codes and symbolic names) and `<out>/<locale>/search.js`,
 * with the search UI's files beside it. Needs nothing from other locales, so a locale
 * built alone is complete and separately built locales merge by copying folders.
 *
 * Two steps, because a build may render a locale's pages in several processes:
 * `searchDocuments` where a page's HTML is, `writeSearchIndex` once per locale with all of
 * its documents. `buildSearchIndex` does both for pages at hand.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalTag } from '../page-data/locales.ts';
import type { SitePage } from '../page-data/site-data.ts';
import type { Registry } from '../core/codes/registry.ts';
import { readUiStrings, UI_FALLBACK_LOCALE } from '../core/i18n/ui-strings.ts';
import { writeClientFiles } from './index/client-files.ts';
import { pageText } from './index/page-text.ts';
import { clientCodeData, pageCodes } from './index/page-codes.ts';
import { writePagefindIndex } from './index/pagefind-index.ts';
import { pagefindLanguage, searchDocument } from './index/search-document.ts';

/**
 * A quarter of Pagefind's default: a first search downloads the chunk of each word it asks
 * for. bench:search on locales of a real locale's size (~2,900 pages), 10 000 → 5 000: the
 * worst first query 154.7 → 131.4 KB (target ≤ 150), the worst whole title typed at once
 * 238.5 → 181.9 KB; results the same; index +1 %, zh-TW's index step 4.87 → 5.03 s and
 * sv-SE's 2.42 → 2.31 s (medians of three, alternating: within the spread). 7 500 left the
 * worst at 153.5 KB.
 */
const INDEX_CHUNK_SIZE = 5_000;

/** What Pagefind indexes for one page; small and serializable, to hand from process to process. */
export interface SearchDocument {
  locale: string;
  url: string;
  /** The canonical codes the page carries (the article for, or mentions). */
  codes: string[];
  /** The HTML Pagefind reads (index/search-document.ts). */
  html: string;
}

/** Pages (any locales) → their search documents; `html` gives a page's body HTML. */
export function searchDocuments(
  pages: readonly SitePage[],
  registry: Registry,
  bodyOf: (page: SitePage) => string = (page) => page.html,
): SearchDocument[] {
  const filterNames = new Map<string, string>();
  return pages.map((page) => {
    let filterName = filterNames.get(page.locale);
    if (filterName === undefined)
      filterNames.set(page.locale, (filterName = uiString(page.locale, 'search.filterFamily')));
    const codes = pageCodes(registry, page);
    const html = searchDocument(page, pageText(bodyOf(page)), codes, {
      language: pagefindLanguage(canonicalTag(page.locale)),
      filterName,
    });
    return { locale: page.locale, url: page.url, codes: [...codes.about, ...codes.mentions], html };
  });
}

export interface WriteSearchIndexOptions {
  /** Site root on disk. */
  outDir: string;
  /** Folder tag: `zh-tw`. */
  locale: string;
  /** BCP 47 in its usual case: `zh-TW`. */
  tag: string;
  /** Every search document of this locale (others are ignored). */
  documents: readonly SearchDocument[];
  /**
   * The registry, asked for once Pagefind's index is written: a process that loads it only
   * then (the build's search lane) does not hold its parsers' modules (YAML, schemas: ~40 MB)
   * beside Pagefind's service at its peak.
   */
  registry: () => Registry | Promise<Registry>;
}

export async function writeSearchIndex(options: WriteSearchIndexOptions): Promise<{ records: number; bytes: number }> {
  const localeDir = join(options.outDir, options.locale);
  const documents = options.documents.filter((d) => d.locale === options.locale);
  const bundle = join(localeDir, 'pagefind');
  rmSync(bundle, { recursive: true, force: true });
  if (documents.length > 0) await writePagefindIndex(bundle, documents, { chunkSize: INDEX_CHUNK_SIZE });
  const client = clientCodeData(
    await options.registry(),
    documents.flatMap((d) => d.codes),
  );
  const clientBytes = await writeClientFiles(localeDir, {
    locale: options.locale,
    language: pagefindLanguage(options.tag),
    pageCount: documents.length,
    ...client,
  });
  return { records: documents.length, bytes: clientBytes + folderBytes(bundle) };
}

export interface SearchIndexOptions {
  outDir: string;
  locale: string;
  tag: string;
  /** This locale's pages, with their HTML. */
  pages: readonly SitePage[];
  /** The content directory's error-code registry, which the search recognizes codes with. */
  registry: Registry;
}

/** Both steps for one locale whose pages are all at hand. */
export async function buildSearchIndex(options: SearchIndexOptions): Promise<{ records: number; bytes: number }> {
  const { registry } = options;
  const pages = options.pages.filter((page) => page.locale === options.locale);
  return writeSearchIndex({
    outDir: options.outDir,
    locale: options.locale,
    tag: options.tag,
    documents: searchDocuments(pages, registry),
    registry: () => registry,
  });
}

function uiString(locale: string, key: string): string {
  return readUiStrings(locale)[key] || readUiStrings(UI_FALLBACK_LOCALE)[key] || key;
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir, { recursive: true }).map(String)) {
    const stat = statSync(join(dir, name));
    if (stat.isFile()) total += stat.size;
  }
  return total;
}
