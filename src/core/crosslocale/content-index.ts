/**
 * A light, site-wide view of the content: every locale's articles from their front matter
 * alone (the first few KB of each file). Root pages, language switchers and the status
 * matrix are built from it, so every shard of a split build computes them identically.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import type { ArticleMeta } from '../model.ts';
import { parseFrontMatter } from '../parse/front-matter.ts';
import { isPageSlug, listLocaleFiles, listLocales } from '../read/content-files.ts';
import { decodeText } from '../read/text-file.ts';
import { validateFrontMatter } from '../schema/validate-front-matter.ts';
import { newestHashes } from './staleness.ts';

export interface IndexedArticle {
  file: string;
  locale: string;
  slug: string;
  isPage: boolean;
  stale: boolean;
  meta: Pick<ArticleMeta, 'title' | 'translation' | 'openLocFileHash' | 'lastHandoff' | 'robots'>;
}

export interface ContentIndex {
  locales: string[];
  articles: IndexedArticle[];
}

/** Front matter fits in this many bytes in every real article; longer ones are read whole. */
const HEAD_BYTES = 16 * 1024;

export function readContentIndex(contentDir: string, sourceLocale: string): ContentIndex {
  const locales = listLocales(contentDir);
  const articles: IndexedArticle[] = [];
  const buffer = Buffer.alloc(HEAD_BYTES);
  for (const locale of locales) {
    for (const input of listLocaleFiles(contentDir, locale)) {
      const text = readHead(input.absolute, buffer);
      if (text === undefined) continue;
      const fm = parseFrontMatter(input.file, text);
      if (fm.diagnostics.some((d) => d.severity === 'error')) continue;
      const isPage = isPageSlug(input.slug);
      const { meta } = validateFrontMatter(fm, { file: input.file, locale, isSourceLocale: locale === sourceLocale, isPage });
      articles.push({ file: input.file, locale, slug: input.slug, isPage, stale: false, meta });
    }
  }
  const newest = newestHashes(articles.map((a) => ({ file: a.file, slug: a.slug, hash: a.meta.openLocFileHash, lastHandoff: a.meta.lastHandoff })));
  for (const article of articles) {
    const newer = newest.get(article.slug);
    article.stale = article.meta.translation !== 'source' && Boolean(newer && article.meta.openLocFileHash && newer.hash !== article.meta.openLocFileHash);
  }
  return { locales, articles };
}

/** The file's text up to the end of its front matter (or all of it when that is further). */
function readHead(path: string, buffer: Buffer): string | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    const decoded = decodeText(path, buffer.subarray(0, length === buffer.length ? lastLineBreak(buffer) : length));
    if (!('text' in decoded)) return undefined;
    if (length < buffer.length || /\n---[ \t]*\n/.test(decoded.text.slice(3))) return decoded.text;
  } finally {
    closeSync(fd);
  }
  // Front matter longer than the head: read it all.
  const whole = decodeText(path, readFileSync(path));
  return 'text' in whole ? whole.text : undefined;
}

/** Cut at the last line break so a multi-byte character is never split. */
function lastLineBreak(buffer: Buffer): number {
  const at = buffer.lastIndexOf(10);
  return at === -1 ? buffer.length : at + 1;
}
