/**
 * The site's UI strings (locales/<locale>.json): every content locale should have a file
 * with every key of the English one, in its language's plural forms, keeping English's
 * `{{placeholders}}`; what is missing falls back to English on the site.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/rule-registry.ts';
import { parseUiStrings, placeholdersOf, requiredKeys, uiStringsDir, UI_FALLBACK_LOCALE } from './ui-strings.ts';

const PLURAL_FORM = /_(zero|one|two|few|many|other)$/;

export function checkUiStrings(contentDir: string, locales: readonly string[]): Diagnostic[] {
  const dir = uiStringsDir();
  // Diagnostics name files relative to the content directory, like every other diagnostic.
  const fileOf = (locale: string) => relative(contentDir, `${dir}/${locale}.json`).split('\\').join('/');
  const diagnostics: Diagnostic[] = [];

  const read = (locale: string) => {
    const path = `${dir}/${locale}.json`;
    if (!existsSync(path)) return undefined;
    const parsed = parseUiStrings(readFileSync(path, 'utf8'));
    if (parsed.ok) return parsed;
    // One diagnostic for the whole file: every string of it would otherwise be reported missing.
    const at = { file: fileOf(locale), line: parsed.line, column: parsed.column };
    diagnostics.push(
      parsed.reason === undefined
        ? diagnostic(at, 'ui-locale-file-invalid', 'notAnObject', { locale, fallback: UI_FALLBACK_LOCALE })
        : diagnostic(at, 'ui-locale-file-invalid', 'notJson', { locale, reason: parsed.reason }),
    );
    return null;
  };

  const english = read(UI_FALLBACK_LOCALE);
  if (!english) return diagnostics;
  for (const locale of locales) {
    if (locale === UI_FALLBACK_LOCALE) continue;
    const file = fileOf(locale);
    const strings = read(locale);
    if (strings === null) continue;
    if (!strings) {
      diagnostics.push(
        diagnostic({ file, line: 1, column: 1 }, 'ui-string-missing', 'noFile', {
          locale,
          fallback: UI_FALLBACK_LOCALE,
        }),
      );
      continue;
    }
    for (const { key, english: englishText } of requiredKeys(english.values, locale)) {
      const text = strings.values[key];
      const at = { file, line: strings.lines.get(key) ?? 1, column: 1 };
      if (typeof text !== 'string' || text.trim() === '') {
        diagnostics.push(diagnostic(at, 'ui-string-missing', 'missingKey', { key, locale, english: englishText }));
        continue;
      }
      // A plural form may spell its number out ("one result"), so `count` is optional there.
      const isPlural = PLURAL_FORM.test(key);
      const names = (value: string) =>
        [...new Set(placeholdersOf(value))].filter((name) => !(isPlural && name === 'count'));
      const wanted = names(englishText);
      const found = names(text);
      if (wanted.join() !== found.join()) {
        diagnostics.push(
          diagnostic(at, 'ui-string-placeholder-mismatch', 'mismatch', {
            key,
            locale,
            found: list(found),
            wanted: list(wanted),
          }),
        );
      }
    }
  }
  return diagnostics;
}

const list = (names: string[]) => (names.length ? names.map((n) => `{{${n}}}`).join(', ') : 'none');
