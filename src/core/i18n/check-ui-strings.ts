/**
 * The site's UI strings (locales/<locale>.json): every content locale should have a file
 * with every key of the English one; what is missing falls back to English on the site.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics.ts';
import { uiStringsDir, UI_FALLBACK_LOCALE } from './ui-strings.ts';

export function checkUiStrings(_contentDir: string, locales: readonly string[]): Diagnostic[] {
  const dir = uiStringsDir();
  const english = readStrings(`${dir}/${UI_FALLBACK_LOCALE}.json`);
  if (!english) return [];
  const diagnostics: Diagnostic[] = [];
  const report = (file: string, line: number, message: string, hint: string) =>
    diagnostics.push({ file, line, column: 1, severity: 'warning', rule: 'ui-string-missing', message, hint });
  for (const locale of locales) {
    if (locale === UI_FALLBACK_LOCALE) continue;
    const file = `../locales/${locale}.json`;
    const strings = readStrings(`${dir}/${locale}.json`);
    if (!strings) {
      report(file, 1, `The site has no UI strings for ${locale}; its pages will show English menus and notices.`,
        `Copy locales/${UI_FALLBACK_LOCALE}.json to locales/${locale}.json and translate the values.`);
      continue;
    }
    for (const key of Object.keys(english.values)) {
      if (typeof strings.values[key] === 'string' && strings.values[key] !== '') continue;
      report(file, strings.lines.get(key) ?? 1, `UI string "${key}" is missing for ${locale}; English is shown instead.`,
        `Add "${key}" to locales/${locale}.json (English: "${String(english.values[key])}").`);
    }
  }
  return diagnostics;
}

function readStrings(path: string): { values: Record<string, unknown>; lines: Map<string, number> } | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const text = readFileSync(path, 'utf8');
    const values = JSON.parse(text) as Record<string, unknown>;
    const lines = new Map<string, number>();
    text.split('\n').forEach((line, i) => {
      const key = /^\s*"([^"]+)"\s*:/.exec(line)?.[1];
      if (key) lines.set(key, i + 1);
    });
    return { values, lines };
  } catch {
    return { values: {}, lines: new Map() };
  }
}
