/**
 * The site's UI strings through i18next: one instance per locale for the whole build,
 * flat dotted keys (`notice.mt`), `{{var}}` interpolation, English for whatever a locale lacks.
 */
import i18next, { type TFunction } from 'i18next';
import { readUiStrings, UI_FALLBACK_LOCALE } from '../core/i18n/ui-strings.ts';

export type Translate = TFunction;

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
    t = instance.t;
    translators.set(locale, t);
  }
  return t;
}

/**
 * A translated sentence split around one placeholder, so a link can sit inside it
 * without HTML in the strings: `Licensed under {{license}}.` → ['Licensed under ', '.'].
 */
export function splitAround(t: Translate, key: string, placeholder: string): [string, string] {
  const marker = '\u0000';
  const [before = '', after = ''] = t(key, { [placeholder]: marker }).split(marker);
  return [before, after];
}

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
