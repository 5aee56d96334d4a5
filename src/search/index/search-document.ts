/**
 * The document Pagefind indexes for one page: not the page as built, but its title and
 * visible text cut into words the way the query side cuts queries (shared/script-text.ts),
 * then a block of index tokens (shared/index-tokens.ts): the page's code tokens and the
 * codes' symbolic names, and a token for each CJK or Thai character of its title.
 * Titles weigh 7 (Pagefind's h1), codes the page is the article for 10, codes it only
 * mentions 3, body text and title characters' tokens 1.
 * The title is also the `title` metadata (indexed the same way: Pagefind searches metadata
 * too); the family filter lists the families of the page's codes.
 */
import type { SitePage } from '../../page-data/site-data.ts';
import { TOKEN_BLOCK_MARK, codeToken, titleCharToken } from '../shared/index-tokens.ts';
import { indexText, spacedCharacters } from '../shared/script-text.ts';
import type { PageCodes } from './page-codes.ts';

export interface DocumentOptions {
  /** The language Pagefind is told (see pagefindLanguage). */
  language: string;
  /** The family filter's name, in the locale's language. */
  filterName: string;
}

export function searchDocument(page: SitePage, text: string, codes: PageCodes, options: DocumentOptions): string {
  const title = escapeHtml(indexText(page.title));
  const parts = [
    `<html lang="${escapeHtml(options.language)}"><head><meta charset="utf-8"></head><body><main data-pagefind-body>`,
    `<h1>${title}</h1>`,
    `<div>${escapeHtml(indexText(text))}</div>`,
  ];
  const titleChars = spacedCharacters(page.title);
  if (codes.about.length > 0 || codes.mentions.length > 0 || titleChars.length > 0) {
    parts.push(`<p>${TOKEN_BLOCK_MARK}</p>`);
    if (codes.about.length > 0) parts.push(`<p data-pagefind-weight="10">${codes.about.map(codeToken).join(' ')}</p>`);
    if (codes.mentions.length > 0)
      parts.push(`<p data-pagefind-weight="3">${codes.mentions.map(codeToken).join(' ')}</p>`);
    if (codes.names.length > 0) parts.push(`<p data-pagefind-weight="3">${escapeHtml(codes.names.join(' '))}</p>`);
    if (titleChars.length > 0) parts.push(`<p>${titleChars.map(titleCharToken).join(' ')}</p>`);
  }
  parts.push('</main>', `<meta data-pagefind-meta="title[content]" content="${title}">`);
  const filter = escapeHtml(options.filterName);
  for (const family of codes.families)
    parts.push(`<meta data-pagefind-filter="${filter}[content]" content="${escapeHtml(family)}">`);
  parts.push('</body></html>');
  return parts.join('\n');
}

/**
 * Pagefind segments Chinese, Japanese and Thai itself when told the language, with a
 * dictionary the browser does not have, and its Arabic and Yiddish stemmers strip
 * prefixes too, which would make a word as typed indistinguishable from its stem. The text
 * arrives already cut (shared/script-text.ts), so those languages are given a private-use
 * tag (`x-zh-tw`) that Pagefind leaves alone. Others keep their language, and with it
 * Pagefind's stemmer (Swedish, Spanish…).
 */
export function pagefindLanguage(tag: string): string {
  const language = tag.toLowerCase();
  return /^(?:zh|ja|th|ar|yi)(?:-|$)/.test(language) ? `x-${language}` : language;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
