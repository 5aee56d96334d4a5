/** errata build [--content DIR] [--out DIR] [--locales a,b | --shard i/N | --changed FILES] [--keep-going] */
import { buildSite } from '../../build/build-site.ts';
import { OutputRefused } from '../../build/output-folder.ts';
import { parseShardSpec, shardLocales, ShardSpecError } from '../../build/shard-plan.ts';
import { SOURCE_LOCALE } from '../../core/check/check-content.ts';
import { DEFAULT_MARKDOWN_ENGINE, isMarkdownEngine, MARKDOWN_ENGINES } from '../../core/render/index.ts';
import { previewLocales, readChanged } from '../changed-files.ts';
import { parseCommand } from '../command.ts';
import { resolveContentDir, resolveOutDir, siteUrl } from '../paths.ts';
import { splitList, UsageError } from '../usage.ts';

const HELP = `Usage: errata build [--content DIR] [--out DIR] [--locales a,b | --shard i/N | --changed FILES] [--keep-going] [--site URL] [--jobs N]
                    [--markdown satteri|reference]

Builds the static site into --out (default dist/). Fails on any error diagnostic
unless --keep-going, which publishes everything else. Always writes
<out>/build-report.json listing every input file. Builds of separate --locales
merge into one site by copying their folders. --shard i/N builds the locales
of shard i of "errata plan --shards N"; "errata merge" joins the shards.
--changed FILES (a pull request's changed paths; @FILE reads them from a file)
builds only the locales the change can alter, for a preview.
--jobs: processes at once (default one per core); --jobs 1 takes longer and
needs about half the memory.
--out is replaced only by a build that succeeds; errata refuses a folder that
holds the content, the working directory or errata itself, and a non-empty
folder that is no earlier errata output (--force replaces that anyway).
--markdown: the Markdown engine: satteri (default; Astro 7's engine, in Rust)
or reference (unified + remark-gfm, in JavaScript, ~5× slower). Both give the
same pages but for the differences the README lists.
Exit: 0 built, 1 errors, 2 unusable invocation.`;

export async function build(args: string[]): Promise<number> {
  const values = parseCommand(args, {
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: 'dist' },
    locales: { type: 'string' },
    'keep-going': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    site: { type: 'string', default: process.env.ERRATA_SITE ?? 'https://errata.example' },
    jobs: { type: 'string' },
    shard: { type: 'string' },
    changed: { type: 'string' },
    markdown: { type: 'string', default: DEFAULT_MARKDOWN_ENGINE },
  }, HELP);
  if (!values) return 0;
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) throw new UsageError(`--jobs takes a whole number of processes, 1 or more (got "${values.jobs}").`);
  const markdown = values.markdown;
  if (!isMarkdownEngine(markdown)) throw new UsageError(`--markdown takes ${MARKDOWN_ENGINES.join(' or ')} (got "${markdown}").`);
  if ([values.shard, values.locales, values.changed].filter((v) => v !== undefined).length > 1) throw new UsageError('--shard, --locales and --changed each choose the locales to build: give one of them.');
  const contentDir = resolveContentDir(values.content);
  const outDir = resolveOutDir(values.out);
  const site = siteUrl(values.site);
  const result = await refusedAsUsage(() => buildSite({
    contentDir,
    outDir,
    locales: values.shard !== undefined ? localesOfShard(contentDir, values.shard)
      : values.changed !== undefined ? previewLocales(readChanged(values.changed, contentDir), contentDir, SOURCE_LOCALE)
      : splitList(values.locales),
    keepGoing: values['keep-going'],
    site,
    force: values.force,
    ...(jobs ? { jobs } : {}),
    markdown,
  }));
  const s = result.summary;
  console.log(`${result.published ? 'Built' : 'Not built'}: ${s.built} pages, ${s.skipped} files skipped, ${s.errors} errors, ${s.warnings} warnings → ${values.out}/build-report.json`);
  for (const line of result.timings) console.log(`  ${line}`);
  if (!result.published) console.error('errata build: the content has errors; run "errata check" to see them, or build with --keep-going to publish the rest.');
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
