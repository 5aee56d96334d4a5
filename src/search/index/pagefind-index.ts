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
 */
export async function writePagefindIndex(
  outputPath: string,
  documents: readonly IndexDocument[],
  options: { chunkSize?: number } = {},
): Promise<void> {
  const { index, errors } = await withChunkSize(options.chunkSize, () => createIndex({}));
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

async function withChunkSize<T>(chunkSize: number | undefined, start: () => Promise<T>): Promise<T> {
  const before = process.env[CHUNK_SIZE_VARIABLE];
  if (chunkSize === undefined) delete process.env[CHUNK_SIZE_VARIABLE];
  else process.env[CHUNK_SIZE_VARIABLE] = String(chunkSize);
  try {
    return await start();
  } finally {
    if (before === undefined) delete process.env[CHUNK_SIZE_VARIABLE];
    else process.env[CHUNK_SIZE_VARIABLE] = before;
  }
}
