/** errata check [--content DIR] [--locales a,b] [--format pretty|json|github|markdown] [--changed FILES] */
import { allDiagnostics, checkContent } from '../../core/check/check-content.ts';
import { compareDiagnostics } from '../../core/diagnostics/diagnostic.ts';
import { checkUiStrings } from '../../core/i18n/check-ui-strings.ts';
import { readChanged } from '../changed-files.ts';
import { formatCheckMarkdown } from '../format/check-markdown.ts';
import { formatGithub } from '../format/github.ts';
import { formatJson } from '../format/json.ts';
import { formatPretty } from '../format/pretty.ts';
import { colorsFor } from '../style.ts';
import { parseCommand, type CommandSpec, type Flags } from '../command.ts';
import { resolveContentDir } from '../paths.ts';
import { splitList, UsageError } from '../usage.ts';

export const CHECK = {
  usage: 'errata check [--content DIR] [--locales a,b] [--format pretty|json|github|markdown] [--changed FILES]',
  prose: `Validates front matter, error codes, side-by-side markup, HTML, media links and
cross-locale consistency; reports every problem in one run. github prints annotations for
a pull request; markdown a summary for its comment, by rule, of the --changed files.
Exit: 0 no errors, 1 errors, 2 unusable invocation.`,
  flags: {
    content: { type: 'string', value: 'DIR', default: 'content', description: 'the content directory' },
    locales: {
      type: 'string',
      value: 'a,b',
      defaultText: 'every locale',
      description: 'only these locales (lower-case tags, as the folders are named)',
    },
    format: {
      type: 'string',
      value: 'pretty|json|github|markdown',
      default: 'pretty',
      description: 'how the problems are printed',
    },
    changed: {
      type: 'string',
      value: 'FILES',
      description:
        'the files a pull request changed, for --format markdown (paths from the repository root, separated by commas, spaces or lines; @FILE reads them from a file)',
    },
  },
} as const satisfies CommandSpec<Flags>;

export async function check(args: string[]): Promise<number> {
  const values = parseCommand(args, CHECK);
  if (!values) return 0;
  const format = values.format;
  if (format !== 'pretty' && format !== 'json' && format !== 'github' && format !== 'markdown')
    throw new UsageError(`--format must be pretty, json, github or markdown (got "${format}").`);
  const contentDir = resolveContentDir(values.content);
  const set = await checkContent({ contentDir, locales: splitList(values.locales) });
  const diagnostics = [...allDiagnostics(set), ...checkUiStrings(contentDir, set.locales)].sort(compareDiagnostics);
  if (format === 'json') {
    console.log(
      formatJson({ files: set.files.length, articles: set.articles.length, locales: set.locales, diagnostics }),
    );
  } else if (format === 'markdown') {
    console.log(
      formatCheckMarkdown(
        diagnostics,
        values.changed === undefined ? undefined : readChanged(values.changed, contentDir).files,
      ),
    );
  } else if (format === 'github') {
    const text = formatGithub(diagnostics, contentDir);
    if (text) console.log(text);
  } else {
    console.log(formatPretty(diagnostics, set.files.length, { contentDir, color: colorsFor(process.stdout) }));
  }
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
