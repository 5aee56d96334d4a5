/**
 * The build's search step, from the parent's side: the locales' search indexes, one Pagefind
 * service per locale (search-index-process.ts), in a process a lane. The largest locale
 * first and on its own: Pagefind's memory grows with a locale's distinct words (zh-TW's
 * character pairs: ~470 MB on live-sxs, twice another locale's), so it never runs beside
 * another; then the rest `jobs` at a time.
 */
import { ChildService } from '../../process/child-process.ts';
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
  if (!largest) return;
  // A process a lane, each indexing its locales one after another (Pagefind's service is
  // closed and started again between them): a process's start, ~0.4 s, once a lane rather
  // than once a locale. The lane that indexed the largest goes on with the rest.
  const lanes = Array.from(
    { length: Math.max(1, Math.min(request.jobs, queue.length)) },
    () =>
      new ChildService<SearchIndexRequest, number>(new URL('./search-index-process.ts', import.meta.url), {
        cwd: PROJECT_ROOT,
        env: process.env,
        recycleMb: SEARCH_RECYCLE_MB,
        waits: false,
      }),
  );
  const index = (lane: ChildService<SearchIndexRequest, number>, locale: string) =>
    lane
      .request(
        { contentDir, outDir, locale, files: files.filter((f) => f.locale === locale) },
        {
          what: `Indexing ${locale} for search (Pagefind)`,
          advice: `build with --jobs 1 (one index at a time), or ${locale} on its own (--locales ${locale})`,
        },
      )
      .then(() => request.indexed(locale));
  try {
    await index(lanes[0]!, largest);
    const next = async (lane: ChildService<SearchIndexRequest, number>): Promise<void> => {
      const locale = queue.shift();
      if (locale) await index(lane, locale).then(() => next(lane));
    };
    await Promise.all(lanes.map(next));
  } finally {
    await Promise.all(lanes.map((lane) => lane.close()));
  }
}

/** Above what a lane holds after a locale's index (~110–130 MB on the corpus): past it, the next locale gets a fresh process. */
const SEARCH_RECYCLE_MB = 400;
