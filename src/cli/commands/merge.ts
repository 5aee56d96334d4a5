/** errata merge --out DIR SHARD_DIR... */
import { resolve } from 'node:path';
import { parseWithPositionals, type CommandSpec, type Flags } from '../command.ts';
import { MergeConflict, MergeInputError, mergeSites } from '../../shards/merge-sites.ts';
import { OutputRefused } from '../../pipeline/output-folder.ts';
import { UsageError } from '../usage.ts';

export const MERGE = {
  usage: 'errata merge --out DIR SHARD_DIR...',
  prose: `Joins the outputs of "errata build --shard i/N" into one site in --out: each
shard's locale folders, the root pages (which every shard writes alike, from the
whole content folder) and one build-report.json, as a whole build writes it.
Checks first that the root pages are byte for byte the same in every shard and
that no locale, page or input file is claimed by two shards; --out is replaced
only once the merged site is complete.
Exit: 0 merged, 1 the shards do not fit together, 2 unusable invocation.`,
  flags: {
    out: { type: 'string', value: 'DIR', description: 'the folder to write the merged site into (required)' },
  },
} as const satisfies CommandSpec<Flags>;

export async function merge(args: string[]): Promise<number> {
  const parsed = parseWithPositionals(args, MERGE);
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (!values.out) throw new UsageError('--out DIR is required: the folder to write the merged site into.');
  if (positionals.length === 0)
    throw new UsageError(
      'give the shard output folders to merge, e.g. errata merge --out dist shard-1 shard-2 shard-3.',
    );
  try {
    const started = performance.now();
    const { summary: s } = await mergeSites({
      outDir: resolve(values.out),
      shardDirs: positionals.map((dir) => resolve(dir)),
    });
    console.log(
      `Merged ${positionals.length} shard${positionals.length === 1 ? '' : 's'}: ${s.built} pages, ${s.skipped} files skipped, ${s.errors} errors, ${s.warnings} warnings → ${values.out}/build-report.json (${Math.round(performance.now() - started)} ms)`,
    );
    return 0;
  } catch (error) {
    if (error instanceof MergeInputError || error instanceof OutputRefused) throw new UsageError(error.message);
    if (error instanceof MergeConflict) {
      console.error(`errata merge: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
