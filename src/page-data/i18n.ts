/**
 * The site's UI strings through i18next: one instance per locale for the whole build,
 * flat dotted keys (`notice.mt`), `{{var}}` interpolation, plural keys (`_one`, `_few`…) by
 * `count`, English for whatever a locale lacks — and which strings are that English.
 */
import i18next from 'i18next';
import { readUiStrings, UI_FALLBACK_LOCALE } from '../core/i18n/ui-strings.ts';
import { canonicalTag, directionOf } from './locales.ts';

/** The language a fallback string is in, as attributes for the element that holds it. */
export interface FallbackLanguage {
  lang: string;
  dir: 'ltr' | 'rtl';
}

export interface Translate {
  (key: string, options?: Record<string, string | number>): string;
  /**
   * Where the page's locale lacks `key` and English stands in: English's `lang` and `dir`, so the
   * string can be marked as English (screen readers switch voice; a right-to-left page lays it out
   * left to right). `undefined` when the string is in the page's language.
   */
  fallback(key: string, count?: number): FallbackLanguage | undefined;
}

const translators = new Map<string, Translate>();

export function translator(locale: string): Translate {
  let t = translators.get(locale);
  if (!t) {
    const instance = i18next.createInstance();
    instance.init({
      lng: locale,
      fallbackLng: UI_FALLBACK_LOCALE,
      // The folder tags are the resource keys; no `zh` → `zh-tw` guessing.
      load: 'currentOnly',
      lowerCaseLng: true,
      resources: {
        [UI_FALLBACK_LOCALE]: { translation: readUiStrings(UI_FALLBACK_LOCALE) },
        [locale]: { translation: readUiStrings(locale) },
      },
      keySeparator: false,
      nsSeparator: false,
      // An empty translation is a missing one (check reports it): show English, not nothing.
      returnEmptyString: false,
      // Astro escapes every expression it prints; escaping here too would show `&amp;`.
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    // Every page asks for the same few dozen strings: i18next resolves each once per locale.
    const resolved = new Map<string, string>();
    const fallbacks = new Map<string, FallbackLanguage | undefined>();
    const fallbackOf = (key: string, count?: number): FallbackLanguage | undefined => {
      const details = instance.t(key, count === undefined ? { returnDetails: true } : { returnDetails: true, count });
      const usedLng =
        typeof details === 'object' && details !== null && 'usedLng' in details ? String(details.usedLng) : locale;
      return usedLng === locale ? undefined : { lang: canonicalTag(usedLng), dir: directionOf(usedLng) };
    };
    const translate = (key: string, options?: Record<string, string | number>): string => {
      if (options) return instance.t(key, options);
      let text = resolved.get(key);
      if (text === undefined) resolved.set(key, (text = instance.t(key)));
      return text;
    };
    t = Object.assign(translate, {
      fallback(key: string, count?: number) {
        if (count !== undefined) return fallbackOf(key, count);
        if (!fallbacks.has(key)) fallbacks.set(key, fallbackOf(key));
        return fallbacks.get(key);
      },
    });
    translators.set(locale, t);
  }
  return t;
}

/**
 * A translated sentence split around one placeholder, so a link can sit inside it
 * without HTML in the strings: `Licensed under {{license}}.` → ['Licensed under ', '.'].
 */
export function splitAround(t: Translate, key: string, placeholder: string): [string, string] {
  let byKey = splits.get(t);
  if (!byKey) splits.set(t, (byKey = new Map()));
  const memo = `${key}\u0000${placeholder}`;
  let split = byKey.get(memo);
  if (!split) {
    const marker = '\u0000';
    const [before = '', after = ''] = t(key, { [placeholder]: marker }).split(marker);
    byKey.set(memo, (split = [before, after]));
  }
  return split;
}

const splits = new WeakMap<Translate, Map<string, [string, string]>>();

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** `2021-03-19` in the page's language: `19 mars 2021`, `2021年3月19日`. */
export function formatDate(tag: string, isoDate: string): string {
  let format = dateFormats.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(tag, format);
  }
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : format.format(date);
}
