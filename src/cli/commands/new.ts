/** errata new <slug> [--locale en-us] [--title TEXT] [--code CODE] [--content DIR] */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { readHandoffs } from '../../core/check/read-handoffs.ts';
import { SOURCE_LOCALE, isFile, listLocaleFiles, listLocales } from '../../core/read/content-files.ts';
import { loadRegistry } from '../../core/codes/registry.ts';
import { localeFolder } from '../../core/import/locale-tag.ts';
import { parseFrontMatter } from '../../core/parse/front-matter.ts';
import { decodeText } from '../../core/read/text-file.ts';
import { newArticleText, slugProblem, translationKeys } from '../../core/scaffold/new-article.ts';
import { registerCode } from '../../core/scaffold/register-code.ts';
import { parseCommand, type CommandSpec, type Flags } from '../command.ts';
import { resolveContentDir } from '../paths.ts';
import { UsageError } from '../usage.ts';

export const NEW = {
  usage: 'errata new <slug> [--locale en-us] [--title TEXT] [--code CODE] [--content DIR]',
  prose: `Writes content/<locale>/<slug>.md with front matter that passes errata check: the title,
today's ms.date (M/D/YYYY) and every key the locale needs (a translation gets its
localization keys, as a human translation of the newest source). With --code, the code is
named in the article and, when the registry does not list it, added to its family's file
under error-codes/, with this article among its articles. Never overwrites a file.
Exit: 0 written, 1 the article exists or the code fits no family, 2 unusable invocation.`,
  flags: {
    content: { type: 'string', value: 'DIR', default: 'content', description: 'the content directory' },
    locale: {
      type: 'string',
      value: 'LOCALE',
      default: SOURCE_LOCALE,
      description: 'the locale to write the article in',
    },
    title: {
      type: 'string',
      value: 'TEXT',
      defaultText: "the source article's title, or one made from the code or the slug",
      description: "the article's title",
    },
    code: {
      type: 'string',
      value: 'CODE',
      description: 'an error code the article is about (registered when the registry does not list it)',
    },
  },
} as const satisfies CommandSpec<Flags>;

export async function newArticle(args: string[]): Promise<number> {
  // The slug comes first; everything after it is options.
  const slug = args[0] !== undefined && !args[0].startsWith('-') ? args[0] : undefined;
  const rest = slug === undefined ? args : args.slice(1);
  const values = parseCommand(rest, NEW);
  if (!values) return 0;
  if (!slug) throw new UsageError('name the article: errata new <slug>.');
  const slugIssue = slugProblem(slug);
  if (slugIssue) throw new UsageError(slugIssue);
  const tag = localeFolder(values.locale);
  if ('problem' in tag) throw new UsageError(`--locale: ${tag.problem}`);
  const contentDir = resolveContentDir(values.content);
  const locale = tag.folder;
  const path = join(contentDir, locale, `${slug}.md`);

  let code: string | undefined;
  let summary: string | undefined;
  let registryEdit: { file: string; text: string; added: boolean } | undefined;
  if (values.code !== undefined) {
    const { registry } = loadRegistry(contentDir);
    const registration = registerCode(contentDir, registry, values.code, slug);
    if ('problem' in registration) {
      console.error(`errata new: ${registration.problem}`);
      return 1;
    }
    ({ code, summary } = registration);
    registryEdit = registration;
  }
  const source = locale === SOURCE_LOCALE ? undefined : sourceArticle(contentDir, slug);
  const title = values.title ?? source?.title ?? (code ? `Troubleshoot ${code} error` : titleFromSlug(slug));
  const article = {
    slug,
    locale,
    sourceLocale: SOURCE_LOCALE,
    title,
    today: new Date(),
    ...(code ? { code } : {}),
    ...(summary ? { summary } : {}),
    ...(source ? { sourceBody: source.body } : {}),
  };
  const translation =
    locale === SOURCE_LOCALE
      ? undefined
      : translationKeys(
          article,
          contentDir,
          readHandoffs(listLocales(contentDir).flatMap((l) => listLocaleFiles(contentDir, l))),
        );

  mkdirSync(dirname(path), { recursive: true });
  try {
    // 'wx' fails when the file exists: an article is never overwritten, not even in a race.
    writeFileSync(path, newArticleText(article, translation), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    console.error(
      `errata new: ${locale}/${slug}.md exists already; nothing was written. Edit it, or choose another slug.`,
    );
    return 1;
  }
  console.log(`Wrote ${locale}/${slug}.md`);
  if (registryEdit) {
    writeFileAtomic.sync(join(contentDir, registryEdit.file), registryEdit.text);
    console.log(`${registryEdit.added ? 'Registered' : 'Listed the article under'} ${code} in ${registryEdit.file}`);
  }
  return 0;
}

/** The source article a new translation starts from, when there is one. */
function sourceArticle(contentDir: string, slug: string): { title?: string; body: string } | undefined {
  const file = `${SOURCE_LOCALE}/${slug}.md`;
  if (!isFile(join(contentDir, file))) return undefined;
  const decoded = decodeText(file, readFileSync(join(contentDir, file)));
  if (!('text' in decoded)) return undefined;
  const fm = parseFrontMatter(file, decoded.text);
  const title = fm.values.get('title')?.value;
  return { body: fm.body, ...(typeof title === 'string' ? { title } : {}) };
}

function titleFromSlug(slug: string): string {
  const words = slug.split('/').at(-1)!.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
