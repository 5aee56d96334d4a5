/**
 * Rules `media-link-case` and `media-link-missing`: local links that work on the
 * case-insensitive disk the docset was written on but not on a web server, and links
 * that point at nothing. Shared by `errata import` and `errata check`.
 */
import { posix } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { LineIndex } from '../parse/line-index.ts';
import { diagnostic } from '../diagnostics/rule-registry.ts';
import { localPaths, type MediaIndex } from './media-index.ts';
import { resolveMediaLinks, type ResolvedLink } from './media-links.ts';

/**
 * `file` is relative to the content directory (`zh-tw/foo.md`); `markdown` starts at file
 * line `bodyLine`; `index` lists that file's locale folder.
 */
export function checkMediaLinks(file: string, markdown: string, bodyLine: number, index: MediaIndex): Diagnostic[] {
  const slash = file.indexOf('/');
  return diagnoseMediaLinks(file, markdown, bodyLine, resolveMediaLinks(file.slice(slash + 1), markdown, index), index);
}

/** The diagnostics for links already resolved (import resolves them once for copying too). */
export function diagnoseMediaLinks(
  file: string,
  markdown: string,
  bodyLine: number,
  links: readonly ResolvedLink[],
  index: MediaIndex,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let lines: LineIndex | undefined;
  const slash = file.indexOf('/');
  const locale = file.slice(0, slash);
  const folder = posix.dirname(file.slice(slash + 1));
  // Spaces and parentheses would end a Markdown destination: suggest them encoded.
  const linkTo = (target: string) => posix.relative(folder, target).replace(/[ ()<>]/g, encodeURIComponent);
  for (const { href, index: offset, resolution } of links) {
    if (resolution.status === 'ok' || resolution.status === 'external') continue;
    lines ??= new LineIndex(markdown, bodyLine);
    const { line, column } = lines.position(offset);
    const at = { file, line, column };
    const path = localPaths(href)?.[0] ?? href;
    if (resolution.status === 'case-mismatch') {
      const fixed = linkTo(resolution.target!);
      diagnostics.push(
        diagnostic(at, 'media-link-case', 'caseMismatch', { href, target: `${locale}/${resolution.target}`, fixed }),
      );
    } else if (resolution.outside) {
      diagnostics.push(
        diagnostic(at, 'media-link-missing', 'outside', {
          href,
          locale,
          suggestion: linkTo(`media/${posix.basename(path)}`),
        }),
      );
    } else {
      const guesses = index.sameName(path).map(linkTo);
      if (guesses.length > 0)
        diagnostics.push(
          diagnostic(at, 'media-link-missing', 'missingGuess', { href, locale, suggestion: guesses[0]! }),
        );
      else if (/\.(?!md$)[a-z0-9]+$/i.test(path))
        diagnostics.push(diagnostic(at, 'media-link-missing', 'missingFile', { href, locale }));
      else diagnostics.push(diagnostic(at, 'media-link-missing', 'missingPage', { href, locale }));
    }
  }
  return diagnostics;
}
