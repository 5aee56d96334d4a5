/**
 * One Pagefind index through Pagefind's Node API: documents in, a bundle folder out, and
 * the Pagefind service closed whatever happens. Pagefind also writes its own UIs into the
 * bundle; errata uses @pagefind/default-ui and loads Pagefind without its worker, so
 * those files are left out of the site.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

export interface IndexDocument {
  url: string;
  /** The HTML Pagefind reads (index/search-document.ts). */
  html: string;
}

const BATCH = 200;
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
];

/**
 * `chunkSize`: index chunk size in word positions (Pagefind's default 20000). A query
 * downloads the chunks its words are in, so smaller chunks make a first search lighter.
 * Pagefind reads it only from the environment of its service process, which it starts in
 * createIndex; without the variable (or in a Pagefind without it) the default applies.
 * The service's allocator is set there too (SERVICE_ALLOCATOR).
 */
export async function writePagefindIndex(
  outputPath: string,
  documents: readonly IndexDocument[],
  options: { chunkSize?: number } = {},
): Promise<void> {
  const { index, errors } = await withServiceEnvironment(
    { [CHUNK_SIZE_VARIABLE]: options.chunkSize?.toString(), ...SERVICE_ALLOCATOR },
    () => createIndex({}),
  );
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const problems: string[] = [];
    for (let i = 0; i < documents.length; i += BATCH) {
      const added = await Promise.all(
        documents.slice(i, i + BATCH).map((d) => index.addHTMLFile({ url: d.url, content: d.html })),
      );
      added.forEach((answer, j) => problems.push(...answer.errors.map((e) => `${documents[i + j]!.url}: ${e}`)));
    }
    if (problems.length > 0)
      throw new Error(`Pagefind could not index ${problems.length} pages:\n${problems.slice(0, 10).join('\n')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
  } finally {
    await close();
  }
  for (const name of UNUSED) rmSync(join(outputPath, name), { force: true });
}

const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/**
 * Pagefind's Linux service allocates through jemalloc (its `_RJEM_` build), which reads its
 * options from this variable. Asked to back its memory with transparent huge pages (where the
 * kernel offers them on request, as Debian's and Ubuntu's do), the service makes far fewer
 * page faults: each locale of the five-locale corpus indexed alone, three runs each,
 * alternating, took 9–19 % less time and 12–20 % less CPU (19.8 → 16.8 s summed over the
 * five locales' medians) for 23–34 MB more at its peak (zh-TW 492 → 526 MB). The index it
 * writes is byte for byte the same. Elsewhere the variable is read by nobody.
 */
const SERVICE_ALLOCATOR = { _RJEM_MALLOC_CONF: 'thp:always,metadata_thp:always' };

/** Runs `start` (which starts Pagefind's service) with `variables` in the environment, set or, when undefined, unset; then puts the environment back. */
async function withServiceEnvironment<T>(
  variables: Record<string, string | undefined>,
  start: () => Promise<T>,
): Promise<T> {
  const before = Object.fromEntries(Object.keys(variables).map((name) => [name, process.env[name]]));
  const set = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  set(variables);
  try {
    return await start();
  } finally {
    set(before);
  }
}
