/** What rendering an article gives its callers, and what errata's steps hand each other on the way. */
import type { VFile } from 'vfile';
import type { Registry } from '../codes/registry.ts';
import type { MarkdownEngine } from './markdown/engine-names.ts';

export interface RenderedHeading {
  depth: number;
  id: string;
  /** Translated text only. */
  text: string;
}

export interface RenderedArticle {
  /** Body HTML, safe to insert as is; the leading first-level heading is left out (the layout prints the title). */
  html: string;
  /** Text of the first-level heading the body starts with, translated text only. */
  title?: string;
  /** Second- and third-level headings, for a table of contents. */
  headings: RenderedHeading[];
  /** Plain text of what the reader sees in `html` (no hidden English), one paragraph per line. */
  text: string;
  hasSideBySide: boolean;
}

export interface RenderOptions {
  /** Lower-case BCP 47 tag of the article's locale: `zh-tw`. */
  locale: string;
  /**
   * The URL of the folder the article's file sits in (`/zh-tw/`, `/zh-tw/guides/`): relative
   * links resolve against it, as they did on disk. Absent: relative links stay as written.
   */
  base?: string;
  /** Which Markdown parser reads the body (markdown/engines.ts); default Sätteri. */
  markdown?: MarkdownEngine;
  /** The error-code registry: a segment whose translation lost a registered code shows its English (rehype-repair-damage.ts). */
  registry?: Registry | undefined;
}

/** Per-article data errata's steps read and write while one article is rendered, kept on the file they are given. */
export interface RenderData {
  options: RenderOptions;
  title?: string;
  headings: RenderedHeading[];
  hasSideBySide: boolean;
}

export function renderData(file: VFile): RenderData {
  return file.data as unknown as RenderData;
}
