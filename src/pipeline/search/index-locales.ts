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

type Lane = ChildService<SearchIndexRequest, number>;

/**
 * A process a lane, each indexing its locales one after another (Pagefind's service is
 * closed and started again between them): a process's start, ~0.4 s, once a lane rather
 * than once a locale. Made as they are first asked for; `start()` starts the first lane's
 * process ahead, so that its start overlaps the step before the search (build-batch.ts).
 */
export class SearchLanes {
  readonly #lanes: Lane[] = [];

  lane(index: number): Lane {
    return (this.#lanes[index] ??= new ChildService(new URL('./search-index-process.ts', import.meta.url), {
      cwd: PROJECT_ROOT,
      env: process.env,
      recycleMb: SEARCH_RECYCLE_MB,
      waits: false,
    }));
  }

  /** Starts the process of the lane the largest locale goes to, before it is asked for anything. */
  start(): void {
    this.lane(0).start();
  }

  close(): Promise<void> {
    return Promise.all(this.#lanes.map((lane) => lane.close())).then(() => {});
  }
}

export async function indexLocales(request: {
  contentDir: string;
  /** The staging folder the indexes go into, `<locale>/pagefind/`. */
  outDir: string;
  locales: readonly string[];
  /** The search documents the render step left, a file per share and locale. */
  files: readonly DocumentFile[];
  jobs: number;
  /** The lanes to index in; the caller closes them (build-batch.ts, which may have started one ahead). */
  lanes: SearchLanes;
  /** Told as each locale's index is written. */
  indexed: (locale: string) => void;
}): Promise<void> {
  const { contentDir, outDir, files, lanes } = request;
  const bytes = (locale: string) => files.filter((f) => f.locale === locale).reduce((sum, f) => sum + f.bytes, 0);
  const [largest, ...queue] = [...request.locales].sort((a, b) => bytes(b) - bytes(a));
  const index = (lane: Lane, locale: string) =>
    lane
      .request(
        { contentDir, outDir, locale, files: files.filter((f) => f.locale === locale) },
        {
          what: `Indexing ${locale} for search (Pagefind)`,
          advice: `build with --jobs 1 (one index at a time), or ${locale} on its own (--locales ${locale})`,
        },
      )
      .then(() => request.indexed(locale));
  if (!largest) return;
  // The lane that indexed the largest goes on with the rest.
  await index(lanes.lane(0), largest);
  const next = async (lane: Lane): Promise<void> => {
    const locale = queue.shift();
    if (locale) await index(lane, locale).then(() => next(lane));
  };
  const count = Math.max(1, Math.min(request.jobs, queue.length));
  await Promise.all(Array.from({ length: count }, (_, i) => next(lanes.lane(i))));
}

/** Above what a lane holds after a locale's index (~110–130 MB on the corpus): past it, the next locale gets a fresh process. */
const SEARCH_RECYCLE_MB = 400;
