/** Child-process entry: writes the search index of one locale from its document files. */
import { writeSearchIndex } from '../../search/index-locale.ts';
import { serveRequest } from '../../process/child-process.ts';
import { canonicalTag } from '../../page-data/locales.ts';
import { readDocuments, type DocumentFile } from '../step-files.ts';

export interface SearchIndexRequest {
  contentDir: string;
  outDir: string;
  locale: string;
  /** The shares' document files of this locale. */
  files: DocumentFile[];
}

serveRequest(async (request: SearchIndexRequest) => {
  const { records } = await writeSearchIndex({
    outDir: request.outDir,
    locale: request.locale,
    tag: canonicalTag(request.locale),
    documents: readDocuments(request.files),
    // Imported when first asked for, after the first index is written (see writeSearchIndex).
    registry: async () => (await import('../../core/codes/registry.ts')).loadRegistry(request.contentDir).registry,
  });
  return records;
});
