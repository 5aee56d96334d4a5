/** errata status [--content DIR] [--locales a,b] [--format markdown|json] */
import { parseArgs } from 'node:util';
import { checkContent, UnknownLocaleError } from '../../core/check/check-content.ts';
import { translationStatus } from '../../core/status/translation-status.ts';
import { statusMarkdown } from '../format/status-markdown.ts';
import { resolveContentDir } from '../paths.ts';
import { splitList, UsageError } from '../usage.ts';

const HELP = `Usage: errata status [--content DIR] [--locales a,b] [--format markdown|json]

Prints the translation status of every article in every locale: source, HT, MT,
stale or missing. Markdown is ready for a pull-request comment. Exit: 0, or 2.`;

export async function status(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      content: { type: 'string', default: 'content' },
      locales: { type: 'string' },
      format: { type: 'string', default: 'markdown' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values.format !== 'markdown' && values.format !== 'json') throw new UsageError(`--format must be markdown or json (got "${values.format}").`);
  let set;
  try {
    set = await checkContent({ contentDir: resolveContentDir(values.content), locales: splitList(values.locales) });
  } catch (error) {
    if (error instanceof UnknownLocaleError) throw new UsageError(error.message);
    throw error;
  }
  const matrix = translationStatus(set);
  console.log(values.format === 'json' ? JSON.stringify(matrix, null, 2) : statusMarkdown(matrix));
  return 0;
}
