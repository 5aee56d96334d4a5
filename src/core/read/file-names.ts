/**
 * Rules `file-name-unusual` and `file-name-case-collision`: names that survived a
 * Windows docset but trouble URLs, terminals and case-insensitive checkouts. The files
 * are imported under their names all the same: renaming one changes its slug in one
 * locale only, which is worse than the name.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/rule-registry.ts';

/** Control characters (newlines, tabs) and invisible format characters (zero-width spaces). */
const UNUSUAL = /[\p{Cc}\p{Cf}]/gu;

/** `files` relative to the locale folder; diagnostics name them as `<locale>/<file>`. */
export function checkFileNames(locale: string, files: readonly string[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const at = (file: string) => ({ file: `${locale}/${file}`, line: 1, column: 1 });
  const byFoldedName = new Map<string, string>();
  for (const file of files) {
    const unusual = file.match(UNUSUAL);
    if (unusual) {
      diagnostics.push(
        diagnostic(at(file), 'file-name-unusual', 'unusual', {
          name: visible(file),
          characters: [...new Set(unusual)].map(codePoint).join(', '),
        }),
      );
    }
    const folded = file.toLowerCase();
    const first = byFoldedName.get(folded);
    if (first === undefined) byFoldedName.set(folded, file);
    else {
      diagnostics.push(diagnostic(at(file), 'file-name-case-collision', 'collision', { file, other: first }));
    }
  }
  return diagnostics;
}

/** The name with each run of unusual characters shown as `[7×U+200B]`. */
function visible(name: string): string {
  return name.replace(
    /([\p{Cc}\p{Cf}])\1*/gu,
    (run, char: string) => `[${run.length > char.length ? `${run.length / char.length}×` : ''}${codePoint(char)}]`,
  );
}

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
