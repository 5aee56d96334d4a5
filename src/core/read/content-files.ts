/** Finds the Markdown files of a content directory, locale by locale. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

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

export function isLocaleFolder(name: string): boolean {
  return name !== REGISTRY_FOLDER && LOCALE_TAG.test(name);
}

export function listLocales(contentDir: string): string[] {
  return readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && isLocaleFolder(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/** Every `*.md` below a locale folder, media folders excluded; sorted for stable output. */
export function listLocaleFiles(contentDir: string, locale: string): ContentFile[] {
  const files: ContentFile[] = [];
  const walk = (relative: string): void => {
    for (const entry of readdirSync(join(contentDir, locale, relative), { withFileTypes: true })) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!(relative === '' && entry.name === 'media')) walk(path);
      } else if (/\.md$/i.test(entry.name) && (entry.isFile() || isFile(join(contentDir, locale, path)))) {
        files.push({ file: `${locale}/${path}`, locale, slug: path.replace(/\.md$/i, ''), absolute: join(contentDir, locale, path) });
      }
    }
  };
  walk('');
  return files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
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
