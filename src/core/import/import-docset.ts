/**
 * `errata import`: copies a Microsoft-style localized docset into `content/<locale>/`.
 * Articles and media are copied byte for byte — the writer's files stay theirs — and
 * what the copy cannot fix is reported at the line that needs it: links whose case
 * differs from the file on disk, links to nothing, names a URL cannot carry.
 */
import { existsSync, mkdirSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnoseMediaLinks } from '../media/check-media-links.ts';
import { MediaIndex } from '../media/media-index.ts';
import { resolveMediaLinks } from '../media/media-links.ts';
import { errorCode, listDocset, reasonNotCopied, type SkippedFile } from './docset-files.ts';
import { checkFileNames } from '../read/file-names.ts';
import { FolderCopy } from './folder-copy.ts';
import { localeFolder } from './locale-tag.ts';
import { diagnostic } from '../diagnostics/rule-registry.ts';
import { isWithin, realContentDir } from '../read/inside-content.ts';
import { reservedLocale } from '../read/reserved-routes.ts';

export { checkMediaLinks } from '../media/check-media-links.ts';

export interface ImportOptions {
  /** The docset folder: the one holding the `*.md`, `media/` and `docfx.json`. */
  from: string;
  /** BCP 47 tag in any case (`zh-TW`); the folder is its lower-case form. */
  locale: string;
  contentDir: string;
}

export interface ImportResult {
  articles: number;
  /** Media files copied, with any other file an article links to. */
  media: number;
  /** Docset files not copied, each with the reason. */
  skipped: SkippedFile[];
  /** Files relative to the content directory, sorted for reading. */
  diagnostics: Diagnostic[];
}

/** An unusable invocation (bad tag, no docset at `from`): the CLI prints it and exits 2. */
export class ImportError extends Error {}

const utf8 = new TextDecoder('utf-8');

export async function importDocset(options: ImportOptions): Promise<ImportResult> {
  const tag = localeFolder(options.locale);
  if ('problem' in tag) throw new ImportError(tag.problem);
  const reserved = reservedLocale(tag.folder);
  if (reserved)
    throw new ImportError(
      `--locale ${options.locale}: a locale folder "${tag.folder}" would take the site's own /${tag.folder}/ (its ${reserved}); give the locale's BCP 47 tag.`,
    );
  const from = docsetFolder(options.from);
  const target = resolve(options.contentDir, tag.folder);
  const real = realTarget(target);
  // The tag is a plain name, so only a symbolic link already there can lead the import outside.
  if (existsSync(options.contentDir) && !isWithin(realContentDir(options.contentDir), real)) {
    throw new ImportError(
      `${target} is a symbolic link that leads outside the content folder (to ${real}); errata writes only inside ${options.contentDir}.`,
    );
  }
  if (isInside(from, real) || isInside(real, from))
    throw new ImportError(
      `The docset ${from} and the destination ${target} overlap; import from a folder outside the content directory.`,
    );

  const files = listDocset(from);
  const nested =
    files.articles.every((file) => file.includes('/')) && !existsSync(join(from, 'docfx.json'))
      ? nestedDocset(from)
      : undefined;
  if (nested) throw new ImportError(`${from} is not a docset but holds one: use --from ${nested}.`);
  if (files.articles.length === 0)
    throw new ImportError(`${from} holds no Markdown files; give the folder that holds the docset's *.md files.`);
  const all = [...files.articles, ...files.media, ...files.other].sort();
  const index = MediaIndex.fromFiles(all);
  const diagnostics = checkFileNames(tag.folder, all);
  // A link is skipped by the listing; the writer hears of each, where the file would have gone.
  for (const link of files.links)
    diagnostics.push(
      diagnostic({ file: `${tag.folder}/${link}`, line: 1, column: 1 }, 'file-symlink-outside', 'notImported', {
        path: link,
      }),
    );
  const skipped = [...files.skipped];
  try {
    mkdirSync(target, { recursive: true });
  } catch (error) {
    throw new ImportError(`Cannot create ${target} (${errorCode(error)}); check --content.`);
  }
  const copy = new FolderCopy(from, target, skipped, options.contentDir);

  let articles = 0;
  const linked = new Set<string>();
  for (const file of files.articles) {
    const bytes = copy.read(file);
    if (!bytes) continue;
    // Not fatal on bad UTF-8: the article is still copied, and `errata check` reports its encoding.
    const text = utf8.decode(bytes);
    const links = resolveMediaLinks(file, text, index);
    for (const link of links) if (link.resolution.target) linked.add(link.resolution.target);
    diagnostics.push(...diagnoseMediaLinks(`${tag.folder}/${file}`, text, 1, links, index));
    if (copy.write(file, bytes)) articles++;
  }
  let media = 0;
  for (const file of files.media) if (copy.copy(file)) media++;
  for (const file of files.other) {
    if (!linked.has(file)) skipped.push({ file, reason: reasonNotCopied(file) });
    else if (copy.copy(file)) media++;
  }
  return { articles, media, skipped, diagnostics: diagnostics.sort(compareDiagnostics) };
}

function docsetFolder(from: string): string {
  let stats;
  try {
    stats = statSync(from);
  } catch (error) {
    throw new ImportError(`--from ${from} cannot be read (${errorCode(error)}); give the docset folder.`);
  }
  if (!stats.isDirectory())
    throw new ImportError(
      `--from ${from} is not a folder; give the docset folder, e.g. the unpacked archive's AlchemyInsights/.`,
    );
  return realpathSync(from);
}

/** An unpacked archive wraps its docset in a folder (`AlchemyInsights/`): importing the wrapper would nest every slug. */
function nestedDocset(from: string): string | undefined {
  const entry = readdirSync(from, { withFileTypes: true }).find(
    (e) => e.isDirectory() && existsSync(join(from, e.name, 'docfx.json')),
  );
  return entry && join(from, entry.name);
}

function realTarget(target: string): string {
  // The destination may not exist yet; its nearest existing ancestor decides where it really is.
  let existing = target;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  return join(realpathSync(existing), relative(existing, target));
}

function isInside(folder: string, other: string): boolean {
  const path = relative(folder, other);
  return path === '' || (path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path));
}
