/**
 * The article a fallback page shows when it is not one this build checks (another shard's
 * locale; fallback-pages.ts): read from its file here, in the share that renders it, so the
 * build's parent, which only plans fallback pages, loads no front-matter parser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../core/model.ts';
import { parseFrontMatter } from '../core/parse/front-matter.ts';
import { decodeText } from '../core/read/text-file.ts';
import { validateFrontMatter } from '../core/schema/validate-front-matter.ts';

/**
 * A version this build does not check (another shard's locale), read from its file to be
 * shown: front matter and body. Undefined when it cannot be read or its front matter is
 * broken — its own shard reports that; here the fallback pages are simply not written.
 */
export function readShownArticle(
  contentDir: string,
  locale: string,
  slug: string,
  sourceLocale: string,
): Article | undefined {
  const file = `${locale}/${slug}.md`;
  let text: string;
  try {
    const decoded = decodeText(file, readFileSync(join(contentDir, file)));
    if (!('text' in decoded)) return undefined;
    text = decoded.text;
  } catch {
    return undefined;
  }
  const fm = parseFrontMatter(file, text);
  if (fm.diagnostics.some((d) => d.severity === 'error')) return undefined;
  const { meta } = validateFrontMatter(fm, { file, locale, isSourceLocale: locale === sourceLocale, isPage: true });
  return {
    file,
    locale,
    slug,
    meta,
    body: fm.body,
    bodyLine: 1,
    isPage: true,
    sideBySide: false,
    stale: false,
    codes: [],
  };
}
