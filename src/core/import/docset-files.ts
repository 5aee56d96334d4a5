/**
 * Sorts the files of a Microsoft-style docset into what errata keeps (articles and
 * media) and the docfx machinery it does not (TOC.yml, docfx.json, breadcrumb/…),
 * saying why for each file it leaves behind.
 */
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

export interface SkippedFile {
  /** Relative to the docset folder, forward slashes. */
  file: string;
  reason: string;
}

export interface DocsetFiles {
  /** Relative to the docset folder, forward slashes, sorted. */
  articles: string[];
  /** Files below a `media/` folder at any depth. */
  media: string[];
  /** Everything else that is a file: kept only if an article links to it. */
  other: string[];
  /** Entries that are not files to consider at all (hidden, unreadable, special, links). */
  skipped: SkippedFile[];
  /** Symbolic links, which are never copied (also in `skipped`). */
  links: string[];
}

const IN_MEDIA = /(^|\/)media\//i;

export function listDocset(root: string): DocsetFiles {
  const files: DocsetFiles = { articles: [], media: [], other: [], skipped: [], links: [] };
  const walk = (relative: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(relative ? join(root, relative) : root, { withFileTypes: true });
    } catch (error) {
      files.skipped.push({ file: `${relative}/`, reason: `the folder cannot be read (${errorCode(error)})` });
      return;
    }
    for (const entry of entries) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.name.startsWith('.')) {
        files.skipped.push({
          file: entry.isDirectory() ? `${path}/` : path,
          reason: 'hidden: version control or tool settings, not content',
        });
      } else if (entry.isDirectory()) {
        walk(path);
      } else if (entry.isSymbolicLink()) {
        // A link is never copied, not even its target: it could name any file of the machine (/etc/passwd as media/x.png).
        files.skipped.push({
          file: path,
          reason: 'a symbolic link: errata import copies files, never links (copy the file itself into the docset)',
        });
        files.links.push(path);
      } else if (entry.isFile()) {
        if (IN_MEDIA.test(path)) files.media.push(path);
        else if (/\.md$/i.test(entry.name)) files.articles.push(path);
        else files.other.push(path);
      } else {
        files.skipped.push({ file: path, reason: 'not a regular file' });
      }
    }
  };
  walk('');
  for (const list of [files.articles, files.media, files.other]) list.sort();
  return files;
}

/** Why a docset file that is neither an article nor linked media stays behind. */
export function reasonNotCopied(file: string): string {
  const lower = file.toLowerCase();
  if (/(^|\/)toc\.ya?ml$/.test(lower)) return 'docfx table of contents: errata builds its own navigation';
  if (lower.startsWith('breadcrumb/')) return 'docfx breadcrumb navigation: errata builds its own';
  if (lower === 'docfx.json') return 'docfx build configuration: not used by errata';
  if (/\.ya?ml$/.test(lower)) return 'docset metadata (YAML), not an article';
  return 'neither Markdown nor under media/, and no article links to it';
}

export function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
}
