/**
 * The search documents of the last build, kept for the next. A locale's index is written
 * again whole when any of its pages changes (src/search/README.md); making the documents of
 * its unchanged pages again (their text out of the HTML, cut into words, their codes) took
 * each share ~0.3 s of a one-article build on the five-locale corpus. A kept document is
 * used when its page (`pageHash`: title, body, codes, everything the page shows), errata's
 * core and search code, the content's registry and the locale's interface strings are the
 * ones it was made from; the others are made again.
 *
 * What is kept is the documents file the share wrote for the search step (step-files.ts),
 * linked rather than written again (writing the documents a second time cost a whole build
 * ~0.1 s a locale and share), with the key of each document in a file beside it.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import writeFileAtomic from 'write-file-atomic';
import { readUiStrings, UI_FALLBACK_LOCALE } from '../../core/i18n/ui-strings.ts';
import { folderHash, registryVersion } from '../../core/read/folder-hash.ts';
import type { Share } from '../../pages/share.ts';
import type { SitePage } from '../../page-data/site-data.ts';
import type { SearchDocument } from '../../search/index-locale.ts';

/** The keys of a kept documents file's documents, in its order. */
interface Keys {
  urls: string[];
  keys: string[];
}

export class KeptDocuments {
  readonly #dir: string;
  readonly #name: string;
  readonly #contentDir: string;
  /** Per locale, the keys of the documents last handed out, until they are kept. */
  readonly #pending = new Map<string, Keys | undefined>();
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
   * says the page is the one they were made from, `make` for the rest.
   */
  documents(
    locale: string,
    pages: readonly SitePage[],
    pageHashes: Readonly<Record<string, string>>,
    make: (pages: SitePage[]) => SearchDocument[],
  ): SearchDocument[] {
    const previous = this.#read(locale);
    const context = contextOf(this.#contentDir, locale);
    const keys = pages.map((page) => digest(`${context}\0${pageHashes[page.url] ?? ''}`));
    const documents = pages.map((page, i) => {
      const kept = previous.get(page.url);
      return kept && kept.key === keys[i] ? kept.document : undefined;
    });
    const missing = pages.flatMap((page, i) => (documents[i] ? [] : [{ page, i }]));
    make(missing.map(({ page }) => page)).forEach((document, j) => (documents[missing[j]!.i] = document));
    this.made += missing.length;
    // Nothing made and nothing gone: the kept file holds these already.
    const same = missing.length === 0 && previous.size === pages.length;
    this.#pending.set(locale, same ? undefined : { urls: pages.map((page) => page.url), keys });
    return documents as SearchDocument[];
  }

  /** Keeps the documents `documents` last gave for `locale`, from the file they were written to. */
  keep(locale: string, written: string): void {
    const keys = this.#pending.get(locale);
    if (!keys) return;
    const base = join(this.#dir, `${locale}-${this.#name}`);
    try {
      mkdirSync(this.#dir, { recursive: true });
      rmSync(`${base}.keys.json`, { force: true });
      rmSync(`${base}.json`, { force: true });
      try {
        linkSync(written, `${base}.json`);
      } catch {
        copyFileSync(written, `${base}.json`);
      }
      // Written last: documents without their keys are never read.
      writeFileAtomic.sync(`${base}.keys.json`, JSON.stringify(keys));
    } catch {
      // Not kept: the next build makes them again.
    }
  }

  /** url → the kept document and its key; empty when the files are missing or do not match. */
  #read(locale: string): Map<string, { key: string; document: SearchDocument }> {
    const base = join(this.#dir, `${locale}-${this.#name}`);
    try {
      const { urls, keys } = JSON.parse(readFileSync(`${base}.keys.json`, 'utf8')) as Keys;
      const documents = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as SearchDocument[];
      if (documents.length === urls.length && documents.every((d, i) => d.url === urls[i] && keys[i]))
        return new Map(documents.map((document, i) => [document.url, { key: keys[i]!, document }]));
    } catch {
      // Missing or damaged: made again.
    }
    return new Map();
  }
}

let code: string | undefined;

/** What a document depends on besides its page. */
function contextOf(contentDir: string, locale: string): string {
  const typescript = (name: string) => name.endsWith('.ts');
  code ??= [new URL('../../core/', import.meta.url), new URL('../../search/', import.meta.url)]
    .map((folder) => folderHash(fileURLToPath(folder), typescript))
    .join('\0');
  const strings = JSON.stringify([readUiStrings(locale), readUiStrings(UI_FALLBACK_LOCALE)]);
  return digest(`${code}\0${registryVersion(contentDir)}\0${strings}`);
}

function digest(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}
