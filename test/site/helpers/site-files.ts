/** What the built site holds, read the way a reviewer would: its pages, and the facts of the bundled content. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../../helpers/content.ts';

/** Every HTML page of the built site as a URL path (`/sv-se/…/`, `/404.html`). */
export function htmlPages(out: string): string[] {
  return readdirSync(out, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file}`.replace(/index\.html$/, ''))
    .sort();
}

export function readPage(out: string, path: string): string {
  return readFileSync(join(out, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
}

export interface ContentArticle {
  locale: string;
  slug: string;
  /** `source`, `HT` or `MT`, from the front matter. */
  translation: string;
  sideBySide: boolean;
  noindex: boolean;
  /** The front matter gives an `ms.date` (many corpus articles have none). */
  dated: boolean;
  /** Translated from an older source than the newest handoff of its slug (staleness.ts, by ms.lasthandoff). */
  stale: boolean;
}

/** The bundled articles as their front matter states them. */
export function bundledArticles(): ContentArticle[] {
  const content = join(REPO, 'content');
  const articles: ContentArticle[] = [];
  const handoffs: { slug: string; hash?: string; handoff?: string; article: ContentArticle }[] = [];
  for (const locale of readdirSync(content).filter((name) => /^[a-z]{2}-[a-z]{2}$/.test(name))) {
    for (const file of readdirSync(join(content, locale)).filter((name) => name.endsWith('.md'))) {
      const text = readFileSync(join(content, locale, file), 'utf8');
      const type = /^ms\.translationtype:\s*(\w+)/m.exec(text)?.[1];
      const article: ContentArticle = {
        locale,
        slug: file.slice(0, -3),
        translation: locale === 'en-us' ? 'source' : (type ?? 'HT'),
        sideBySide: text.includes('data-ttu-id='),
        noindex: /^robots:.*noindex/im.test(text),
        dated: /^ms\.date:[ \t]*\S/m.test(text),
        stale: false,
      };
      articles.push(article);
      const [m, d, y] = (/^ms\.lasthandoff:\s*(\d+)\/(\d+)\/(\d+)/m.exec(text) ?? []).slice(1);
      handoffs.push({
        slug: article.slug,
        hash: /^ms\.openlocfilehash:\s*(\S+)/m.exec(text)?.[1],
        handoff: y ? `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}` : undefined,
        article,
      });
    }
  }
  for (const h of handoffs) {
    const newest = handoffs
      .filter((o) => o.slug === h.slug && o.hash && o.handoff)
      .sort((a, b) => (a.handoff! > b.handoff! ? -1 : 1))[0];
    h.article.stale =
      h.article.translation !== 'source' && h.hash !== undefined && newest !== undefined && newest.hash !== h.hash;
  }
  return articles;
}

export function uiStrings(locale: string): Record<string, string> {
  return JSON.parse(readFileSync(join(REPO, 'locales', `${locale}.json`), 'utf8')) as Record<string, string>;
}

/**
 * One article of each kind in each locale — translation, side by side or plain, stale, dated,
 * noindex — and every locale's version of the seed article: what the browser tests open
 * one by one, where opening every page of the sample would take minutes.
 */
export function representativeArticles(articles: ContentArticle[]): ContentArticle[] {
  const seen = new Set<string>();
  return articles.filter((a) => {
    const kind = `${a.locale}|${a.translation}|${a.sideBySide}|${a.stale}|${a.dated}|${a.noindex}`;
    if (a.slug !== 'troubleshoot-aadsts50000-error-code' && seen.has(kind)) return false;
    seen.add(kind);
    return true;
  });
}
