/**
 * The `--locale` of an import, checked before anything is written: it becomes a folder
 * name and a URL segment, so a typo would otherwise publish a locale nobody asked for.
 */

/** language[-Script][-REGION][-variant]… — the BCP 47 shapes docsets use (`zh-TW`, `sr-Latn-RS`). */
const BCP47 = /^[a-z]{2,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*$/i;

/** The folder tag for `tag` (lower case), or the reason it is not a usable tag. */
export function localeFolder(tag: string): { folder: string } | { problem: string } {
  const trimmed = tag.trim();
  if (BCP47.test(trimmed)) return { folder: trimmed.toLowerCase() };
  const dashed = trimmed.replace(/_/g, '-');
  const suggestion = dashed !== trimmed && BCP47.test(dashed) ? ` Did you mean --locale ${dashed}?` : '';
  return { problem: `"${tag}" is not a BCP 47 language tag such as zh-TW or sr-Latn-RS.${suggestion}` };
}
