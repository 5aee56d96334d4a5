/**
 * Rules `media-link-case` and `media-link-missing`: local links that work on the
 * case-insensitive disk the docset was written on but not on a web server, and links
 * that point at nothing. Shared by `errata import` and `errata check`.
 */
import { posix } from 'node:path';
import type { Diagnostic } from '../diagnostics.ts';
import { LineIndex } from '../parse/line-index.ts';
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
export function diagnoseMediaLinks(file: string, markdown: string, bodyLine: number, links: readonly ResolvedLink[], index: MediaIndex): Diagnostic[] {
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
    const at = { file, line, column, severity: 'warning' as const };
    const path = localPaths(href)?.[0] ?? href;
    if (resolution.status === 'case-mismatch') {
      const fixed = linkTo(resolution.target!);
      diagnostics.push({
        ...at,
        rule: 'media-link-case',
        message: `The link "${href}" differs in case from the file on disk, "${locale}/${resolution.target}": it works on Windows and macOS but not on the web server.`,
        hint: `Change the link to "${fixed}".`,
      });
    } else if (resolution.outside) {
      diagnostics.push({
        ...at,
        rule: 'media-link-missing',
        message: `The link "${href}" points outside the ${locale}/ folder, which is published on its own.`,
        hint: `Copy the file into ${locale}/media/ and link it as "${linkTo(`media/${posix.basename(path)}`)}".`,
      });
    } else {
      const guesses = index.sameName(path).map(linkTo);
      diagnostics.push({
        ...at,
        rule: 'media-link-missing',
        message: `The link "${href}" points at no file in ${locale}/.`,
        hint: guesses.length > 0
          ? `A file of that name exists: link it as "${guesses[0]}".`
          : /\.(?!md$)[a-z0-9]+$/i.test(path)
            ? `Add the file under ${locale}/media/, or correct the link.`
            : 'Correct the link: another article is linked by its .md file, a page elsewhere by its https:// address.',
      });
    }
  }
  return diagnostics;
}
