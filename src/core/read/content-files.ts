/** Finds the Markdown files of a content directory, locale by locale. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isInsideContent, realPathInside } from './inside-content.ts';
import { reservedLocale } from './reserved-routes.ts';

/** The locale articles are written in and translated from; its folder holds the source articles. */
export const SOURCE_LOCALE = 'en-us';

/** A locale asked for (`--locales`) that the content has no folder for: the command says which, and which there are. */
export class UnknownLocaleError extends Error {}

/** Folders under content/ that are not locales. */
export const REGISTRY_FOLDER = 'error-codes';
const LOCALE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;

export interface ContentFile {
  /** Relative to the content directory, forward slashes. */
  file: string;
  locale: string;
  slug: string;
  absolute: string;
}

/** The locales asked for, all of them by default; an UnknownLocaleError names any that do not exist. */
export function wantedLocales(contentDir: string, locales?: string[], available = listLocales(contentDir)): string[] {
  const unknown = (locales ?? []).filter((l) => !available.includes(l));
  if (unknown.length > 0)
    throw new UnknownLocaleError(
      `No such locale folder in ${contentDir}: ${unknown.join(', ')} (found: ${available.join(', ') || 'none'}).`,
    );
  return locales ?? available;
}

/** A folder name that is a locale: a lower-case tag, and not one of the site's own paths (`api`). */
export function isLocaleFolder(name: string): boolean {
  return name !== REGISTRY_FOLDER && LOCALE_TAG.test(name) && reservedLocale(name) === undefined;
}

/**
 * Folders named like a locale that would take one of the site's own paths (`api/`): not
 * locales — listLocales leaves them out — but their files are accounted for (slug-reserved).
 */
export function reservedLocaleFolders(contentDir: string): string[] {
  return readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && LOCALE_TAG.test(entry.name) && reservedLocale(entry.name) !== undefined)
    .map((entry) => entry.name)
    .sort();
}

/** A symbolic link found while listing that leads outside the content folder: reported, never read. */
export interface RefusedLink {
  /** Relative to the content directory, forward slashes. */
  file: string;
  locale: string;
  slug: string;
  folder: boolean;
}

/**
 * The locale folders, sorted. A locale folder that is a symbolic link is followed when it
 * stays inside the content folder; one that leads outside goes to `refused` instead.
 */
export function listLocales(contentDir: string, refused?: RefusedLink[]): string[] {
  return readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => {
      if (!isLocaleFolder(entry.name)) return false;
      if (entry.isDirectory()) return true;
      if (!entry.isSymbolicLink() || !isFolder(join(contentDir, entry.name))) return false;
      if (isInsideContent(contentDir, entry.name)) return true;
      refused?.push({ file: entry.name, locale: entry.name, slug: '', folder: true });
      return false;
    })
    .map((entry) => entry.name)
    .sort();
}

/**
 * Every `*.md` below a locale folder, media folders excluded; sorted for stable output.
 * Symbolic links are followed where they stay inside the content folder (a folder linked
 * into itself is listed once); links that lead outside go to `refused`, not to the list.
 */
export function listLocaleFiles(contentDir: string, locale: string, refused?: RefusedLink[]): ContentFile[] {
  const files: ContentFile[] = [];
  const walking = new Set<string>();
  const walk = (relative: string): void => {
    const folder = join(contentDir, locale, relative);
    const real = realPathInside(contentDir, folder);
    if (real === undefined || walking.has(real)) return;
    walking.add(real);
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      const absolute = join(contentDir, locale, path);
      const isMarkdown = /\.md$/i.test(entry.name);
      let isDirectory = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        isDirectory = isFolder(absolute);
        if (!isDirectory && !isMarkdown) continue;
        if (!isInsideContent(contentDir, absolute)) {
          if (!(relative === '' && entry.name === 'media'))
            refused?.push({ file: `${locale}/${path}`, locale, slug: path.replace(/\.md$/i, ''), folder: isDirectory });
          continue;
        }
      }
      if (isDirectory) {
        if (!(relative === '' && entry.name === 'media')) walk(path);
      } else if (isMarkdown && (entry.isFile() || isFile(absolute))) {
        files.push({ file: `${locale}/${path}`, locale, slug: path.replace(/\.md$/i, ''), absolute });
      }
    }
    walking.delete(real);
  };
  walk('');
  return files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A regular file, following links; false for anything that cannot be stat'ed. */
export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Include fragments are Markdown that is not a page of its own. */
export function isPageSlug(slug: string): boolean {
  return !/(^|\/)includes\//.test(slug);
}

/** Markdown files per locale of a content folder. */
export function localeSizes(contentDir: string): Map<string, number> {
  return new Map(listLocales(contentDir).map((locale) => [locale, listLocaleFiles(contentDir, locale).length]));
}
