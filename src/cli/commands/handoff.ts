/** errata handoff --locale L [--stale] [--missing] [--slug a,b] [--pseudo] [--out FILE.xlf] [--content DIR] */
import { resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { SOURCE_LOCALE, isLocaleFolder } from '../../core/read/content-files.ts';
import { loadRegistry } from '../../core/codes/registry.ts';
import { localeFolder } from '../../core/import/locale-tag.ts';
import { makeHandoff } from '../../core/translate/handoff.ts';
import { writeXliff } from '../../core/translate/xliff-write.ts';
import { parseCommand, type CommandSpec, type Flags } from '../command.ts';
import { resolveContentDir } from '../paths.ts';
import { UsageError } from '../usage.ts';

export const HANDOFF = {
  usage:
    'errata handoff --locale LOCALE [--stale] [--missing] [--slug a,b] [--pseudo] [--out FILE.xlf] [--content DIR]',
  prose: `Writes the articles a locale needs translated as one XLIFF 2.1 file, for a translator,
a CAT tool or a translation service: one unit per Markdown block, with codes, names, inline
code, links and HTML protected, and the source each article was made from. Take the
translation back with errata takeback. --stale and --missing choose which articles (neither:
both); --slug names them. --pseudo fills every target with pseudo-localized text (accented,
30% longer, in [!! … !!]) to test the round trip and the site's layout.
Exit: 0 written (or nothing to hand off), 2 unusable invocation.`,
  flags: {
    content: { type: 'string', value: 'DIR', default: 'content', description: 'the content directory' },
    locale: { type: 'string', value: 'LOCALE', description: 'the locale to translate into (sv-se or sv-SE)' },
    stale: { type: 'boolean', default: false, description: 'hand off translations older than the newest source' },
    missing: { type: 'boolean', default: false, description: 'hand off source articles the locale has no file of' },
    slug: {
      type: 'string',
      value: 'a,b',
      description: 'hand off these articles, whatever their state (as the status page names them)',
    },
    pseudo: {
      type: 'boolean',
      default: false,
      description: 'fill the targets with pseudo-localized text, marked MT (a stand-in translation for tests)',
    },
    out: { type: 'string', value: 'FILE.xlf', defaultText: 'standard output', description: 'where to write the XLIFF' },
  },
} as const satisfies CommandSpec<Flags>;

export async function handoff(args: string[]): Promise<number> {
  const values = parseCommand(args, HANDOFF);
  if (!values) return 0;
  if (values.locale === undefined) throw new UsageError('name the locale to translate into: --locale sv-se.');
  const tag = localeFolder(values.locale);
  if ('problem' in tag) throw new UsageError(`--locale: ${tag.problem}`);
  const locale = tag.folder;
  if (locale === SOURCE_LOCALE || !isLocaleFolder(locale))
    throw new UsageError(
      `--locale ${values.locale}: the source locale, or no locale folder name, cannot be translated into.`,
    );
  if (values.out !== undefined && !values.out.trim())
    throw new UsageError('--out needs a file name, e.g. --out sv-se.xlf.');
  const contentDir = resolveContentDir(values.content);
  const { registry } = loadRegistry(contentDir);
  // Slugs keep their case (corpus slugs such as user-receives-error-Yammer-is-disabled have capitals).
  const slugs = values.slug
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (slugs?.length === 0) throw new UsageError('--slug needs at least one article, e.g. --slug my-article.');
  const result = makeHandoff({
    contentDir,
    registry,
    locale,
    stale: values.stale,
    missing: values.missing,
    pseudo: values.pseudo,
    today: new Date(),
    ...(slugs ? { slugs } : {}),
  });
  if (result.unknownSlugs.length)
    throw new UsageError(
      `--slug: no source article ${result.unknownSlugs.map((s) => `${SOURCE_LOCALE}/${s}.md`).join(', ')}.`,
    );
  for (const file of result.unreadable) console.error(`errata handoff: ${file} is not UTF-8 text; left out.`);
  const { files } = result.handoff;
  if (files.length === 0) {
    console.error(`errata handoff: nothing to hand off in ${locale}.`);
    return 0;
  }
  const xliff = writeXliff(result.handoff);
  if (values.out === undefined) process.stdout.write(xliff);
  else writeFileAtomic.sync(resolve(values.out), xliff);
  const count = (state: string) => files.filter((f) => f.state === state).length;
  const units = files.reduce((n, f) => n + f.units.length, 0);
  console.error(
    `Handed off ${files.length} article${files.length === 1 ? '' : 's'} of ${locale} (${count('stale')} stale, ${count('missing')} missing${count('current') ? `, ${count('current')} current` : ''}), ${units} units${values.out === undefined ? '' : `, to ${values.out}`}.`,
  );
  return 0;
}
