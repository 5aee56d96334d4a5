/** errata build [--content DIR] [--out DIR] [--locales a,b | --shard i/N | --changed FILES] [--keep-going] [--quiet | --json] */
import { buildSite } from '../../pipeline/build-site.ts';
import { OutputRefused } from '../../pipeline/output-folder.ts';
import { parseShardSpec, shardLocales, ShardSpecError } from '../../shards/shard-plan.ts';
import { SOURCE_LOCALE } from '../../core/read/content-files.ts';
import {
  DEFAULT_MARKDOWN_ENGINE,
  isMarkdownEngine,
  MARKDOWN_ENGINES,
} from '../../core/render/markdown/engine-names.ts';
import { previewLocales, readChanged } from '../changed-files.ts';
import { formatBuildProblems } from '../format/build-problems.ts';
import { styleText } from 'node:util';
import { parseCommand, type CommandSpec, type Flags } from '../command.ts';
import { progressMode, progressOutput } from '../progress/output.ts';
import { resolveContentDir, resolveOutDir, siteUrl } from '../paths.ts';
import { colorsFor } from '../style.ts';
import { splitList, UsageError } from '../usage.ts';

export const BUILD = {
  usage: `errata build [--content DIR] [--out DIR] [--locales a,b | --shard i/N | --changed FILES] [--keep-going] [--site URL] [--jobs N]
                    [--markdown satteri|reference] [--quiet | --json]`,
  prose: `Builds the static site into --out. Fails on any error diagnostic
unless --keep-going, which publishes everything else. Always writes
<out>/build-report.json listing every input file. Builds of separate --locales
merge into one site by copying their folders. --shard i/N builds the locales
of shard i of "errata plan --shards N"; "errata merge" joins the shards.
--out is replaced only by a build that succeeds; errata refuses a folder that
holds the content, the working directory or errata itself, and a non-empty
folder that is no earlier errata output (--force replaces that anyway).

Progress: on a terminal, a live line for the build and one for each step (check,
render, layout, search): done/total, rate, time left, batch. In CI (CI is set) or
when the output is not a terminal, plain lines: one as each step ends on each batch,
and within a long step one at most every 10 s. Then the summary ("Built: ...") and
the steps' timings. --quiet prints the summary line and errors only; --json prints
one JSON object a line on stdout: the progress events as they happen
({"event":"plan"|"start"|"progress"|"end"|"kept","step":"check"|"render"|"layout"|
"search"|"publish","batch","batches","locales","done","total","unit","ms"}), then
{"event":"summary","published","built","skipped","errors","warnings","report","timings"};
errors go to stderr as ever.
Exit: 0 built, 1 errors, 2 unusable invocation.`,
  flags: {
    content: { type: 'string', value: 'DIR', default: 'content', description: 'the content directory' },
    out: { type: 'string', value: 'DIR', default: 'dist', description: 'the folder the site is built into' },
    locales: {
      type: 'string',
      value: 'a,b',
      defaultText: 'every locale',
      description: 'only these locales (lower-case tags, as the folders are named)',
    },
    shard: { type: 'string', value: 'i/N', description: 'the locales of shard i of "errata plan --shards N"' },
    changed: {
      type: 'string',
      value: 'FILES',
      description:
        "a pull request's changed paths (@FILE reads them from a file): builds only the locales the change can alter, for a preview",
    },
    'keep-going': {
      type: 'boolean',
      default: false,
      description: 'publish everything that can be published despite errors',
    },
    force: {
      type: 'boolean',
      default: false,
      description: 'replace a non-empty --out that is no earlier errata output',
    },
    site: {
      type: 'string',
      value: 'URL',
      default: process.env.ERRATA_SITE ?? 'https://errata.example',
      env: 'ERRATA_SITE',
      description: 'the absolute URL the site is served from',
    },
    jobs: {
      type: 'string',
      value: 'N',
      defaultText: 'one per core',
      description: 'processes at once; --jobs 1 takes longer and needs about half the memory',
    },
    markdown: {
      type: 'string',
      value: MARKDOWN_ENGINES.join('|'),
      default: DEFAULT_MARKDOWN_ENGINE,
      description:
        "the Markdown engine: satteri (Astro 7's engine, in Rust) or reference (unified + remark-gfm, in JavaScript, ~5× slower); both give the same pages but for the differences the README lists",
    },
    quiet: { type: 'boolean', short: 'q', default: false, description: 'print only the summary line and errors' },
    json: { type: 'boolean', default: false, description: 'print progress events and the summary as JSON lines' },
  },
} as const satisfies CommandSpec<Flags>;

export async function build(args: string[]): Promise<number> {
  const values = parseCommand(args, BUILD);
  if (!values) return 0;
  if (values.quiet && values.json)
    throw new UsageError('--quiet and --json each choose what the build prints: give one of them.');
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1))
    throw new UsageError(`--jobs takes a whole number of processes, 1 or more (got "${values.jobs}").`);
  const markdown = values.markdown;
  if (!isMarkdownEngine(markdown))
    throw new UsageError(`--markdown takes ${MARKDOWN_ENGINES.join(' or ')} (got "${markdown}").`);
  if ([values.shard, values.locales, values.changed].filter((v) => v !== undefined).length > 1)
    throw new UsageError('--shard, --locales and --changed each choose the locales to build: give one of them.');
  const contentDir = resolveContentDir(values.content);
  const outDir = resolveOutDir(values.out);
  const site = siteUrl(values.site);
  const mode = progressMode({ json: values.json, quiet: values.quiet });
  const progress = await progressOutput(mode);
  const result = await refusedAsUsage(() =>
    buildSite({
      contentDir,
      outDir,
      locales:
        values.shard !== undefined
          ? localesOfShard(contentDir, values.shard)
          : values.changed !== undefined
            ? previewLocales(readChanged(values.changed, contentDir), contentDir, SOURCE_LOCALE)
            : splitList(values.locales),
      keepGoing: values['keep-going'],
      site,
      force: values.force,
      ...(jobs ? { jobs } : {}),
      markdown,
      onProgress: (event) => progress.onProgress(event),
    }),
  ).finally(() => progress.finish());
  const s = result.summary;
  const report = `${values.out}/build-report.json`;
  if (mode === 'json') {
    console.log(
      JSON.stringify({ event: 'summary', ...s, published: result.published, report, timings: result.timings }),
    );
  } else {
    const head = `${result.published ? 'Built' : 'Not built'}: ${s.built} pages, ${s.skipped} files skipped, ${s.errors} errors, ${s.warnings} warnings → ${report}`;
    console.log(
      mode === 'tty' ? styleText(result.published ? 'green' : 'red', head, { stream: process.stdout }) : head,
    );
    if (mode !== 'quiet') {
      for (const line of result.timings) console.log(`  ${line}`);
      // Last, where a reader's eye lands: which errors and warnings, not only how many.
      for (const line of formatBuildProblems(result.problems, s, mode === 'tty' && colorsFor(process.stdout)))
        console.log(line);
    }
  }
  if (!result.published)
    console.error(
      'errata build: the content has errors; run "errata check" to see them, or build with --keep-going to publish the rest.',
    );
  return result.published ? 0 : 1;
}

function localesOfShard(contentDir: string, spec: string): string[] {
  try {
    return shardLocales(contentDir, parseShardSpec(spec));
  } catch (error) {
    if (error instanceof ShardSpecError) throw new UsageError(error.message);
    throw error;
  }
}

/** An output folder errata must not replace is an unusable invocation (exit 2), refused before anything is touched. */
async function refusedAsUsage<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof OutputRefused) throw new UsageError(error.message);
    throw error;
  }
}
