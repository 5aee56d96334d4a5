/** errata check [--content DIR] [--locales a,b] [--format pretty|json|github|markdown] [--changed FILES] */
import { allDiagnostics, checkContent } from '../../core/check/check-content.ts';
import { compareDiagnostics } from '../../core/diagnostics.ts';
import { checkUiStrings } from '../../core/i18n/check-ui-strings.ts';
import { readChanged } from '../changed-files.ts';
import { formatCheckMarkdown } from '../format/check-markdown.ts';
import { formatGithub } from '../format/github.ts';
import { formatJson } from '../format/json.ts';
import { formatPretty } from '../format/pretty.ts';
import { parseCommand } from '../command.ts';
import { resolveContentDir } from '../paths.ts';
import { splitList, UsageError } from '../usage.ts';

const HELP = `Usage: errata check [--content DIR] [--locales a,b] [--format pretty|json|github|markdown] [--changed FILES]

Validates front matter, error codes, side-by-side markup, HTML, media links and
cross-locale consistency; reports every problem in one run. github prints annotations for
a pull request; markdown a summary for its comment, by rule, of the --changed files (paths
from the repository root, separated by commas, spaces or lines; @FILE reads them from a file).
Exit: 0 no errors, 1 errors, 2 unusable invocation.`;

export async function check(args: string[]): Promise<number> {
  const values = parseCommand(args, {
    content: { type: 'string', default: 'content' },
    locales: { type: 'string' },
    format: { type: 'string', default: 'pretty' },
    changed: { type: 'string' },
  }, HELP);
  if (!values) return 0;
  const format = values.format;
  if (format !== 'pretty' && format !== 'json' && format !== 'github' && format !== 'markdown') throw new UsageError(`--format must be pretty, json, github or markdown (got "${format}").`);
  const contentDir = resolveContentDir(values.content);
  const set = await checkContent({ contentDir, locales: splitList(values.locales) });
  const diagnostics = [...allDiagnostics(set), ...checkUiStrings(contentDir, set.locales)].sort(compareDiagnostics);
  if (format === 'json') {
    console.log(formatJson({ files: set.files.length, articles: set.articles.length, locales: set.locales, diagnostics }));
  } else if (format === 'markdown') {
    console.log(formatCheckMarkdown(diagnostics, values.changed === undefined ? undefined : readChanged(values.changed, contentDir).files));
  } else if (format === 'github') {
    const text = formatGithub(diagnostics, contentDir);
    if (text) console.log(text);
  } else {
    console.log(formatPretty(diagnostics, set.files.length, { contentDir, color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR }));
  }
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
