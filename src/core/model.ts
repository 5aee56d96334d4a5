/** The shapes the core hands to its callers: the CLI, the Astro loader, the tests. */
import type { Diagnostic } from './diagnostics/diagnostic.ts';

export type TranslationKind = 'source' | 'HT' | 'MT';

/** Front matter after validation, with the Microsoft-Docs keys normalized. */
export interface ArticleMeta {
  title: string;
  description?: string;
  /** `ms.date` as ISO `YYYY-MM-DD`, when present and valid. */
  date?: string;
  /** `source` for the source locale, else `ms.translationtype`. */
  translation: TranslationKind;
  /** `ms.contentlocale` as written (`zh-TW`). */
  contentLocale?: string;
  openLocFileHash?: string;
  /** `ms.lasthandoff` as ISO `YYYY-MM-DD`. */
  lastHandoff?: string;
  robots: { index: boolean; follow: boolean };
  /** Every key as parsed, for tools that need more. */
  raw: Record<string, unknown>;
  /** File line of each front-matter key, for diagnostics raised after parsing. */
  keyLines: Record<string, number>;
}

export interface Article {
  /** Relative to the content directory: `zh-tw/troubleshoot-aadsts50000-error-code.md`. */
  file: string;
  /** Lower-case BCP 47 folder tag: `zh-tw`. */
  locale: string;
  /** Path below the locale folder without `.md`. */
  slug: string;
  meta: ArticleMeta;
  /** Markdown after the front matter. */
  body: string;
  /** 1-based line in the file where `body` starts. */
  bodyLine: number;
  /** False for include fragments (`includes/…`): checked, accounted for, not published. */
  isPage: boolean;
  /** Side-by-side markup present (an MT article with its English alongside). */
  sideBySide: boolean;
  /** Set by the cross-locale pass: a newer source exists than the one translated. */
  stale: boolean;
  /** Error codes recognized in the title and body, canonical form (`AADSTS50000`). */
  codes: string[];
  /** Hash of the file's bytes, when the check hashed them (its cache does): a renderer's cache key. */
  sourceHash?: string;
}

/** Every Markdown file read ends here, as an article or as the reason it is not one. */
export interface FileRecord {
  file: string;
  locale: string;
  slug: string;
  /** Set when the file parsed into an article (it may still carry errors). */
  article?: Article;
  diagnostics: Diagnostic[];
}

export interface ContentSet {
  contentDir: string;
  locales: string[];
  files: FileRecord[];
  articles: Article[];
  /** Diagnostics not tied to one Markdown file (registry, locales, UI strings). */
  diagnostics: Diagnostic[];
}
