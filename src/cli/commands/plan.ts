/** errata plan --shards N [--format json|text] [--content DIR] */
import { localeSizes } from '../../core/read/content-files.ts';
import { planShards, shardMatrix } from '../../shards/shard-plan.ts';
import { parseCommand, type CommandSpec, type Flags } from '../command.ts';
import { resolveContentDir } from '../paths.ts';
import { UsageError } from '../usage.ts';

export const PLAN = {
  usage: 'errata plan --shards N [--format json|text] [--content DIR]',
  prose: `Splits the content's locales into N shards balanced by their number of Markdown
files, the same way every time for the same content. "errata build --shard i/N"
builds shard i of this plan, and "errata merge" joins the shards' outputs.
--format json prints a CI matrix: {"include":[{"shard":"1/N","locales":"a,b"},…]}
(shards without locales, when N is more than the locales, are left out).
Exit: 0, or 2 unusable invocation.`,
  flags: {
    shards: { type: 'string', value: 'N', description: 'how many shards (required)' },
    format: { type: 'string', value: 'json|text', default: 'text', description: 'a line per shard, or a CI matrix' },
    content: { type: 'string', value: 'DIR', default: 'content', description: 'the content directory' },
  },
} as const satisfies CommandSpec<Flags>;

export async function plan(args: string[]): Promise<number> {
  const values = parseCommand(args, PLAN);
  if (!values) return 0;
  const count = Number(values.shards);
  if (values.shards === undefined || !Number.isInteger(count) || count < 1) {
    throw new UsageError(
      `--shards takes a whole number of shards, 1 or more (got ${values.shards === undefined ? 'nothing' : `"${values.shards}"`}).`,
    );
  }
  if (values.format !== 'json' && values.format !== 'text')
    throw new UsageError(`--format must be json or text (got "${values.format}").`);
  const shards = planShards(localeSizes(resolveContentDir(values.content)), count);
  if (values.format === 'json') {
    console.log(JSON.stringify(shardMatrix(shards)));
  } else {
    for (const shard of shards) {
      console.log(
        `shard ${shard.index}/${shard.count}: ${shard.files} files — ${shard.locales.join(',') || '(no locales)'}`,
      );
    }
  }
  return 0;
}
