/** Child-process entry: writes the search indexes of the locales its parent sends. */
import { loadRegistry } from '../core/codes/registry.ts';
import type { SearchDocument } from '../search/index-locale.ts';
import { writeSearchIndex } from '../search/index-locale.ts';
import { serveRequest } from './child-process.ts';
import { canonicalTag } from './locales.ts';

export interface SearchIndexRequest {
  contentDir: string;
  outDir: string;
  locales: string[];
  /** The documents of these locales. */
  documents: SearchDocument[];
}

serveRequest(async (request: SearchIndexRequest) => {
  const { registry } = loadRegistry(request.contentDir);
  // Pagefind's Node API keeps one service per process: one locale after another here.
  for (const locale of request.locales) {
    await writeSearchIndex({ outDir: request.outDir, locale, tag: canonicalTag(locale), documents: request.documents, registry });
  }
  return request.locales.length;
});
