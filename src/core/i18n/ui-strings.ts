/** Where the site's UI strings live and how a locale's set is read (flat dotted keys). */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const UI_FALLBACK_LOCALE = 'en-us';

/** `$ERRATA_LOCALES_DIR`, else `locales/` of the project being built (cwd), else the one errata ships. */
export function uiStringsDir(): string {
  if (process.env.ERRATA_LOCALES_DIR) return process.env.ERRATA_LOCALES_DIR;
  const local = resolve('locales');
  return existsSync(local) ? local : fileURLToPath(new URL('../../../locales', import.meta.url));
}

/** A locale file read as text: its strings, or why it cannot be read, at the line and column where it breaks. */
export type ParsedUiStrings =
  | { ok: true; values: Record<string, unknown>; lines: Map<string, number> }
  /** `reason` is JSON's complaint; none when the JSON is fine but is not one object. */
  | { ok: false; line: number; column: number; reason?: string };

export function parseUiStrings(text: string): ParsedUiStrings {
  let values: unknown;
  try {
    values = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    let position = Number(/at position (\d+)/.exec(message)?.[1] ?? text.length);
    // V8 appends the position in its own words; the diagnostic states it once, as line and column.
    let reason = message.replace(/\s*(in JSON )?at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)/, '');
    // The commonest slip, said plainly and shown where it is: V8 points at the `}` after it.
    const comma = /,\s*$/.exec(text.slice(0, position));
    if (comma && /^[}\]]/.test(text.slice(position))) {
      position = comma.index;
      reason = `a trailing comma before "${text[comma.index + comma[0].length]}"`;
    }
    const before = text.slice(0, position).split('\n');
    return { ok: false, line: before.length, column: before.at(-1)!.length + 1, reason };
  }
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    return { ok: false, line: 1, column: 1 };
  }
  const lines = new Map<string, number>();
  text.split('\n').forEach((line, i) => {
    const key = /^\s*"([^"]+)"\s*:/.exec(line)?.[1];
    if (key) lines.set(key, i + 1);
  });
  return { ok: true, values: values as Record<string, unknown>, lines };
}

/** A locale's strings for the site; an unreadable file gives none (check reports it), so English shows. */
export function readUiStrings(locale: string): Record<string, string> {
  const path = `${uiStringsDir()}/${locale}.json`;
  if (!existsSync(path)) return {};
  const parsed = parseUiStrings(readFileSync(path, 'utf8'));
  if (!parsed.ok) return {};
  return Object.fromEntries(
    Object.entries(parsed.values).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/** The `{{name}}` placeholders of a string, sorted. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]!).sort();
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/**
 * The keys a locale needs to match English: every English key, except that a plural key
 * (`x_one`, `x_other`) is needed in the plural forms of the locale's own language
 * (Russian `x_one`, `x_few`, `x_many`, `x_other`; Japanese only `x_other`), as i18next picks them.
 */
export function requiredKeys(english: Record<string, unknown>, locale: string): { key: string; english: string }[] {
  const pluralBases = new Set(
    Object.keys(english)
      .filter((k) => k.endsWith('_other'))
      .map((k) => k.slice(0, -'_other'.length)),
  );
  const categories = pluralCategories(locale);
  const required: { key: string; english: string }[] = [];
  for (const [key, value] of Object.entries(english)) {
    const base = key.replace(PLURAL_SUFFIX, '');
    if (base !== key && pluralBases.has(base)) {
      // Each plural base once, at its `_other` form, in the locale's categories.
      if (!key.endsWith('_other')) continue;
      for (const category of categories)
        required.push({ key: `${base}_${category}`, english: String(english[`${base}_${category}`] ?? value) });
      continue;
    }
    required.push({ key, english: String(value) });
  }
  return required;
}

function pluralCategories(locale: string): string[] {
  try {
    return new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  } catch {
    return ['one', 'other'];
  }
}
