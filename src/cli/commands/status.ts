/** errata status [--content DIR] [--locales a,b] [--format markdown|json] [--changed FILES] */
import { checkContent } from '../../core/check/check-content.ts';
import { SOURCE_LOCALE } from '../../core/read/content-files.ts';
import { translationStatus, type StatusRow } from '../../core/status/translation-status.ts';
import { handoffCommand } from '../../core/translate/handoff-command.ts';
import { readChanged } from '../changed-files.ts';
import { statusMarkdown } from '../format/status-markdown.ts';
import { parseCommand, type CommandSpec, type Flags } from '../command.ts';
import { resolveContentDir } from '../paths.ts';
import { splitList, UsageError } from '../usage.ts';

export const STATUS = {
  usage: 'errata status [--content DIR] [--locales a,b] [--format markdown|json] [--changed FILES]',
  prose: `Prints the translation status of every article in every locale: source, HT, MT,
stale or missing, with the errata handoff command that sends the stale and missing ones to
translation. Markdown is ready for a pull-request comment. --changed keeps the articles a
pull request changed, and names the translations a changed source article leaves behind.
Exit: 0, or 2.`,
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
      value: 'markdown|json',
      default: 'markdown',
      description: 'Markdown for a pull-request comment, or JSON',
    },
    changed: {
      type: 'string',
      value: 'FILES',
      defaultText: 'every article',
      description:
        'only the articles of these changed files (paths from the repository root; @FILE reads them from a file)',
    },
  },
} as const satisfies CommandSpec<Flags>;

export async function status(args: string[]): Promise<number> {
  const values = parseCommand(args, STATUS);
  if (!values) return 0;
  if (values.format !== 'markdown' && values.format !== 'json')
    throw new UsageError(`--format must be markdown or json (got "${values.format}").`);
  const contentDir = resolveContentDir(values.content);
  const set = await checkContent({ contentDir, locales: splitList(values.locales) });
  const changed = values.changed === undefined ? undefined : readChanged(values.changed, contentDir);
  const slugs = changed?.slugs;
  const matrix = translationStatus(
    slugs ? { locales: set.locales, articles: set.articles.filter((a) => slugs.has(a.slug)) } : set,
  );
  // A changed source article: its slug, for the comment's list of translations made from the text before.
  const changedSources = new Set(
    (changed?.files ?? [])
      .filter((f) => f.startsWith(`${SOURCE_LOCALE}/`) && f.endsWith('.md'))
      .map((f) => f.slice(SOURCE_LOCALE.length + 1, -3)),
  );
  console.log(
    values.format === 'json'
      ? JSON.stringify({ ...matrix, rows: matrix.rows.map(withHandoff) }, null, 2)
      : statusMarkdown(matrix, changedSources),
  );
  return 0;
}

/** A row with, for each locale where it is stale or missing, the command that hands it off. */
function withHandoff(row: StatusRow): StatusRow & { handoff: Record<string, string> } {
  const handoff: Record<string, string> = {};
  for (const [locale, cell] of Object.entries(row.cells))
    if (cell === 'stale' || cell === 'missing') handoff[locale] = handoffCommand(locale, { slugs: [row.slug] });
  return { ...row, handoff };
}
