/** errata import --from DIR --locale TAG [--content DIR] */
import { resolve } from 'node:path';
import { importDocset, ImportError } from '../../core/import/import-docset.ts';
import { countBySeverity } from '../../core/diagnostics/diagnostic.ts';
import { formatPretty } from '../format/pretty.ts';
import { colorsFor } from '../style.ts';
import { parseCommand, type CommandSpec, type Flags } from '../command.ts';
import { UsageError } from '../usage.ts';

export const IMPORT = {
  usage: 'errata import --from DIR --locale TAG [--content DIR]',
  prose: `Copies a Microsoft-style localized docset (a folder of *.md plus media/) into
<content>/<tag>/, resolving media links whose case differs from the files on disk.
Exit: 0 imported, 1 imported with errors, 2 unusable invocation.`,
  flags: {
    from: { type: 'string', value: 'DIR', description: 'the docset folder (required)' },
    locale: { type: 'string', value: 'TAG', description: "the docset's locale, e.g. zh-TW (required)" },
    content: { type: 'string', value: 'DIR', default: 'content', description: 'the content directory' },
  },
} as const satisfies CommandSpec<Flags>;

export async function importCommand(args: string[]): Promise<number> {
  const values = parseCommand(args, IMPORT);
  if (!values) return 0;
  if (!values.from || !values.locale) throw new UsageError('--from DIR and --locale TAG are both required.');
  let result;
  try {
    result = await importDocset({
      from: resolve(values.from),
      locale: values.locale,
      contentDir: resolve(values.content),
    });
  } catch (error) {
    if (error instanceof ImportError) throw new UsageError(error.message);
    throw error;
  }
  if (result.diagnostics.length > 0) {
    console.log(
      formatPretty(result.diagnostics, result.articles, {
        contentDir: resolve(values.content),
        color: colorsFor(process.stdout),
      }),
    );
  }
  console.log(
    `Imported ${result.articles} articles and ${result.media} media files into ${values.content}/${values.locale.toLowerCase()}/; ${result.skipped.length} docset files not copied.`,
  );
  return countBySeverity(result.diagnostics).error > 0 ? 1 : 0;
}
