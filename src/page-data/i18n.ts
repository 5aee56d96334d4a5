/**
 * The site's UI strings through i18next: one instance per locale for the whole build,
 * flat dotted keys (`notice.mt`), `{{var}}` interpolation, English for whatever a locale lacks.
 */
import i18next from 'i18next';
import { readUiStrings, UI_FALLBACK_LOCALE } from '../core/i18n/ui-strings.ts';

export type Translate = (key: string, options?: Record<string, string | number>) => string;

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
      // Astro escapes every expression it prints; escaping here too would show `&amp;`.
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    // Every page asks for the same few dozen strings: i18next resolves each once per locale.
    const resolved = new Map<string, string>();
    t = (key, options) => {
      if (options) return instance.t(key, options);
      let text = resolved.get(key);
      if (text === undefined) resolved.set(key, (text = instance.t(key)));
      return text;
    };
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
