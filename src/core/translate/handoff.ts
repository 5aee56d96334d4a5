/**
 * `errata handoff`: which articles of a locale go to translation, and what each carries.
 *
 * The selection follows the status page exactly: *stale* is crosslocale/staleness.ts's rule (the
 * translation's `ms.openlocfilehash` is not the newest hash any locale carries for the slug, newest
 * by `ms.lasthandoff`), read from the front matter of every locale as `errata check` reads it;
 * *missing* is a source article with no file of its slug in the locale.
 *
 * What takeback will write, decided here and carried in the file: `ms.openlocfilehash` is the
 * slug's newest hash (so the translation is current beside every other locale, and makes none of
 * them stale), or, when no locale has one yet, the SHA-1 of the source file (as `errata new` does);
 * `ms.lasthandoff` is the handoff's date, or the newest handoff's when that is later (a clock
 * behind the docset's), so the translation is never older than the source it claims.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SOURCE_LOCALE, listLocaleFiles, listLocales } from '../read/content-files.ts';
import { readHandoffs } from '../check/read-handoffs.ts';
import type { Registry } from '../codes/registry.ts';
import { newestHashes } from '../crosslocale/staleness.ts';
import type { Handoff, HandoffFile, HandoffState } from './handoff-file.ts';
import { pseudoLocalize } from './pseudo.ts';
import { sourceArticle, sourceText } from './source-units.ts';

export interface HandoffOptions {
  contentDir: string;
  registry: Registry;
  /** The locale folder: `sv-se`. */
  locale: string;
  /** Which articles: stale translations, missing ones; neither given means both. */
  stale?: boolean;
  missing?: boolean;
  /** Only these slugs, whatever their state (the status page's per-article command). */
  slugs?: string[];
  /** Fill every target with pseudo-localized text, marked MT. */
  pseudo?: boolean;
  today: Date;
}

export interface HandoffResult {
  handoff: Handoff;
  /** Slugs asked for with --slug that have no source article. */
  unknownSlugs: string[];
  /** Source files that are not UTF-8 text and were left out. */
  unreadable: string[];
}

export function makeHandoff(options: HandoffOptions): HandoffResult {
  const { contentDir, locale } = options;
  const both = !options.stale && !options.missing;
  const wantStale = both || options.stale === true;
  const wantMissing = both || options.missing === true;

  const allFiles = listLocales(contentDir).flatMap((l) => listLocaleFiles(contentDir, l));
  const newest = newestHashes(readHandoffs(allFiles));
  const sources = allFiles.filter((f) => f.locale === SOURCE_LOCALE);
  const translations = new Map(
    readHandoffs(allFiles.filter((f) => f.locale === locale)).map((h) => [h.slug, h] as const),
  );
  const wanted = options.slugs ? new Set(options.slugs) : undefined;
  const known = new Set(sources.map((s) => s.slug));
  const today = options.today.toISOString().slice(0, 10);

  const files: HandoffFile[] = [];
  const unreadable: string[] = [];
  for (const source of sources) {
    const translation = translations.get(source.slug);
    const newer = newest.get(source.slug);
    const state: HandoffState = !translation
      ? 'missing'
      : translation.hash && newer && newer.hash !== translation.hash
        ? 'stale'
        : 'current';
    if (wanted ? !wanted.has(source.slug) : !((state === 'stale' && wantStale) || (state === 'missing' && wantMissing)))
      continue;
    const bytes = readFileSync(source.absolute);
    const text = sourceText(bytes);
    if (text === undefined) {
      unreadable.push(source.file);
      continue;
    }
    const article = sourceArticle(source.file, text, options.registry);
    const sha1 = createHash('sha1').update(bytes).digest('hex');
    files.push({
      original: `${locale}/${source.slug}.md`,
      source: source.file,
      sourceSha1: sha1,
      hash: newer?.hash ?? sha1,
      lastHandoff: newer && newer.lastHandoff > today ? newer.lastHandoff : today,
      translationType: options.pseudo ? 'MT' : 'HT',
      state,
      units: article.units.map(({ place: _place, ...unit }) =>
        options.pseudo ? { ...unit, target: pseudoLocalize(unit.parts) } : unit,
      ),
    });
  }
  return {
    handoff: { srcLang: languageTag(SOURCE_LOCALE), trgLang: languageTag(locale), files },
    unknownSlugs: options.slugs?.filter((s) => !known.has(s)) ?? [],
    unreadable,
  };
}

/** `sv-se` → `sv-SE`, as `ms.contentlocale` and XLIFF's `trgLang` write it. */
export function languageTag(folder: string): string {
  try {
    return Intl.getCanonicalLocales(folder)[0] ?? folder;
  } catch {
    return folder;
  }
}
