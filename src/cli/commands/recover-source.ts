/** errata recover-source [--content DIR] [--from a,b] [--source en-us] [--dry-run] */
import { SOURCE_LOCALE } from '../../core/read/content-files.ts';
import { RecoverError, recoverSources } from '../../core/recover/recover-sources.ts';
import { parseCommand, type CommandSpec, type Flags } from '../command.ts';
import { resolveContentDir } from '../paths.ts';
import { splitList } from '../usage.ts';

export const RECOVER_SOURCE = {
  usage: 'errata recover-source [--content DIR] [--from a,b] [--source en-us] [--dry-run]',
  prose: `Writes <content>/<source>/<slug>.md for every article that has a side-by-side
translation but no source file, from the English kept in the sxs-lookup spans.
Existing source files are never overwritten. Exit: 0 done, 2 unusable invocation.`,
  flags: {
    content: { type: 'string', value: 'DIR', default: 'content', description: 'the content directory' },
    from: {
      type: 'string',
      value: 'a,b',
      defaultText: 'every locale',
      description: 'the translated locales to recover from',
    },
    source: { type: 'string', value: 'LOCALE', default: SOURCE_LOCALE, description: 'the source locale to write' },
    'dry-run': { type: 'boolean', default: false, description: 'say what would be written, write nothing' },
  },
} as const satisfies CommandSpec<Flags>;

export async function recoverSource(args: string[]): Promise<number> {
  const values = parseCommand(args, RECOVER_SOURCE);
  if (!values) return 0;
  let recovered;
  try {
    recovered = recoverSources({
      contentDir: resolveContentDir(values.content),
      sourceLocale: values.source.toLowerCase(),
      from: splitList(values.from),
      dryRun: values['dry-run'],
    });
  } catch (error) {
    if (!(error instanceof RecoverError)) throw error;
    console.error(`errata recover-source: ${error.message}`);
    return 2;
  }
  for (const r of recovered) {
    const note = r.untranslatedSegments
      ? ` (${r.untranslatedSegments} of ${r.segments} segments had no English; kept as translated)`
      : '';
    console.log(`${values['dry-run'] ? 'would write' : 'wrote'} ${r.file} from ${r.from}${note}`);
  }
  console.log(
    `${recovered.length} source article${recovered.length === 1 ? '' : 's'} ${values['dry-run'] ? 'to recover' : 'recovered'}.`,
  );
  return 0;
}
