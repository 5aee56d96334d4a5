/**
 * The search documents of the last build, kept for the next. A locale's index is written
 * again whole when any of its pages changes (src/search/README.md); making the documents of
 * its unchanged pages again (their text out of the HTML, cut into words, their codes) took
 * each share ~0.3 s of a one-article build on the five-locale corpus. A kept document is
 * used when its page (`pageHash`: title, body, codes, everything the page shows), errata's
 * core and search code, the content's registry and the locale's interface strings are the
 * ones it was made from; the others are made again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import writeFileAtomic from 'write-file-atomic';
import { readUiStrings, UI_FALLBACK_LOCALE } from '../../core/i18n/ui-strings.ts';
import { folderHash, registryVersion } from '../../core/read/folder-hash.ts';
import type { Share } from '../../pages/share.ts';
import type { SitePage } from '../../page-data/site-data.ts';
import type { SearchDocument } from '../../search/index-locale.ts';

/** url → the key its document was made under, and the document. */
type Kept = Record<string, { key: string; document: SearchDocument }>;

export class KeptDocuments {
  readonly #dir: string;
  readonly #name: string;
  readonly #contentDir: string;
  /** Documents this run made rather than reused. */
  made = 0;

  /** One file per locale and share, so that shares side by side never write the same file. */
  constructor(cacheDir: string, contentDir: string, share: Share) {
    this.#dir = join(cacheDir, `search-documents-${createHash('sha1').update(contentDir).digest('hex').slice(0, 12)}`);
    this.#name = `${share.index}-of-${share.count}`;
    this.#contentDir = contentDir;
  }

  /**
   * The documents of `pages` (one locale's), in their order: kept ones where `pageHashes`
   * says the page is the one they were made from, `make` for the rest; all kept for the next build.
   */
  documents(
    locale: string,
    pages: readonly SitePage[],
    pageHashes: Readonly<Record<string, string>>,
    make: (pages: SitePage[]) => SearchDocument[],
  ): SearchDocument[] {
    const file = join(this.#dir, `${locale}-${this.#name}.json`);
    const previous = readKept(file);
    const context = contextOf(this.#contentDir, locale);
    const keys = pages.map((page) => digest(`${context}\0${pageHashes[page.url] ?? ''}`));
    const documents: Array<SearchDocument | undefined> = pages.map((page, i) =>
      previous[page.url]?.key === keys[i] ? previous[page.url]!.document : undefined,
    );
    const missing = pages.flatMap((page, i) => (documents[i] ? [] : [{ page, i }]));
    make(missing.map(({ page }) => page)).forEach((document, j) => (documents[missing[j]!.i] = document));
    this.made += missing.length;
    const made = documents as SearchDocument[];
    // Nothing made and nothing gone: the file holds them already.
    if (missing.length === 0 && Object.keys(previous).length === pages.length) return made;
    const kept: Kept = Object.create(null);
    pages.forEach((page, i) => (kept[page.url] = { key: keys[i]!, document: made[i]! }));
    try {
      mkdirSync(this.#dir, { recursive: true });
      writeFileAtomic.sync(file, JSON.stringify(kept));
    } catch {
      // Not kept: the next build makes them again.
    }
    return made;
  }
}

function readKept(file: string): Kept {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Kept;
  } catch {
    return Object.create(null) as Kept;
  }
}

let code: string | undefined;

/** What a document depends on besides its page. */
function contextOf(contentDir: string, locale: string): string {
  code ??= folderHash(fileURLToPath(new URL('../../', import.meta.url)), (name) =>
    /^(core|search)\/.*\.ts$/.test(name.replaceAll('\\', '/')),
  );
  const strings = JSON.stringify([readUiStrings(locale), readUiStrings(UI_FALLBACK_LOCALE)]);
  return digest(`${code}\0${registryVersion(contentDir)}\0${strings}`);
}

function digest(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}
