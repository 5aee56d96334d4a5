/**
 * Where a pasted error message should take the reader: the first code it names that has an
 * article in the reader's language; else a page of that language that mentions one of its
 * codes (found by searching); else the English article, with a notice; else nowhere.
 * Data comes from /api/codes.json, a static file, so this works without a server.
 */
export interface CodesFile {
  sourceLocale: string;
  codes: Record<string, { name?: string; family: string; urls: Record<string, string> }>;
}

export type LookupTarget =
  | { kind: 'article'; code: string; url: string }
  | { kind: 'search'; code: string }
  | { kind: 'source'; code: string; url: string }
  | { kind: 'unknown'; code: string }
  | { kind: 'none' };

export function lookupTarget(
  found: ReadonlyArray<{ code: string; indexed: boolean }>,
  file: CodesFile,
  locale: string,
): LookupTarget {
  if (found.length === 0) return { kind: 'none' };
  for (const { code } of found) {
    const url = file.codes[code]?.urls[locale];
    if (url) return { kind: 'article', code, url };
  }
  const mentioned = found.find((f) => f.indexed);
  if (mentioned) return { kind: 'search', code: mentioned.code };
  for (const { code } of found) {
    const url = file.codes[code]?.urls[file.sourceLocale];
    if (url) return { kind: 'source', code, url };
  }
  return { kind: 'unknown', code: found[0]!.code };
}
