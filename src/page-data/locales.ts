/** Per-locale facts, computed once per locale: tag case, direction, native name, collation. */
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

const canonicalTags = new Map<string, string>();

/** `zh-tw` → `zh-TW`, `sr-latn-rs` → `sr-Latn-RS`. Asked for every page's alternates: remembered. */
export function canonicalTag(locale: string): string {
  let tag = canonicalTags.get(locale);
  if (tag === undefined) {
    try {
      tag = Intl.getCanonicalLocales(locale)[0] ?? locale;
    } catch {
      tag = locale;
    }
    canonicalTags.set(locale, tag);
  }
  return tag;
}

export function directionOf(locale: string): 'ltr' | 'rtl' {
  const language = locale.split('-')[0]!.toLowerCase();
  const script = locale
    .split('-')
    .find((part) => part.length === 4)
    ?.toLowerCase();
  if (script) return script === 'arab' || script === 'hebr' || script === 'thaa' ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

/**
 * Where ICU's own name for a language is not what its speakers call it: Indonesian is
 * "Bahasa Indonesia", not "Indonesia" (the country's name).
 */
const NATIVE_LANGUAGE_NAMES: Record<string, string> = { id: 'Bahasa Indonesia' };

/** A language's name in itself, with the region or script where the tag has one: `Srpski (latinica, Srbija)`. */
export function nativeName(locale: string): string {
  const tag = canonicalTag(locale);
  try {
    const { language, region } = new Intl.Locale(tag);
    const own = NATIVE_LANGUAGE_NAMES[language];
    const name = own
      ? region
        ? `${own} (${new Intl.DisplayNames([tag], { type: 'region' }).of(region)})`
        : own
      : new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    if (name) return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    // An unknown tag keeps its code as its name.
  }
  return tag;
}

const collators = new Map<string, Intl.Collator>();

/** One collator per locale for the whole build. */
export function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(canonicalTag(locale), { sensitivity: 'base', numeric: true });
    collators.set(locale, collator);
  }
  return collator;
}
