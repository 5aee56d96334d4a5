/** Checks parsed front matter against the known keys and turns it into ArticleMeta. */
import type { Diagnostic, Position } from '../diagnostics/diagnostic.ts';
import { diagnostic, type DataArgument, type MessageId, type RuleId } from '../diagnostics/rule-registry.ts';
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

export function validateFrontMatter(
  fm: ParsedFrontMatter,
  context: FrontMatterContext,
): { meta: ArticleMeta; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report = <R extends RuleId, M extends MessageId<R>>(
    at: Position,
    rule: R,
    messageId: M,
    ...data: DataArgument<R, M>
  ) => diagnostics.push(diagnostic({ file: context.file, ...at }, rule, messageId, ...data));

  const raw: Record<string, unknown> = Object.create(null);
  const keyLines: Record<string, number> = Object.create(null);
  for (const entry of fm.entries) {
    raw[entry.key] = entry.value;
    keyLines[entry.key] = entry.keyAt.line;
    const schema = Object.hasOwn(FRONT_MATTER_KEYS, entry.key) ? FRONT_MATTER_KEYS[entry.key] : undefined;
    if (!schema) {
      const suggestion = didYouMean(entry.key, KNOWN_KEYS);
      if (suggestion) report(entry.keyAt, 'front-matter-unknown-key', 'unknownSuggest', { key: entry.key, suggestion });
      else
        report(entry.keyAt, 'front-matter-unknown-key', 'unknown', {
          key: entry.key,
          known: KNOWN_KEYS.slice(0, 6).join(', '),
        });
      continue;
    }
    if ((entry.key === 'ms.date' || entry.key === 'ms.lasthandoff') && (entry.value === '' || entry.value === null)) {
      report(entry.valueAt, 'front-matter-date-empty', 'empty', { key: entry.key });
      continue;
    }
    const result = schema.safeParse(entry.value);
    if (!result.success) {
      const problem = result.error.issues[0]?.message ?? 'is not valid';
      report(entry.valueAt, 'front-matter-invalid-value', invalidValueMessage(entry.key), {
        key: entry.key,
        problem: problem.startsWith('must') ? problem : `is not valid: ${problem}`,
        found: describe(entry.value),
      });
    }
  }

  const bodyStart = { line: 1, column: 1 };
  const isPage = context.isPage ?? true;
  if (isPage && !fm.values.has('title') && fm.diagnostics.length === 0) {
    report(bodyStart, 'front-matter-missing-key', 'noTitle');
  }
  const contentLocale = stringValue(raw['ms.contentlocale']);
  if (isPage && !context.isSourceLocale && fm.diagnostics.length === 0) {
    for (const key of TRANSLATION_KEYS) {
      if (!fm.values.has(key)) {
        report(bodyStart, 'front-matter-missing-key', 'noTranslationKey', { key });
      }
    }
  }
  const localeEntry = fm.values.get('ms.contentlocale');
  if (localeEntry && contentLocale && contentLocale.toLowerCase() !== context.locale) {
    report(localeEntry.valueAt, 'front-matter-locale-mismatch', 'mismatch', {
      contentLocale,
      locale: context.locale,
      folder: contentLocale.toLowerCase(),
    });
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

/** The message whose hint says how a value of `key` is written. */
function invalidValueMessage(key: string): MessageId<'front-matter-invalid-value'> {
  switch (key) {
    case 'ms.date':
    case 'ms.lasthandoff':
      return 'invalidDate';
    case 'ms.translationtype':
      return 'invalidTranslationType';
    case 'ROBOTS':
      return 'invalidRobots';
    case 'localization_priority':
      return 'invalidPriority';
    case 'title':
      return 'invalidTitle';
    default:
      return 'invalid';
  }
}
