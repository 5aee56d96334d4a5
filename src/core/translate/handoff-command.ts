/**
 * The `errata handoff` command that sends articles to translation, as the status report, the
 * pull-request comment and the site's status pages show it for a translator to copy.
 */

/** `errata handoff --locale sv-se --slug a,b` (or `--stale` / `--missing` for a whole state). */
export function handoffCommand(locale: string, which: { slugs: string[] } | { state: 'stale' | 'missing' }): string {
  const choice = 'slugs' in which ? `--slug ${shellWord(which.slugs.join(','))}` : `--${which.state}`;
  return `errata handoff --locale ${locale} ${choice} --out ${locale}.xlf`;
}

/** A word a POSIX shell reads as itself: slugs are plain, but a corpus file name may hold anything. */
function shellWord(word: string): string {
  return /^[A-Za-z0-9._,/-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
