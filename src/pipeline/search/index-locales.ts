/**
 * The build's search step, from the parent's side: the locales' search indexes, one process per
 * locale (Pagefind runs one service per process; search-index-process.ts). The largest locale
 * first and on its own: Pagefind's memory grows with a locale's distinct words (zh-TW's
 * character pairs: ~470 MB on live-sxs, twice another locale's), so it never runs beside
 * another; then the rest `jobs` at a time.
 */
import { CHILD_MEMORY } from '../../process/child-memory.ts';
import { runChild } from '../../process/child-process.ts';
import { PROJECT_ROOT } from '../../process/project-root.ts';
import type { DocumentFile } from '../step-files.ts';
import type { SearchIndexRequest } from './search-index-process.ts';

export async function indexLocales(request: {
  contentDir: string;
  /** The staging folder the indexes go into, `<locale>/pagefind/`. */
  outDir: string;
  locales: readonly string[];
  /** The search documents the render step left, a file per share and locale. */
  files: readonly DocumentFile[];
  jobs: number;
  /** Told as each locale's index is written. */
  indexed: (locale: string) => void;
}): Promise<void> {
  const { contentDir, outDir, files } = request;
  const bytes = (locale: string) => files.filter((f) => f.locale === locale).reduce((sum, f) => sum + f.bytes, 0);
  const [largest, ...queue] = [...request.locales].sort((a, b) => bytes(b) - bytes(a));
  const index = (locale: string) =>
    runChild<SearchIndexRequest, number>(
      new URL('./search-index-process.ts', import.meta.url),
      { contentDir, outDir, locale, files: files.filter((f) => f.locale === locale) },
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, ...CHILD_MEMORY },
        what: `Indexing ${locale} for search (Pagefind)`,
        advice: `build with --jobs 1 (one index at a time), or ${locale} on its own (--locales ${locale})`,
      },
    ).then(() => request.indexed(locale));
  if (!largest) return;
  await index(largest);
  const next = async (): Promise<void> => {
    const locale = queue.shift();
    if (locale) await index(locale).then(next);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(request.jobs, queue.length)) }, next));
}
