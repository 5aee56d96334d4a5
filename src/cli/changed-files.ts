/**
 * `--changed FILES`: what a pull request touched, as the git diff names it (paths from the
 * repository root), read as content: the articles, the locales, the registry, UI strings.
 * Pull-request checks use it to summarize the changed articles and to preview only the
 * locales a change can alter.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { REGISTRY_FOLDER, listLocales } from '../core/read/content-files.ts';
import { uiStringsDir } from '../core/i18n/ui-strings.ts';

export interface ChangedContent {
  /** Changed content files, relative to the content folder (`sv-se/x.md`). */
  files: string[];
  /** `locale/slug` is not needed: an article is the same article in every locale. */
  slugs: Set<string>;
  /** Locale folders with a changed file. */
  locales: Set<string>;
  registry: boolean;
  /** Locales whose UI strings changed (`locales/<tag>.json`). */
  uiLocales: Set<string>;
}

/** A list separated by commas, spaces or lines; `@path` reads the list from a file (a diff's name list). */
export function readChanged(value: string, contentDir: string): ChangedContent {
  const text = value.startsWith('@') ? readFileSync(value.slice(1), 'utf8') : value;
  const changed: ChangedContent = {
    files: [],
    slugs: new Set(),
    locales: new Set(),
    registry: false,
    uiLocales: new Set(),
  };
  const inside = (root: string, path: string) => {
    const rel = relative(root, isAbsolute(path) ? path : resolve(path))
      .split('\\')
      .join('/');
    return rel.startsWith('../') || rel === '..' || isAbsolute(rel) ? undefined : rel;
  };
  for (const path of text.split(/[\s,]+/).filter(Boolean)) {
    const ui = inside(uiStringsDir(), path);
    if (ui !== undefined && ui.endsWith('.json')) {
      changed.uiLocales.add(ui.slice(0, -'.json'.length).toLowerCase());
      continue;
    }
    const file = inside(contentDir, path);
    if (file === undefined) continue;
    const [top, ...rest] = file.split('/');
    if (top === REGISTRY_FOLDER) {
      changed.registry = true;
      continue;
    }
    if (!top || rest.length === 0) continue;
    changed.files.push(file);
    changed.locales.add(top);
    if (file.endsWith('.md')) changed.slugs.add(rest.join('/').slice(0, -'.md'.length));
  }
  return changed;
}

/**
 * The locales whose pages a change can alter, for a preview build: those with a changed
 * file or changed UI strings; a registry change shows on the source locale's pages. At least
 * the source locale, so a preview always has pages.
 */
export function previewLocales(changed: ChangedContent, contentDir: string, sourceLocale: string): string[] {
  const available = new Set(listLocales(contentDir));
  const wanted = new Set([...changed.locales, ...changed.uiLocales].filter((l) => available.has(l)));
  if (changed.registry || wanted.size === 0)
    wanted.add(available.has(sourceLocale) ? sourceLocale : [...available][0]!);
  return [...wanted].sort();
}
