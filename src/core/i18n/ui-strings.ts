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

export function readUiStrings(locale: string): Record<string, string> {
  const path = `${uiStringsDir()}/${locale}.json`;
  if (!existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}
