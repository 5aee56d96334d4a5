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
}

/** The bundled articles as their front matter states them. */
export function bundledArticles(): ContentArticle[] {
  const content = join(REPO, 'content');
  const articles: ContentArticle[] = [];
  for (const locale of readdirSync(content).filter((name) => /^[a-z]{2}-[a-z]{2}$/.test(name))) {
    for (const file of readdirSync(join(content, locale)).filter((name) => name.endsWith('.md'))) {
      const text = readFileSync(join(content, locale, file), 'utf8');
      const type = /^ms\.translationtype:\s*(\w+)/m.exec(text)?.[1];
      articles.push({
        locale,
        slug: file.slice(0, -3),
        translation: locale === 'en-us' ? 'source' : (type ?? 'HT'),
        sideBySide: text.includes('data-ttu-id='),
        noindex: /^robots:.*noindex/im.test(text),
      });
    }
  }
  return articles;
}

export function uiStrings(locale: string): Record<string, string> {
  return JSON.parse(readFileSync(join(REPO, 'locales', `${locale}.json`), 'utf8')) as Record<string, string>;
}
