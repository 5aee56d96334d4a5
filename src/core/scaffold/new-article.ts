/**
 * `errata new`: the text of a new article whose front matter passes `errata check` as it is
 * written — today's `ms.date`, every key the schema asks of its locale — so a writer starts
 * from a file with no diagnostics and only the prose to write.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { HandoffInfo } from '../crosslocale/staleness.ts';
import { newestHashes } from '../crosslocale/staleness.ts';

export interface NewArticle {
  slug: string;
  /** Folder tag, lower case: `en-us`, `sv-se`. */
  locale: string;
  sourceLocale: string;
  title: string;
  /** Canonical code the article is about, as the registry writes it. */
  code?: string;
  /** The registry's one-line summary of that code, when it has one. */
  summary?: string;
  today: Date;
  /**
   * A translation of an existing source starts from the source's body, to be translated in
   * place: its codes, names and inline code are there already, as the check wants them kept.
   */
  sourceBody?: string;
}

/** A slug is the path below the locale folder: lower-case words joined by hyphens, folders allowed. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

export function slugProblem(slug: string): string | undefined {
  if (SLUG.test(slug)) return undefined;
  return `"${slug}" is not an article slug: use lower-case letters, digits and hyphens, with / between folders (for example troubleshoot-aadsts50011-error), without .md.`;
}

/** `ms.date` as the docsets write it: M/D/YYYY with two-digit month and day (03/19/2021). */
export function docsDate(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getUTCMonth() + 1)}/${two(date.getUTCDate())}/${date.getUTCFullYear()}`;
}

/**
 * A translation written by hand (HT) starts current: it claims the newest source handoff any
 * locale has for the slug, or, when no locale has one, the hash of the source file itself.
 */
export function translationKeys(
  article: NewArticle,
  contentDir: string,
  handoffs: HandoffInfo[],
): Record<string, string> {
  const newest = newestHashes(handoffs.filter((h) => h.slug === article.slug)).get(article.slug);
  const sourcePath = join(contentDir, article.sourceLocale, `${article.slug}.md`);
  const hash =
    newest?.hash ??
    createHash('sha1')
      .update(existsSync(sourcePath) ? readFileSync(sourcePath) : article.slug)
      .digest('hex');
  const lastHandoff = newest ? docsDate(new Date(`${newest.lastHandoff}T00:00:00Z`)) : docsDate(article.today);
  return {
    'ms.contentlocale': canonicalTag(article.locale),
    'ms.translationtype': 'HT',
    'ms.openlocfilehash': hash,
    'ms.lasthandoff': lastHandoff,
  };
}

export function newArticleText(article: NewArticle, translation: Record<string, string> | undefined): string {
  const frontMatter = {
    title: article.title,
    'ms.date': docsDate(article.today),
    audience: 'Admin',
    'ms.topic': 'article',
    'ms.service': 'o365-administration',
    ROBOTS: 'NOINDEX, NOFOLLOW',
    localization_priority: 'Normal',
    ...translation,
  };
  const head = `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n`;
  if (article.sourceBody !== undefined) return head + article.sourceBody;
  const codeLine = article.code ? `\n**${article.code}**${article.summary ? `: ${article.summary}` : ''}\n` : '';
  return `${head}# ${article.title}\n${codeLine}\nDescribe what the reader sees, then the steps that fix it.\n\n1. The first step.\n`;
}

function canonicalTag(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? locale;
  } catch {
    return locale;
  }
}
