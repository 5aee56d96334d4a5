/**
 * What changed in the content folder and the UI strings, for `errata dev`. chokidar watches
 * folders only: a watcher per file would be ~87,000 of them on the 30-locale corpus (20 s to
 * start, 700 MB), while a folder's watch already reports every change to the files in it
 * (chokidar's raw events name the file). Symbolic links are not followed, so nothing outside
 * the content folder is watched. Events of one file within a few milliseconds (an editor's
 * write-then-rename) are one change.
 */
import { existsSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import chokidar from 'chokidar';
import { REGISTRY_FOLDER, isFile, isLocaleFolder } from '../core/read/content-files.ts';

export type ContentChange =
  /** An article's file was written, created, renamed or deleted: `exists` says which side of it this is. */
  | { kind: 'article'; locale: string; slug: string; exists: boolean }
  | { kind: 'media'; locale: string }
  | { kind: 'site'; what: string };

/** Names that are files for sure: not stat'ed at start (87,000 stats are most of a watcher's start-up). */
const FILE_NAME = /\.(md|markdown|png|jpe?g|gif|svg|webp|ico|ya?ml|json|txt|html?)$/i;
const SETTLE_MS = 40;

/**
 * `ready`: the folders are all watched. A save before that is not seen (chokidar reads the
 * folders first: ~2 s for the 30-locale corpus's 87,000 files), so the server says its URL only
 * then.
 */
export function watchContent(options: {
  contentDir: string;
  uiStringsDir: string;
  onChange: (change: ContentChange) => void;
}): { ready: Promise<void>; close(): Promise<void> } {
  const { contentDir } = options;
  const pending = new Map<string, NodeJS.Timeout>();

  const settle = (absolute: string) => {
    clearTimeout(pending.get(absolute));
    pending.set(
      absolute,
      setTimeout(() => {
        pending.delete(absolute);
        const change = classify(absolute);
        if (change) options.onChange(change);
      }, SETTLE_MS),
    );
  };

  const classify = (absolute: string): ContentChange | undefined => {
    if (absolute.startsWith(options.uiStringsDir + sep))
      return absolute.endsWith('.json') ? { kind: 'site', what: `The UI strings (${basename(absolute)})` } : undefined;
    const path = relative(contentDir, absolute).split(sep).join('/');
    if (path.startsWith('..')) return undefined;
    const [top, ...rest] = path.split('/');
    if (top === REGISTRY_FOLDER) return { kind: 'site', what: `The registry (${path})` };
    if (!top || !isLocaleFolder(top)) return undefined;
    if (rest.length === 0) return { kind: 'site', what: `The locale folder ${top}` };
    if (rest[0] === 'media') return { kind: 'media', locale: top };
    if (!/\.md$/i.test(path)) return undefined;
    return { kind: 'article', locale: top, slug: rest.join('/').replace(/\.md$/i, ''), exists: isFile(absolute) };
  };

  const content = chokidar.watch(contentDir, {
    ignoreInitial: true,
    followSymlinks: false,
    ignored: (path, stats) => (stats ? !stats.isDirectory() : FILE_NAME.test(path)),
  });
  content.on('raw', (_event, name, details) => {
    const folder = (details as { watchedPath?: string }).watchedPath;
    if (!folder || !name) return;
    const absolute = folder.endsWith(`${sep}${name}`) || folder === name ? folder : join(folder, name);
    settle(absolute);
  });
  content.on('addDir', (path) => settle(path));
  content.on('unlinkDir', (path) => settle(path));
  content.on('error', () => undefined);
  const strings = existsSync(options.uiStringsDir)
    ? chokidar.watch(options.uiStringsDir, { ignoreInitial: true, followSymlinks: false, depth: 0 })
    : undefined;
  strings?.on('all', (_event, path) => settle(path));
  strings?.on('error', () => undefined);
  // Not events.once: that would fail on an 'error' event, which a folder's watch may give and is ignored.
  const readyOf = (watcher: typeof content) => new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  const ready = Promise.all([readyOf(content), strings ? readyOf(strings) : undefined]).then(() => undefined);
  return {
    ready,
    async close() {
      for (const timer of pending.values()) clearTimeout(timer);
      await Promise.all([content.close(), strings?.close()]);
    },
  };
}
