/** errata recover-source [--content DIR] [--from a,b] [--source en-us] [--dry-run] */
import { SOURCE_LOCALE } from '../../core/check/check-content.ts';
import { RecoverError, recoverSources } from '../../core/recover/recover-sources.ts';
import { parseCommand } from '../command.ts';
import { resolveContentDir } from '../paths.ts';
import { splitList } from '../usage.ts';

const HELP = `Usage: errata recover-source [--content DIR] [--from a,b] [--source en-us] [--dry-run]

Writes <content>/<source>/<slug>.md for every article that has a side-by-side
translation but no source file, from the English kept in the sxs-lookup spans.
Existing source files are never overwritten. Exit: 0 done, 2 unusable invocation.`;

export async function recoverSource(args: string[]): Promise<number> {
  const values = parseCommand(args, {
    content: { type: 'string', default: 'content' },
    from: { type: 'string' },
    source: { type: 'string', default: SOURCE_LOCALE },
    'dry-run': { type: 'boolean', default: false },
  }, HELP);
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
    const note = r.untranslatedSegments ? ` (${r.untranslatedSegments} of ${r.segments} segments had no English; kept as translated)` : '';
    console.log(`${values['dry-run'] ? 'would write' : 'wrote'} ${r.file} from ${r.from}${note}`);
  }
  console.log(`${recovered.length} source article${recovered.length === 1 ? '' : 's'} ${values['dry-run'] ? 'to recover' : 'recovered'}.`);
  return 0;
}
