/** Checks parsed front matter against the known keys and turns it into ArticleMeta. */
import type { Diagnostic, Position } from '../diagnostics.ts';
import type { ArticleMeta } from '../model.ts';
import type { ParsedFrontMatter } from '../parse/front-matter.ts';
import { toIsoDate } from './dates.ts';
import { didYouMean } from './did-you-mean.ts';
import { FRONT_MATTER_KEYS, KNOWN_KEYS, TRANSLATION_KEYS } from './front-matter-keys.ts';

export interface FrontMatterContext {
  file: string;
  /** Lower-case folder tag. */
  locale: string;
  isSourceLocale: boolean;
  /** Include fragments need no title or translation keys. */
  isPage?: boolean;
}

export function validateFrontMatter(fm: ParsedFrontMatter, context: FrontMatterContext): { meta: ArticleMeta; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report = (at: Position, severity: Diagnostic['severity'], rule: string, message: string, hint: string) =>
    diagnostics.push({ file: context.file, line: at.line, column: at.column, severity, rule, message, hint });

  const raw: Record<string, unknown> = Object.create(null);
  const keyLines: Record<string, number> = Object.create(null);
  for (const entry of fm.entries) {
    raw[entry.key] = entry.value;
    keyLines[entry.key] = entry.keyAt.line;
    const schema = Object.hasOwn(FRONT_MATTER_KEYS, entry.key) ? FRONT_MATTER_KEYS[entry.key] : undefined;
    if (!schema) {
      const suggestion = didYouMean(entry.key, KNOWN_KEYS);
      report(entry.keyAt, 'warning', 'front-matter-unknown-key',
        `Unknown front-matter key "${entry.key}"${suggestion ? `; did you mean "${suggestion}"?` : '.'}`,
        suggestion ? `Rename the key to "${suggestion}".` : `Remove the key, or use one of: ${KNOWN_KEYS.slice(0, 6).join(', ')}, ….`);
      continue;
    }
    if ((entry.key === 'ms.date' || entry.key === 'ms.lasthandoff') && (entry.value === '' || entry.value === null)) {
      report(entry.valueAt, 'warning', 'front-matter-date-empty', `"${entry.key}" is empty.`,
        `Set "${entry.key}" to the date written M/D/YYYY, or remove the line.`);
      continue;
    }
    const result = schema.safeParse(entry.value);
    if (!result.success) {
      const problem = result.error.issues[0]?.message ?? 'is not valid';
      report(entry.valueAt, 'error', 'front-matter-invalid-value',
        `"${entry.key}" ${problem.startsWith('must') ? problem : `is not valid: ${problem}`} (found ${describe(entry.value)}).`,
        hintFor(entry.key));
    }
  }

  const bodyStart = { line: 1, column: 1 };
  const isPage = context.isPage ?? true;
  if (isPage && !fm.values.has('title') && fm.diagnostics.length === 0) {
    report(bodyStart, 'error', 'front-matter-missing-key', 'The front matter has no "title".', 'Add a line "title: …" with the article\'s title.');
  }
  const contentLocale = stringValue(raw['ms.contentlocale']);
  if (isPage && !context.isSourceLocale && fm.diagnostics.length === 0) {
    for (const key of TRANSLATION_KEYS) {
      if (!fm.values.has(key)) {
        report(bodyStart, 'warning', 'front-matter-missing-key', `The translation has no "${key}".`,
          `Add "${key}"; the localization system normally writes it.`);
      }
    }
  }
  const localeEntry = fm.values.get('ms.contentlocale');
  if (localeEntry && contentLocale && contentLocale.toLowerCase() !== context.locale) {
    report(localeEntry.valueAt, 'error', 'front-matter-locale-mismatch',
      `"ms.contentlocale" is ${contentLocale} but the file is in the ${context.locale}/ folder.`,
      `Move the file to ${contentLocale.toLowerCase()}/ or set ms.contentlocale to the folder's locale.`);
  }

  const translationType = stringValue(raw['ms.translationtype']);
  const robots = (stringValue(raw.ROBOTS) ?? '').toUpperCase();
  const meta: ArticleMeta = {
    title: stringValue(raw.title)?.trim() ?? '',
    translation: context.isSourceLocale ? 'source' : translationType === 'HT' ? 'HT' : 'MT',
    robots: { index: !robots.includes('NOINDEX'), follow: !robots.includes('NOFOLLOW') },
    raw,
    keyLines,
  };
  const description = stringValue(raw.description);
  if (description) meta.description = description;
  const date = toIsoDate(stringValue(raw['ms.date']) ?? '');
  if (date) meta.date = date;
  if (contentLocale) meta.contentLocale = contentLocale;
  const hash = stringValue(raw['ms.openlocfilehash']);
  if (hash) meta.openLocFileHash = hash;
  const handoff = toIsoDate(stringValue(raw['ms.lasthandoff']) ?? '');
  if (handoff) meta.lastHandoff = handoff;
  return { meta, diagnostics };
}

function stringValue(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  const shown = JSON.stringify(value);
  return shown.length > 40 ? `${shown.slice(0, 37)}…"` : shown;
}

function hintFor(key: string): string {
  switch (key) {
    case 'ms.date':
    case 'ms.lasthandoff':
      return `Write "${key}" as M/D/YYYY with a real calendar date, e.g. 03/19/2021.`;
    case 'ms.translationtype':
      return 'Use HT for human translation or MT for machine translation.';
    case 'ROBOTS':
      return 'Write for example "NOINDEX, NOFOLLOW".';
    case 'localization_priority':
      return 'Use Normal, Priority, Critical or Once.';
    case 'title':
      return 'Give the article a one-line title.';
    default:
      return `Correct the value of "${key}".`;
  }
}
